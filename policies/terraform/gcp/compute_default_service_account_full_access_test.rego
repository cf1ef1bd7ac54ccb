package verdict.terraform.gcp.compute_default_service_account_full_access_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_default_service_account_full_access as rule
import rego.v1

tmpl(sa) := {"resource": {"google_compute_instance_template": {"t": [{"machine_type": "e2-small", "service_account": [sa]}]}}}

test_default_full_scope_fires if {
	some r in rule.deny with input as tmpl({"scopes": ["userinfo-email", "cloud-platform"]})
	r.path == ["resource", "google_compute_instance_template", "t", 0, "service_account", 0, "scopes", 1]
	count(rule.deny) == 1 with input as tmpl({"email": "1-compute@developer.gserviceaccount.com", "scopes": ["https://www.googleapis.com/auth/cloud-platform"]})
}

test_narrow_scopes_dedicated_or_unknown_pass if {
	count(rule.deny) == 0 with input as tmpl({"scopes": ["logging-write", "monitoring-write"]})
	count(rule.deny) == 0 with input as tmpl({"email": "app@p.iam.gserviceaccount.com", "scopes": ["cloud-platform"]})
	count(rule.deny) == 0 with input as tmpl({"email": "${var.sa}", "scopes": ["cloud-platform"]})
	count(rule.deny) == 0 with input as tmpl({"scopes": "${var.scopes}"})
}

test_plan_fires if {
	p := fx.plan("google_compute_instance", {"service_account": [{"scopes": ["https://www.googleapis.com/auth/cloud-platform"]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["service_account", 0, "scopes", 0])
}
