package verdict.terraform.aws.elasticache_at_rest_encryption_test

import data.verdict.terraform.aws.elasticache_at_rest_encryption
import rego.v1

res(body) := {"resource": {"aws_elasticache_replication_group": {"x": [object.union({"replication_group_id": "cache", "description": "d", "node_type": "cache.t3.micro"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in elasticache_at_rest_encryption.deny] with input as res({})
	r.path == ["resource", "aws_elasticache_replication_group", "x", 0]
	r.resource == "aws_elasticache_replication_group.x"
}

test_fires_1 if {
	[r] := [x | some x in elasticache_at_rest_encryption.deny] with input as res({"at_rest_encryption_enabled": false, "engine": "valkey"})
	r.path == ["resource", "aws_elasticache_replication_group", "x", 0, "at_rest_encryption_enabled"]
	r.resource == "aws_elasticache_replication_group.x"
}

test_passes_0 if {
	count(elasticache_at_rest_encryption.deny) == 0 with input as res({"at_rest_encryption_enabled": true})
}

test_passes_1 if {
	count(elasticache_at_rest_encryption.deny) == 0 with input as res({"engine": "valkey"})
}

test_passes_2 if {
	count(elasticache_at_rest_encryption.deny) == 0 with input as res({"global_replication_group_id": "g"})
}

test_unknown_passes_0 if {
	count(elasticache_at_rest_encryption.deny) == 0 with input as res({"at_rest_encryption_enabled": "${var.encrypted}"})
}

test_unknown_passes_1 if {
	count(elasticache_at_rest_encryption.deny) == 0 with input as res({"engine": "${var.engine}"})
}

test_unknown_passes_2 if {
	count(elasticache_at_rest_encryption.deny) == 0 with input as res({"global_replication_group_id": "${aws_elasticache_global_replication_group.g.id}"})
}

test_plan_value if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_elasticache_replication_group.x", "mode": "managed", "type": "aws_elasticache_replication_group", "name": "x", "values": {"replication_group_id": "cache", "engine": "redis", "at_rest_encryption_enabled": false}},
	]}}}
	count(elasticache_at_rest_encryption.deny) == 1 with input as inp
}
