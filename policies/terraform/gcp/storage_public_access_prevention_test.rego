package verdict.terraform.gcp.storage_public_access_prevention_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.storage_public_access_prevention as rule
import rego.v1

bucket(body) := {"resource": {"google_storage_bucket": {"data": [object.union({"name": "data", "location": "EU"}, body)]}}}

test_default_or_inherited_fires if {
	some r in rule.deny with input as bucket({})
	r.path == ["resource", "google_storage_bucket", "data", 0]
	some r2 in rule.deny with input as bucket({"public_access_prevention": "inherited"})
	r2.path == ["resource", "google_storage_bucket", "data", 0, "public_access_prevention"]
}

test_enforced_or_unknown_passes if {
	count(rule.deny) == 0 with input as bucket({"public_access_prevention": "enforced"})
	count(rule.deny) == 0 with input as bucket({"public_access_prevention": "${var.pap}"})
}

test_plan if {
	p := fx.plan("google_storage_bucket", {"name": "data"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path([])
	later := fx.plan("google_storage_bucket", {"name": "data"}, {"public_access_prevention": {"references": ["var.pap"]}})
	count(rule.deny) == 0 with input as later
	on := fx.plan("google_storage_bucket", {"name": "data", "public_access_prevention": "enforced"}, {})
	count(rule.deny) == 0 with input as on
}
