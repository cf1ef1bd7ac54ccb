package verdict.cloudformation.iam_user_policy_test

import data.verdict.cloudformation.iam_user_policy as up
import rego.v1

user(props) := {"Resources": {"U": {"Type": "AWS::IAM::User", "Properties": props}}}

test_user_policies_fire if {
	some r in up.deny with input as user({"ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]})
	r.path == ["Resources", "U", "Properties", "ManagedPolicyArns"]
	some s in up.deny with input as user({"Policies": [{"PolicyName": "p", "PolicyDocument": {}}]})
	s.path == ["Resources", "U", "Properties", "Policies"]
}

test_policy_with_users_fires if {
	tmpl := {"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "Users": [{"Ref": "U"}], "PolicyDocument": {}}}}}
	some r in up.deny with input as tmpl
	r.path == ["Resources", "P", "Properties", "Users"]
}

test_groups_pass if {
	count(up.deny) == 0 with input as user({"Groups": [{"Ref": "Admins"}]})
	count(up.deny) == 0 with input as user({"ManagedPolicyArns": []})
	count(up.deny) == 0 with input as {"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"Groups": ["g"], "PolicyDocument": {}}}}}
}

test_unknown_passes if {
	count(up.deny) == 0 with input as user({"ManagedPolicyArns": {"Ref": "Policies"}})
	count(up.deny) == 0 with input as user({"ManagedPolicyArns": {"Fn::If": ["Admin", ["arn:aws:iam::aws:policy/ReadOnlyAccess"], []]}})
}

test_user_policy_resource_fires if {
	tmpl := {"Resources": {"UP": {"Type": "AWS::IAM::UserPolicy", "Properties": {"UserName": {"Ref": "U"}, "PolicyName": "p", "PolicyDocument": {}}}}}
	some r in up.deny with input as tmpl
	r.path == ["Resources", "UP", "Properties", "UserName"]
}
