package verdict.cloudformation.iam_service_wildcard_test

import data.verdict.cloudformation.iam_service_wildcard as w
import rego.v1

policy(statement) := {"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": statement}}}}}

test_service_wildcard_fires if {
	tmpl := policy([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Effect": "Allow", "Action": ["ec2:*", "s3:*"], "Resource": ["*"]}])
	some r in w.deny with input as tmpl
	r.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement", 1]
	r.msg == "IAM policy in \"P\" allows ec2:*, s3:* on Resource \"*\""
	count(w.deny) == 1 with input as tmpl
}

test_inline_role_policy_fires if {
	tmpl := {"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyName": "x", "PolicyDocument": {"Statement": {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}}}]}}}}
	some r in w.deny with input as tmpl
	r.path == ["Resources", "R", "Properties", "Policies", 0, "PolicyDocument", "Statement"]
}

test_scoped_passes if {
	count(w.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::logs/*"}])
	count(w.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}])
	count(w.deny) == 0 with input as policy([{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}])
	count(w.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "*", "Resource": "*"}])
}

test_unknown_passes if {
	count(w.deny) == 0 with input as policy([{"Effect": "Allow", "Action": {"Ref": "Actions"}, "Resource": "*"}])
	count(w.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "s3:*", "Resource": {"Fn::If": ["All", "*", "arn:aws:s3:::b"]}}])
}

test_role_policy_resource_fires if {
	tmpl := {"Resources": {"RP": {"Type": "AWS::IAM::RolePolicy", "Properties": {"RoleName": {"Ref": "R"}, "PolicyName": "p", "PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "sqs:*", "Resource": "*"}]}}}}}
	some r in w.deny with input as tmpl
	r.path == ["Resources", "RP", "Properties", "PolicyDocument", "Statement", 0]
}
