# METADATA
# title: N2D/C2D instance without Confidential Computing
# description: >-
#   A `google_compute_instance` or instance template on an AMD EPYC machine
#   type that supports Confidential VM (`n2d-*`, `c2d-*`) without
#   `confidential_instance_config { enable_confidential_compute = true }` (or
#   `confidential_instance_type = "SEV"`/`"SEV_SNP"`) keeps memory in use
#   unencrypted, readable by a compromised host. Other machine types are not
#   checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#confidential_instance_config
#   - https://cloud.google.com/confidential-computing/confidential-vm/docs/supported-configurations
# custom:
#   id: VD-TF-GCP-060
#   severity: low
#   remediation: >-
#     Add `confidential_instance_config { enable_confidential_compute = true }`
#     and `scheduling { on_host_maintenance = "TERMINATE" }` to instances
#     processing sensitive data.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.11"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "n2d-standard-2"
#     }
package verdict.terraform.gcp.compute_confidential_vm

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

deny contains {
	"msg": sprintf("%s (%s) does not enable Confidential Computing", [r.address, r.config.machine_type]),
	"path": gcp.arg_path(r, ["confidential_instance_config", 0, "enable_confidential_compute"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	is_string(r.config.machine_type)
	some family in ["n2d-", "c2d-"]
	startswith(r.config.machine_type, family)
	enabled := gcp.value(r, ["confidential_instance_config", 0, "enable_confidential_compute"], false)
	enabled != true
	lower(sprintf("%v", [enabled])) != "true"
	kind := gcp.value(r, ["confidential_instance_config", 0, "confidential_instance_type"], "")
	not upper(kind) in {"SEV", "SEV_SNP"}
}
