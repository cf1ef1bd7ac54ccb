package verdict.terraform.gcp.bigquery_dataset_cmek_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.bigquery_dataset_cmek as rule
import rego.v1

dataset(body) := {"resource": {"google_bigquery_dataset": {"sales": [object.union({"dataset_id": "sales", "location": "EU"}, body)]}}}

test_absent_fires if {
	some r in rule.deny with input as dataset({})
	r.path == ["resource", "google_bigquery_dataset", "sales", 0]
}

test_cmek_or_unknown_passes if {
	count(rule.deny) == 0 with input as dataset({"default_encryption_configuration": [{"kms_key_name": "${google_kms_crypto_key.bq.id}"}]})
	count(rule.deny) == 0 with input as dataset({"default_encryption_configuration": [{"kms_key_name": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"}]})
}

test_plan if {
	p := fx.plan("google_bigquery_dataset", {"dataset_id": "sales", "default_encryption_configuration": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["default_encryption_configuration"])
	later := fx.plan("google_bigquery_dataset", {"dataset_id": "sales", "default_encryption_configuration": [{}]}, {"default_encryption_configuration": [{"kms_key_name": {"references": ["google_kms_crypto_key.bq.id"]}}]})
	count(rule.deny) == 0 with input as later
}
