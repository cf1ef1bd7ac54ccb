package verdict.cloudformation.iam_passrole_wildcard_test

import data.verdict.cloudformation.iam_passrole_wildcard as pr
import rego.v1

policy(statement) := {"Resources": {"P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "PolicyDocument": {"Statement": statement}}}}}

test_passrole_star_fires if {
	some r in pr.deny with input as policy([{"Effect": "Allow", "Action": ["ec2:RunInstances", "iam:PassRole"], "Resource": "*"}])
	r.path == ["Resources", "P", "Properties", "PolicyDocument", "Statement", 0]
	count(pr.deny) == 1 with input as policy({"Effect": "Allow", "Action": "iam:Pass*", "Resource": ["*"]})
}

test_scoped_or_other_passes if {
	count(pr.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::123456789012:role/app"}])
	count(pr.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}])
	count(pr.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "iam:GetRole", "Resource": "*"}])
}

test_unknown_passes if {
	count(pr.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": {"Fn::GetAtt": ["Role", "Arn"]}}])
	count(pr.deny) == 0 with input as policy([{"Effect": "Allow", "Action": "iam:PassRole", "Resource": {"Ref": "RoleArns"}}])
}
