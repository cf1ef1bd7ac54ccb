# METADATA
# title: OS Login disabled
# description: >-
#   `enable-oslogin` set to false in the `metadata` of a
#   `google_compute_instance` or instance template, or a
#   `google_compute_project_metadata` (which replaces all project metadata)
#   that does not set it to true, or a `google_compute_project_metadata_item`
#   setting it to false: SSH access is then managed with metadata SSH keys,
#   which IAM cannot grant, audit, revoke or protect with 2-step verification.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata
#   - https://cloud.google.com/compute/docs/oslogin/set-up-oslogin
# custom:
#   id: VD-TF-GCP-030
#   severity: medium
#   remediation: >-
#     Set `enable-oslogin = "TRUE"` in the project metadata and remove
#     `enable-oslogin = "FALSE"` from instances; grant
#     `roles/compute.osLogin` to the people who need SSH.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.4"]
#     NIST-800-53: ["AC-2", "IA-2"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       metadata = {
#         enable-oslogin = "FALSE"
#       }
#     }
package verdict.terraform.gcp.compute_os_login

import data.verdict.lib.terraform as tf
import rego.v1

with_metadata := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_project_metadata"}

deny contains {
	"msg": sprintf("%s disables OS Login (enable-oslogin = %v)", [r.address, r.config.metadata["enable-oslogin"]]),
	"path": tf.attr_path(r, ["metadata", "enable-oslogin"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in with_metadata
	disabled(r.config.metadata["enable-oslogin"])
}

deny contains {
	"msg": sprintf("%s replaces the project metadata without enable-oslogin = TRUE", [r.address]),
	"path": tf.attr_path(r, ["metadata"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_project_metadata")
	is_object(r.config.metadata)
	not "enable-oslogin" in object.keys(r.config.metadata)
}

deny contains {
	"msg": sprintf("%s disables OS Login for the project", [r.address]),
	"path": tf.attr_path(r, ["value"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_project_metadata_item")
	r.config.key == "enable-oslogin"
	disabled(r.config.value)
}

# Compute Engine reads anything but TRUE/true/1/y/yes as false.
disabled(v) if v == false

disabled(v) if v == 0

disabled(v) if {
	is_string(v)
	not tf.unknown(v)
	not lower(v) in {"true", "1", "y", "yes"}
}
