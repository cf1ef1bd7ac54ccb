package verdict.terraform.aws.elasticache_auth_test

import data.verdict.terraform.aws.elasticache_auth
import rego.v1

res(body) := {"resource": {"aws_elasticache_replication_group": {"x": [object.union({"replication_group_id": "cache", "description": "d", "node_type": "cache.t3.micro", "transit_encryption_enabled": true}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in elasticache_auth.deny] with input as res({})
	r.path == ["resource", "aws_elasticache_replication_group", "x", 0]
	r.resource == "aws_elasticache_replication_group.x"
}

test_passes_0 if {
	count(elasticache_auth.deny) == 0 with input as res({"auth_token": "a-long-secret-token-value"})
}

test_passes_1 if {
	count(elasticache_auth.deny) == 0 with input as res({"user_group_ids": ["${aws_elasticache_user_group.app.user_group_id}"]})
}

test_passes_2 if {
	count(elasticache_auth.deny) == 0 with input as res({"transit_encryption_enabled": false})
}

test_unknown_passes_0 if {
	count(elasticache_auth.deny) == 0 with input as res({"auth_token": "${random_password.auth.result}"})
}

test_unknown_passes_1 if {
	count(elasticache_auth.deny) == 0 with input as res({"user_group_ids": "${var.user_groups}"})
}

test_planned_0 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_elasticache_replication_group.x", "mode": "managed", "type": "aws_elasticache_replication_group", "name": "x", "values": {"replication_group_id": "c", "transit_encryption_enabled": true, "auth_token": null, "user_group_ids": null, "global_replication_group_id": null}}]}}}
	count(elasticache_auth.deny) == 1 with input as inp
}

test_planned_1 if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_elasticache_replication_group.x", "mode": "managed", "type": "aws_elasticache_replication_group", "name": "x", "values": {"replication_group_id": "c", "transit_encryption_enabled": true, "auth_token": "secret-token-value-123", "user_group_ids": null}}]}}}
	count(elasticache_auth.deny) == 0 with input as inp
}
