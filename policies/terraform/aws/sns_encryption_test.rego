package verdict.terraform.aws.sns_encryption_test

import data.verdict.terraform.aws.sns_encryption
import rego.v1

topic(body) := {"resource": {"aws_sns_topic": {"alerts": [object.union({"name": "alerts"}, body)]}}}

test_topic_without_key_fires if {
	[r] := [x | some x in sns_encryption.deny] with input as topic({})
	r.path == ["resource", "aws_sns_topic", "alerts", 0]
	r.resource == "aws_sns_topic.alerts"
}

test_topic_with_key_passes if {
	count(sns_encryption.deny) == 0 with input as topic({"kms_master_key_id": "alias/aws/sns"})
	count(sns_encryption.deny) == 0 with input as topic({"kms_master_key_id": "${aws_kms_key.sns.id}"})
}
