package verdict.terraform.gcp.dns_dnssec_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.dns_dnssec as rule
import rego.v1

zone(body) := {"resource": {"google_dns_managed_zone": {"public": [object.union({"name": "example", "dns_name": "example.com."}, body)]}}}

test_absent_or_off_fires if {
	some r in rule.deny with input as zone({})
	r.path == ["resource", "google_dns_managed_zone", "public", 0]
	some r2 in rule.deny with input as zone({"dnssec_config": [{"state": "off"}]})
	r2.path == ["resource", "google_dns_managed_zone", "public", 0, "dnssec_config", 0, "state"]
}

test_on_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as zone({"dnssec_config": [{"state": "on"}]})
	count(rule.deny) == 0 with input as zone({"visibility": "private"})
	count(rule.deny) == 0 with input as zone({"dnssec_config": [{"state": "${var.dnssec}"}]})
}

test_plan if {
	p := fx.plan("google_dns_managed_zone", {"name": "example", "visibility": "public", "dnssec_config": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["dnssec_config"])
	on := fx.plan("google_dns_managed_zone", {"name": "example", "visibility": "public", "dnssec_config": [{"state": "on", "non_existence": "nsec3"}]}, {})
	count(rule.deny) == 0 with input as on
}
