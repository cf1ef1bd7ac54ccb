# METADATA
# title: Instance accepts project-wide SSH keys
# description: >-
#   A `google_compute_instance` or instance template whose `metadata` does not
#   set `block-project-ssh-keys` to true accepts every SSH key in the project
#   metadata, so one key added for any VM opens all of them. Instances whose
#   whole `metadata` is an expression are not evaluated; with OS Login
#   enabled on the instance (`enable-oslogin = TRUE`), metadata keys are
#   ignored and the instance is not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata
#   - https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys
# custom:
#   id: VD-TF-GCP-031
#   severity: medium
#   remediation: >-
#     Add `block-project-ssh-keys = true` to the instance `metadata`, or
#     better, enable OS Login.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.3"]
#     NIST-800-53: ["AC-3", "IA-5"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       metadata = {
#         block-project-ssh-keys = false
#       }
#     }
package verdict.terraform.gcp.compute_block_project_ssh_keys

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

deny contains {
	"msg": sprintf("%s accepts project-wide SSH keys", [r.address]),
	"path": gcp.arg_path(r, ["metadata", "block-project-ssh-keys"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	metadata := gcp.value(r, ["metadata"], {})
	is_object(metadata)
	not blocked(metadata)
	not enabled(object.get(metadata, "enable-oslogin", false))
}

blocked(metadata) if enabled(metadata["block-project-ssh-keys"])

blocked(metadata) if tf.unknown(metadata["block-project-ssh-keys"])

enabled(v) if v == true

enabled(v) if {
	is_string(v)
	lower(v) in {"true", "1", "y", "yes"}
}
