package verdict.terraform.gcp.dns_dnssec_rsasha1_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.dns_dnssec_rsasha1 as rule
import rego.v1

zone(specs) := {"resource": {"google_dns_managed_zone": {"public": [{"name": "example", "dnssec_config": [{"state": "on", "default_key_specs": specs}]}]}}}

test_rsasha1_fires if {
	specs := [{"algorithm": "rsasha256", "key_type": "zoneSigning"}, {"algorithm": "rsasha1", "key_type": "keySigning"}]
	some r in rule.deny with input as zone(specs)
	r.path == ["resource", "google_dns_managed_zone", "public", 0, "dnssec_config", 0, "default_key_specs", 1, "algorithm"]
	count(rule.deny) == 1 with input as zone(specs)
}

test_strong_or_unknown_passes if {
	count(rule.deny) == 0 with input as zone([{"algorithm": "rsasha256", "key_type": "keySigning"}])
	count(rule.deny) == 0 with input as zone([{"algorithm": "${var.alg}", "key_type": "keySigning"}])
	count(rule.deny) == 0 with input as zone([])
}

test_plan_fires if {
	p := fx.plan("google_dns_managed_zone", {"dnssec_config": [{"state": "on", "default_key_specs": [{"algorithm": "rsasha1", "key_length": 1024, "key_type": "zoneSigning"}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["dnssec_config", 0, "default_key_specs", 0, "algorithm"])
}
