package verdict.cloudformation.iam_trust_any_principal_test

import data.verdict.cloudformation.iam_trust_any_principal as t
import rego.v1

role(statement) := {"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": statement}}}}}

test_any_principal_fires if {
	some r in t.deny with input as role([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}])
	r.path == ["Resources", "R", "Properties", "AssumeRolePolicyDocument", "Statement", 0, "Principal"]
	count(t.deny) == 1 with input as role({"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"})
	count(t.deny) == 1 with input as role([{"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::123456789012:root", "*"]}, "Action": "sts:AssumeRole"}])
}

test_named_or_conditional_passes if {
	count(t.deny) == 0 with input as role([{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}])
	count(t.deny) == 0 with input as role([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}}])
	count(t.deny) == 0 with input as role([{"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole"}])
}

test_unknown_passes if {
	count(t.deny) == 0 with input as role([{"Effect": "Allow", "Principal": {"AWS": {"Ref": "TrustedAccount"}}, "Action": "sts:AssumeRole"}])
	count(t.deny) == 0 with input as role([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole", "Condition": {"Fn::If": ["Org", {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}, {"Ref": "AWS::NoValue"}]}}])
}
