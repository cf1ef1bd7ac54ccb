package verdict.cloudformation.kms_key_policy_public_test

import data.verdict.cloudformation.kms_key_policy_public as kp
import rego.v1

key(statement) := {"Resources": {"K": {"Type": "AWS::KMS::Key", "Properties": {"EnableKeyRotation": true, "KeyPolicy": {"Statement": statement}}}}}

test_public_key_fires if {
	some r in kp.deny with input as key([{"Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}])
	r.path == ["Resources", "K", "Properties", "KeyPolicy", "Statement", 0, "Principal"]
	r.resource == "K"
}

test_named_or_conditional_passes if {
	count(kp.deny) == 0 with input as key([{"Effect": "Allow", "Principal": {"AWS": {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}}, "Action": "kms:*", "Resource": "*"}])
	count(kp.deny) == 0 with input as key([{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": "123456789012"}}}])
}

test_unknown_passes if {
	count(kp.deny) == 0 with input as key([{"Effect": "Allow", "Principal": {"Ref": "Who"}, "Action": "kms:*", "Resource": "*"}])
	count(kp.deny) == 0 with input as {"Resources": {"K": {"Type": "AWS::KMS::Key", "Properties": {"KeyPolicy": {"Ref": "Policy"}}}}}
}
