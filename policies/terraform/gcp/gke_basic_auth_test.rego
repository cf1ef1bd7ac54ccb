package verdict.terraform.gcp.gke_basic_auth_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_basic_auth as rule
import rego.v1

cluster(auth) := {"resource": {"google_container_cluster": {"main": [{"name": "main", "master_auth": [auth]}]}}}

test_username_fires if {
	some r in rule.deny with input as cluster({"username": "admin", "password": "${var.admin_password}"})
	r.path == ["resource", "google_container_cluster", "main", 0, "master_auth", 0, "username"]
	count(rule.deny) == 1 with input as cluster({"username": "${var.admin_user}"})
}

test_no_basic_auth_passes if {
	count(rule.deny) == 0 with input as cluster({"username": "", "password": ""})
	count(rule.deny) == 0 with input as cluster({"client_certificate_config": [{"issue_client_certificate": false}]})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"master_auth": [{"username": "admin", "client_certificate_config": []}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["master_auth", 0, "username"])
}
