package verdict.cloudformation.iam_not_action_test

import data.verdict.cloudformation.iam_not_action as na
import rego.v1

policy(statement) := {"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Statement": statement}}}}}

test_allow_not_action_fires if {
	some r in na.deny with input as policy([{"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"}])
	r.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement", 0, "NotAction"]
	some s in na.deny with input as policy({"Effect": "Allow", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::secret/*"})
	s.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement", "NotResource"]
}

test_deny_and_plain_pass if {
	count(na.deny) == 0 with input as policy([{"Effect": "Deny", "NotAction": ["iam:*"], "Resource": "*"}])
	count(na.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}])
}

test_unknown_passes if {
	count(na.deny) == 0 with input as policy([{"Effect": {"Ref": "Effect"}, "NotAction": "iam:*", "Resource": "*"}])
	count(na.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "s3:*", "NotResource": {"Ref": "AWS::NoValue"}}])
	count(na.deny) == 0 with input as policy([{"Effect": {"Fn::If": ["Open", "Allow", "Deny"]}, "NotAction": "iam:*", "Resource": "*"}])
}
