package verdict.terraform.gcp.ssl_policy_weak_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.ssl_policy_weak as rule
import rego.v1

policy(body) := {"resource": {"google_compute_ssl_policy": {"lb": [object.union({"name": "lb"}, body)]}}}

test_old_tls_fires if {
	some r in rule.deny with input as policy({"profile": "MODERN", "min_tls_version": "TLS_1_0"})
	r.path == ["resource", "google_compute_ssl_policy", "lb", 0, "min_tls_version"]
	count(rule.deny) == 1 with input as policy({"profile": "MODERN", "min_tls_version": "TLS_1_0"})
}

test_defaults_fire_twice if {
	paths := {r.path | some r in rule.deny} with input as policy({})
	paths == {["resource", "google_compute_ssl_policy", "lb", 0]}
	count(rule.deny) == 2 with input as policy({})
}

test_custom_weak_suite_fires if {
	some r in rule.deny with input as policy({"profile": "CUSTOM", "min_tls_version": "TLS_1_2", "custom_features": ["TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256"]})
	r.path == ["resource", "google_compute_ssl_policy", "lb", 0, "custom_features", 1]
}

test_modern_restricted_or_unknown_pass if {
	count(rule.deny) == 0 with input as policy({"profile": "MODERN", "min_tls_version": "TLS_1_2"})
	count(rule.deny) == 0 with input as policy({"profile": "RESTRICTED", "min_tls_version": "TLS_1_2"})
	count(rule.deny) == 0 with input as policy({"profile": "CUSTOM", "min_tls_version": "TLS_1_2", "custom_features": ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]})
	count(rule.deny) == 0 with input as policy({"profile": "${var.profile}", "min_tls_version": "${var.tls}"})
}

test_plan_fires if {
	p := fx.plan("google_compute_ssl_policy", {"name": "lb", "profile": "MODERN", "min_tls_version": "TLS_1_1", "custom_features": null}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["min_tls_version"])
	count(rule.deny) == 1 with input as p
}
