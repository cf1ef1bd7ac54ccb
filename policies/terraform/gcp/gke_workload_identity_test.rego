package verdict.terraform.gcp.gke_workload_identity_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_workload_identity as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main", "location": "europe-west1"}, body)]}}}

test_absent_fires if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "google_container_cluster", "main", 0]
	r.resource == "google_container_cluster.main"
}

test_enabled_autopilot_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({"workload_identity_config": [{"workload_pool": "acme.svc.id.goog"}]})
	count(rule.deny) == 0 with input as cluster({"workload_identity_config": [{"workload_pool": "${var.project}.svc.id.goog"}]})
	count(rule.deny) == 0 with input as cluster({"enable_autopilot": true})
	count(rule.deny) == 0 with input as cluster({"dynamic": {"workload_identity_config": [{"for_each": "${var.wi}"}]}})
}

test_plan if {
	p := fx.plan("google_container_cluster", {"name": "main", "workload_identity_config": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["workload_identity_config"])
	later := fx.plan("google_container_cluster", {"name": "main", "workload_identity_config": [{}]}, {"workload_identity_config": [{"workload_pool": {"references": ["var.project"]}}]})
	count(rule.deny) == 0 with input as later
}
