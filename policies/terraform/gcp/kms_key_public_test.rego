package verdict.terraform.gcp.kms_key_public_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.kms_key_public as rule
import rego.v1

test_public_fires if {
	m := {"resource": {"google_kms_crypto_key_iam_member": {"public": [{"crypto_key_id": "k", "role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "allUsers"}]}}}
	some r in rule.deny with input as m
	r.path == ["resource", "google_kms_crypto_key_iam_member", "public", 0, "member"]
	b := {"resource": {"google_kms_key_ring_iam_binding": {"ring": [{"key_ring_id": "r", "role": "roles/cloudkms.viewer", "members": ["allAuthenticatedUsers"]}]}}}
	some r2 in rule.deny with input as b
	r2.path == ["resource", "google_kms_key_ring_iam_binding", "ring", 0, "members", 0]
}

test_named_or_unknown_pass if {
	m := {"resource": {"google_kms_crypto_key_iam_member": {"app": [{"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "serviceAccount:${google_service_account.app.email}"}]}}}
	count(rule.deny) == 0 with input as m
	u := {"resource": {"google_kms_crypto_key_iam_member": {"app": [{"role": "roles/cloudkms.cryptoKeyEncrypterDecrypter", "member": "${var.member}"}]}}}
	count(rule.deny) == 0 with input as u
}

test_plan_fires if {
	p := fx.plan("google_kms_crypto_key_iam_binding", {"role": "roles/cloudkms.cryptoKeyDecrypter", "members": ["allUsers"]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["members", 0])
}
