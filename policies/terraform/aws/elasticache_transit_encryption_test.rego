package verdict.terraform.aws.elasticache_transit_encryption_test

import data.verdict.terraform.aws.elasticache_transit_encryption as elasticache
import rego.v1

group(body) := {"resource": {"aws_elasticache_replication_group": {"cache": [object.union({"replication_group_id": "cache", "description": "sessions"}, body)]}}}

test_default_fires if {
	[r] := [x | some x in elasticache.deny] with input as group({})
	r.path == ["resource", "aws_elasticache_replication_group", "cache", 0]
	r.resource == "aws_elasticache_replication_group.cache"
}

test_explicit_false_fires_at_the_attribute if {
	[r] := [x | some x in elasticache.deny] with input as group({"transit_encryption_enabled": false})
	r.path == ["resource", "aws_elasticache_replication_group", "cache", 0, "transit_encryption_enabled"]
}

test_enabled_or_unknown_passes if {
	count(elasticache.deny) == 0 with input as group({"transit_encryption_enabled": true})
	count(elasticache.deny) == 0 with input as group({"transit_encryption_enabled": "${var.tls}"})
}
