package verdict.cloudformation.iam_wildcard_test

import data.verdict.cloudformation.iam_wildcard
import rego.v1

admin := {"Effect": "Allow", "Action": "*", "Resource": "*"}

doc(statement) := {"Version": "2012-10-17", "Statement": statement}

test_managed_policy_fires if {
	tmpl := {"Resources": {"Admin": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": doc([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, admin])}}}}
	some r in iam_wildcard.deny with input as tmpl
	r.path == ["Resources", "Admin", "Properties", "PolicyDocument", "Statement", 1]
	r.resource == "Admin"
	count(iam_wildcard.deny) == 1 with input as tmpl
}

test_single_statement_object_fires if {
	tmpl := {"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "PolicyDocument": doc(admin)}}}}
	some r in iam_wildcard.deny with input as tmpl
	r.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement"]
}

test_role_inline_policy_with_lists_fires if {
	statement := {"Effect": "Allow", "Action": ["ec2:*", "*"], "Resource": ["*"]}
	tmpl := {"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyName": "all", "PolicyDocument": doc([statement])}]}}}}
	some r in iam_wildcard.deny with input as tmpl
	r.path == ["Resources", "Role", "Properties", "Policies", 0, "PolicyDocument", "Statement", 0]
}

test_scoped_or_deny_statements_pass if {
	scoped := {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}
	deny_all := {"Effect": "Deny", "Action": "*", "Resource": "*"}
	one_bucket := {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::logs/*"}
	tmpl := {"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": doc([scoped, deny_all, one_bucket])}}}}
	count(iam_wildcard.deny) == 0 with input as tmpl
}

test_unresolved_resource_passes if {
	statement := {"Effect": "Allow", "Action": "*", "Resource": {"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}/*"}}
	tmpl := {"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": doc([statement])}}}}
	count(iam_wildcard.deny) == 0 with input as tmpl
}

test_role_user_and_group_policy_resources_fire if {
	every t in ["AWS::IAM::RolePolicy", "AWS::IAM::UserPolicy", "AWS::IAM::GroupPolicy"] {
		tmpl := {"Resources": {"P": {"Type": t, "Properties": {"PolicyName": "p", "RoleName": "r", "PolicyDocument": doc(admin)}}}}
		[r] := [x | some x in iam_wildcard.deny] with input as tmpl
		r.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement"]
	}
}
