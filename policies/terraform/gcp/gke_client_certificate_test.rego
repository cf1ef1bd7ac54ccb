package verdict.terraform.gcp.gke_client_certificate_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_client_certificate as rule
import rego.v1

cluster(issue) := {"resource": {"google_container_cluster": {"main": [{"name": "main", "master_auth": [{"client_certificate_config": [{"issue_client_certificate": issue}]}]}]}}}

test_issued_fires if {
	some r in rule.deny with input as cluster(true)
	r.path == ["resource", "google_container_cluster", "main", 0, "master_auth", 0, "client_certificate_config", 0, "issue_client_certificate"]
}

test_not_issued_or_unknown_passes if {
	count(rule.deny) == 0 with input as cluster(false)
	count(rule.deny) == 0 with input as cluster("${var.cert}")
	count(rule.deny) == 0 with input as {"resource": {"google_container_cluster": {"main": [{"name": "main"}]}}}
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"master_auth": [{"client_certificate_config": [{"issue_client_certificate": true}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["master_auth", 0, "client_certificate_config", 0, "issue_client_certificate"])
}
