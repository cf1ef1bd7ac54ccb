package verdict.cloudformation.iam_admin_managed_policy_test

import data.verdict.cloudformation.iam_admin_managed_policy as adm
import rego.v1

role(arns) := {"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}, "ManagedPolicyArns": arns}}}}

test_admin_fires if {
	some r in adm.deny with input as role(["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"])
	r.path == ["Resources", "R", "Properties", "ManagedPolicyArns", 1]
	r.msg == "role \"R\" has the AdministratorAccess managed policy attached"
	count(adm.deny) == 1 with input as role([{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess"}])
	count(adm.deny) == 1 with input as role([{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/AdministratorAccess"]]}])
	count(adm.deny) == 1 with input as {"Resources": {"G": {"Type": "AWS::IAM::Group", "Properties": {"ManagedPolicyArns": ["arn:aws-us-gov:iam::aws:policy/AdministratorAccess"]}}}}
}

test_other_policies_pass if {
	count(adm.deny) == 0 with input as role(["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"])
	count(adm.deny) == 0 with input as role(["arn:aws:iam::123456789012:policy/AdministratorAccess"])
}

test_unknown_passes if {
	count(adm.deny) == 0 with input as role([{"Ref": "PolicyArn"}])
	count(adm.deny) == 0 with input as role([{"Fn::If": ["Admin", "arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess"]}])
}
