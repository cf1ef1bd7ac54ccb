package verdict.terraform.gcp.compute_disk_encryption_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_disk_encryption as rule
import rego.v1

disk(body) := {"resource": {"google_compute_disk": {"data": [object.union({"name": "data", "size": 100}, body)]}}}

vm(boot) := {"resource": {"google_compute_instance": {"vm": [{"name": "vm", "boot_disk": [boot]}]}}}

test_disk_without_key_fires if {
	some r in rule.deny with input as disk({})
	r.path == ["resource", "google_compute_disk", "data", 0]
	r.resource == "google_compute_disk.data"
}

test_boot_disk_without_key_fires if {
	some r in rule.deny with input as vm({"initialize_params": [{"image": "debian-cloud/debian-12"}]})
	r.path == ["resource", "google_compute_instance", "vm", 0, "boot_disk", 0]
}

test_keyed_or_unknown_passes if {
	count(rule.deny) == 0 with input as disk({"disk_encryption_key": [{"kms_key_self_link": "${google_kms_crypto_key.disk.id}"}]})
	count(rule.deny) == 0 with input as disk({"disk_encryption_key": [{"raw_key": "${var.csek}"}]})
	count(rule.deny) == 0 with input as disk({"dynamic": {"disk_encryption_key": [{"for_each": "${var.k}"}]}})
	count(rule.deny) == 0 with input as vm({"kms_key_self_link": "projects/p/locations/eu/keyRings/r/cryptoKeys/k"})
	count(rule.deny) == 0 with input as vm({"source": "${google_compute_disk.boot.id}"})
}

test_plan if {
	p := fx.plan("google_compute_disk", {"name": "data", "disk_encryption_key": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["disk_encryption_key"])
	later := fx.plan("google_compute_disk", {"name": "data", "disk_encryption_key": [{}]}, {"disk_encryption_key": [{"kms_key_self_link": {"references": ["google_kms_crypto_key.disk.id"]}}]})
	count(rule.deny) == 0 with input as later
}
