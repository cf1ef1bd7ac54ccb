package verdict.terraform.gcp.storage_uniform_access_test

import data.verdict.terraform.gcp.storage_uniform_access as rule
import rego.v1

bucket(body) := {"resource": {"google_storage_bucket": {"data": [object.union({"name": "data", "location": "EU"}, body)]}}}

test_absent_fires if {
	some r in rule.deny with input as bucket({})
	r.path == ["resource", "google_storage_bucket", "data", 0]
	r.resource == "google_storage_bucket.data"
}

test_false_fires if {
	some r in rule.deny with input as bucket({"uniform_bucket_level_access": false})
	r.path == ["resource", "google_storage_bucket", "data", 0, "uniform_bucket_level_access"]
}

test_enabled_legacy_or_unknown_passes if {
	count(rule.deny) == 0 with input as bucket({"uniform_bucket_level_access": true})
	count(rule.deny) == 0 with input as bucket({"bucket_policy_only": true})
	count(rule.deny) == 0 with input as bucket({"uniform_bucket_level_access": "${var.uniform}"})
}

test_plan_fires if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "google_storage_bucket.data", "mode": "managed", "type": "google_storage_bucket", "name": "data",
		"values": {"name": "data", "uniform_bucket_level_access": false},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "uniform_bucket_level_access"]
}
