# METADATA
# title: Compute disk not encrypted with a customer key
# description: >-
#   A `google_compute_disk` without `disk_encryption_key` (`raw_key`,
#   `rsa_encrypted_key` or `kms_key_self_link`), or the `boot_disk` of a
#   `google_compute_instance` without `disk_encryption_key_raw` or
#   `kms_key_self_link` (and not attaching an existing disk with `source`),
#   is encrypted with Google-managed keys only: access
#   to the data cannot be revoked by withholding (CSEK) or disabling (CMEK)
#   a key you control. Meant for disks of critical VMs.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key
#   - https://cloud.google.com/compute/docs/disks/customer-supplied-encryption
#   - https://cloud.google.com/compute/docs/disks/customer-managed-encryption
# custom:
#   id: VD-TF-GCP-059
#   severity: low
#   remediation: >-
#     Add `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disk.id }`
#     to the disk (`kms_key_self_link` in the instance's `boot_disk`), or a
#     customer-supplied `raw_key`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.7"]
#     NIST-800-53: ["SC-12", "SC-28"]
#   example: |
#     resource "google_compute_disk" "data" {
#       name = "data"
#       size = 100
#       zone = "europe-west1-b"
#     }
package verdict.terraform.gcp.compute_disk_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("disk %s is not encrypted with a customer-supplied or customer-managed key", [r.address]),
	"path": gcp.arg_path(r, ["disk_encryption_key", 0]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_disk")
	not keyed(r, ["disk_encryption_key", 0], {"raw_key", "rsa_encrypted_key", "kms_key_self_link"})
}

deny contains {
	"msg": sprintf("the boot disk of %s is not encrypted with a customer-supplied or customer-managed key", [r.address]),
	"path": gcp.arg_path(r, ["boot_disk", i]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_instance")
	some i, boot in tc.blocks(r.config, "boot_disk")
	# An attached existing disk (`source`) is checked as a google_compute_disk.
	tc.off(boot, "source")
	not keyed(r, ["boot_disk", i], {"disk_encryption_key_raw", "disk_encryption_key_rsa", "kms_key_self_link"})
}

# One of the key arguments is set, or cannot be known here.
keyed(r, prefix, keys) if {
	some k in keys
	gcp.value(r, array.concat(prefix, [k]), "") != ""
}

keyed(r, prefix, keys) if {
	some k in keys
	not gcp.value(r, array.concat(prefix, [k]), "")
}
