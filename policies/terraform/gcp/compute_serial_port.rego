# METADATA
# title: Compute instance enables the interactive serial console
# description: >-
#   `serial-port-enable` set to true in the `metadata` of a
#   `google_compute_instance`, `google_compute_instance_template` or the
#   project (`google_compute_project_metadata`, or a
#   `google_compute_project_metadata_item` with that key) allows connections
#   to the VM's serial console, which do not honour firewall rules and can be
#   reached from any IP address by anyone with the right SSH key.
# related_resources:
#   - https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata
# custom:
#   id: VD-TF-GCP-007
#   severity: medium
#   remediation: >-
#     Remove `serial-port-enable` from the metadata (or set it to "false"); use
#     it only temporarily for troubleshooting, and enforce the
#     `compute.disableSerialPortAccess` organization policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.5"]
#     NIST-800-53: ["AC-17", "CM-7"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       metadata = {
#         serial-port-enable = true
#       }
#     }
package verdict.terraform.gcp.compute_serial_port

import data.verdict.lib.terraform as tf
import rego.v1

with_metadata := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template", "google_compute_project_metadata"}

deny contains {
	"msg": sprintf("%s enables the serial console (serial-port-enable = %v)", [r.address, r.config.metadata["serial-port-enable"]]),
	"path": tf.attr_path(r, ["metadata", "serial-port-enable"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in with_metadata
	enabled(r.config.metadata["serial-port-enable"])
}

deny contains {
	"msg": sprintf("%s enables the serial console for the project (serial-port-enable = %v)", [r.address, r.config.value]),
	"path": tf.attr_path(r, ["value"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_project_metadata_item")
	r.config.key == "serial-port-enable"
	enabled(r.config.value)
}

# Compute Engine reads TRUE/true/1/y/yes (any case) as enabled.
enabled(v) if v == true

enabled(v) if v == 1

enabled(v) if {
	is_string(v)
	lower(v) in {"true", "1", "y", "yes"}
}
