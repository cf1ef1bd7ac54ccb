package verdict.terraform.aws.mq_broker_public_test

import data.verdict.terraform.aws.mq_broker_public as rule
import rego.v1

mq(body) := {"resource": {"aws_mq_broker": {"events": [object.union({"broker_name": "events"}, body)]}}}

test_public_fires if {
	[r] := [x | some x in rule.deny] with input as mq({"publicly_accessible": true})
	r.path == ["resource", "aws_mq_broker", "events", 0, "publicly_accessible"]
}

test_private_default_unknown_pass if {
	count(rule.deny) == 0 with input as mq({"publicly_accessible": false})
	count(rule.deny) == 0 with input as mq({})
	count(rule.deny) == 0 with input as mq({"publicly_accessible": "${var.public}"})
}
