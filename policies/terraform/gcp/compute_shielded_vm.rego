# METADATA
# title: Shielded VM vTPM or integrity monitoring disabled
# description: >-
#   `enable_vtpm = false` or `enable_integrity_monitoring = false` in the
#   `shielded_instance_config` of a `google_compute_instance` or instance
#   template turns off the measured boot that detects a tampered bootloader
#   or kernel. Both default to true, so only an explicit false is reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config
#   - https://cloud.google.com/compute/shielded-vm/docs/shielded-vm
# custom:
#   id: VD-TF-GCP-033
#   severity: medium
#   remediation: >-
#     Remove `enable_vtpm = false` and `enable_integrity_monitoring = false`
#     (or set them to true), and set `enable_secure_boot = true` where the
#     image supports it.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.8"]
#     NIST-800-53: ["SI-7"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       shielded_instance_config {
#         enable_vtpm = false
#       }
#     }
package verdict.terraform.gcp.compute_shielded_vm

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

deny contains {
	"msg": sprintf("%s disables the Shielded VM %s", [r.address, key]),
	"path": tf.attr_path(r, ["shielded_instance_config", i, key]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	some i, c in tc.blocks(r.config, "shielded_instance_config")
	some key in ["enable_vtpm", "enable_integrity_monitoring"]
	tc.is_false(c[key])
}
