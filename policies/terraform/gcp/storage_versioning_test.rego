package verdict.terraform.gcp.storage_versioning_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.storage_versioning as rule
import rego.v1

bucket(body) := {"resource": {"google_storage_bucket": {"data": [object.union({"name": "data", "location": "EU"}, body)]}}}

test_absent_fires if {
	some r in rule.deny with input as bucket({})
	r.path == ["resource", "google_storage_bucket", "data", 0]
}

test_disabled_fires if {
	some r in rule.deny with input as bucket({"versioning": [{"enabled": false}]})
	r.path == ["resource", "google_storage_bucket", "data", 0, "versioning", 0, "enabled"]
}

test_enabled_or_unknown_passes if {
	count(rule.deny) == 0 with input as bucket({"versioning": [{"enabled": true}]})
	count(rule.deny) == 0 with input as bucket({"versioning": [{"enabled": "${var.versioning}"}]})
	count(rule.deny) == 0 with input as bucket({"dynamic": {"versioning": [{"for_each": "${var.v}"}]}})
}

test_plan if {
	p := fx.plan("google_storage_bucket", {"name": "data", "versioning": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["versioning"])
	on := fx.plan("google_storage_bucket", {"name": "data", "versioning": [{"enabled": true}]}, {})
	count(rule.deny) == 0 with input as on
}
