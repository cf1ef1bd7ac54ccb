package verdict.terraform.aws.config_recorder_enabled_test

import data.verdict.terraform.aws.config_recorder_enabled as rule
import rego.v1

recorder := {"aws_config_configuration_recorder": {"main": [{"name": "main", "role_arn": "x"}]}}

with_status(status) := {"resource": object.union(recorder, {"aws_config_configuration_recorder_status": {"main": [status]}})}

test_recorder_without_status_fires if {
	[r] := [x | some x in rule.deny] with input as {"resource": recorder}
	r.path == ["resource", "aws_config_configuration_recorder", "main", 0]
	contains(r.msg, "never started")
}

test_disabled_status_fires if {
	[r] := [x | some x in rule.deny] with input as with_status({"name": "${aws_config_configuration_recorder.main.name}", "is_enabled": false})
	r.path == ["resource", "aws_config_configuration_recorder_status", "main", 0, "is_enabled"]
}

test_status_for_another_recorder_fires if {
	count(rule.deny) == 1 with input as with_status({"name": "other", "is_enabled": true})
}

test_started_recorder_passes if {
	count(rule.deny) == 0 with input as with_status({"name": "${aws_config_configuration_recorder.main.name}", "is_enabled": true})
	count(rule.deny) == 0 with input as with_status({"name": "main", "is_enabled": true})
	count(rule.deny) == 0 with input as with_status({"name": "${var.recorder}", "is_enabled": "${var.on}"})
	count(rule.deny) == 0 with input as {"resource": {
		"aws_config_configuration_recorder": {"main": [{"role_arn": "x"}]},
		"aws_config_configuration_recorder_status": {"main": [{"name": "default", "is_enabled": true}]},
	}}
}
