package verdict.terraform.gcp.gke_legacy_abac_test

import data.verdict.terraform.gcp.gke_legacy_abac as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main", "location": "europe-west1"}, body)]}}}

test_abac_fires if {
	some r in rule.deny with input as cluster({"enable_legacy_abac": true})
	r.path == ["resource", "google_container_cluster", "main", 0, "enable_legacy_abac"]
	r.resource == "google_container_cluster.main"
}

test_default_false_and_unknown_pass if {
	count(rule.deny) == 0 with input as cluster({})
	count(rule.deny) == 0 with input as cluster({"enable_legacy_abac": false})
	count(rule.deny) == 0 with input as cluster({"enable_legacy_abac": "${var.abac}"})
}
