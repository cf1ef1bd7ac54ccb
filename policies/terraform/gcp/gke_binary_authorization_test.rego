package verdict.terraform.gcp.gke_binary_authorization_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_binary_authorization as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_absent_or_disabled_fires if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "google_container_cluster", "main", 0]
	some r2 in rule.deny with input as cluster({"binary_authorization": [{"evaluation_mode": "DISABLED"}]})
	r2.path == ["resource", "google_container_cluster", "main", 0, "binary_authorization", 0, "evaluation_mode"]
}

test_enforced_legacy_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster({"binary_authorization": [{"evaluation_mode": "PROJECT_SINGLETON_POLICY_ENFORCE"}]})
	count(rule.deny) == 0 with input as cluster({"binary_authorization": [{"enabled": true}]})
	count(rule.deny) == 0 with input as cluster({"enable_binary_authorization": true})
	count(rule.deny) == 0 with input as cluster({"binary_authorization": [{"evaluation_mode": "${var.binauthz}"}]})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"name": "main", "enable_binary_authorization": false, "binary_authorization": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["binary_authorization"])
}
