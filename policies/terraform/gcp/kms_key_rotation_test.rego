package verdict.terraform.gcp.kms_key_rotation_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.kms_key_rotation as rule
import rego.v1

key(body) := {"resource": {"google_kms_crypto_key": {"data": [object.union({"name": "data", "key_ring": "${google_kms_key_ring.main.id}"}, body)]}}}

test_no_rotation_fires if {
	some r in rule.deny with input as key({})
	r.path == ["resource", "google_kms_crypto_key", "data", 0]
	r.resource == "google_kms_crypto_key.data"
}

test_long_rotation_fires if {
	some r in rule.deny with input as key({"rotation_period": "31536000s"})
	r.path == ["resource", "google_kms_crypto_key", "data", 0, "rotation_period"]
	count(rule.deny) == 0 with input as key({"rotation_period": "31536000s"}) with data.verdict.config.kms_max_rotation_days as 365
}

test_short_rotation_asymmetric_or_unknown_pass if {
	count(rule.deny) == 0 with input as key({"rotation_period": "7776000s"})
	count(rule.deny) == 0 with input as key({"rotation_period": "2592000.5s"})
	count(rule.deny) == 0 with input as key({"rotation_period": "${var.rotation}"})
	count(rule.deny) == 0 with input as key({"purpose": "ASYMMETRIC_SIGN"})
}

test_plan if {
	p := fx.plan("google_kms_crypto_key", {"name": "data", "purpose": "ENCRYPT_DECRYPT", "rotation_period": "15552000s"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["rotation_period"])
	unset := fx.plan("google_kms_crypto_key", {"name": "data", "purpose": "ENCRYPT_DECRYPT", "rotation_period": null}, {})
	count(rule.deny) == 1 with input as unset
	later := fx.plan("google_kms_crypto_key", {"name": "data", "purpose": "ENCRYPT_DECRYPT"}, {"rotation_period": {"references": ["var.rotation"]}})
	count(rule.deny) == 0 with input as later
}
