package verdict.terraform.gcp.compute_default_service_account_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_default_service_account as rule
import rego.v1

vm(sa) := {"resource": {"google_compute_instance": {"vm": [{"name": "vm", "machine_type": "e2-small", "service_account": [sa]}]}}}

test_email_unset_fires if {
	some r in rule.deny with input as vm({"scopes": ["cloud-platform"]})
	r.path == ["resource", "google_compute_instance", "vm", 0, "service_account", 0]
	r.resource == "google_compute_instance.vm"
}

test_default_email_fires if {
	some r in rule.deny with input as vm({"email": "123456789-compute@developer.gserviceaccount.com", "scopes": []})
	r.path == ["resource", "google_compute_instance", "vm", 0, "service_account", 0, "email"]
	count(rule.deny) == 1 with input as vm({"email": "default"})
}

test_dedicated_none_or_unknown_passes if {
	count(rule.deny) == 0 with input as vm({"email": "app@p.iam.gserviceaccount.com"})
	count(rule.deny) == 0 with input as vm({"email": "${google_service_account.app.email}"})
	count(rule.deny) == 0 with input as {"resource": {"google_compute_instance": {"vm": [{"name": "vm"}]}}}
}

test_plan if {
	p := fx.plan("google_compute_instance", {"service_account": [{"scopes": ["cloud-platform"]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["service_account", 0])
	known_after := fx.plan("google_compute_instance", {"service_account": [{"scopes": ["cloud-platform"]}]}, {"service_account": [{"email": {"references": ["google_service_account.app.email"]}}]})
	count(rule.deny) == 0 with input as known_after
}
