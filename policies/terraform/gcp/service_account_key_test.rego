package verdict.terraform.gcp.service_account_key_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.service_account_key as rule
import rego.v1

test_key_fires if {
	hcl := {"resource": {"google_service_account_key": {"ci": [{"service_account_id": "${google_service_account.ci.name}"}]}}}
	some r in rule.deny with input as hcl
	r.path == ["resource", "google_service_account_key", "ci", 0]
	r.resource == "google_service_account_key.ci"
}

test_plan_fires if {
	p := fx.plan("google_service_account_key", {"key_algorithm": "KEY_ALG_RSA_2048"}, {"service_account_id": {"references": ["google_service_account.ci.name"]}})
	some r in rule.deny with input as p
	r.path == fx.plan_path([])
}

test_service_account_without_key_passes if {
	count(rule.deny) == 0 with input as {"resource": {"google_service_account": {"ci": [{"account_id": "ci"}]}}}
}
