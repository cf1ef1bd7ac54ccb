package verdict.terraform.aws.dynamodb_pitr_test

import data.verdict.terraform.aws.dynamodb_pitr
import rego.v1

table(body) := {"resource": {"aws_dynamodb_table": {"orders": [object.union({"name": "orders", "hash_key": "id"}, body)]}}}

test_table_without_pitr_fires if {
	[r] := [x | some x in dynamodb_pitr.deny] with input as table({})
	r.path == ["resource", "aws_dynamodb_table", "orders", 0]
}

test_disabled_pitr_fires_at_the_attribute if {
	[r] := [x | some x in dynamodb_pitr.deny] with input as table({"point_in_time_recovery": [{"enabled": false}]})
	r.path == ["resource", "aws_dynamodb_table", "orders", 0, "point_in_time_recovery", 0, "enabled"]
}

test_enabled_or_unknown_passes if {
	count(dynamodb_pitr.deny) == 0 with input as table({"point_in_time_recovery": [{"enabled": true}]})
	count(dynamodb_pitr.deny) == 0 with input as table({"point_in_time_recovery": [{"enabled": "${var.pitr}"}]})
}

test_plan_disabled_block if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_dynamodb_table.t", "mode": "managed", "type": "aws_dynamodb_table", "name": "t",
		"values": {"name": "t", "point_in_time_recovery": [{"enabled": false}]},
	}]}}}
	count(dynamodb_pitr.deny) == 1 with input as inp
}
