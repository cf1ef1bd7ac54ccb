# METADATA
# title: Default Compute Engine service account with full Cloud API access
# description: >-
#   An instance (or template) running as the default Compute Engine service
#   account (see VD-TF-GCP-014) with the `cloud-platform` scope: every process
#   on the VM can call every Google Cloud API with that account's roles
#   (Editor on the project by default), so a compromised VM compromises the
#   project.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#scopes
#   - https://cloud.google.com/compute/docs/access/service-accounts#scopes_best_practice
# custom:
#   id: VD-TF-GCP-015
#   severity: high
#   remediation: >-
#     Run the VM as a dedicated service account with narrow roles; with the
#     default account, grant only the scopes it needs instead of `cloud-platform`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.2"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       service_account {
#         scopes = ["cloud-platform"]
#       }
#     }
package verdict.terraform.gcp.compute_default_service_account_full_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

full := {"cloud-platform", "https://www.googleapis.com/auth/cloud-platform"}

deny contains {
	"msg": sprintf("%s gives the default service account the cloud-platform scope", [r.address]),
	"path": tf.attr_path(r, ["service_account", i, "scopes", j]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	some i, sa in tc.blocks(r.config, "service_account")
	default_account(gcp.value(r, ["service_account", i, "email"], ""))
	is_array(sa.scopes)
	some j, scope in sa.scopes
	scope in full
}

default_account(email) if email in {"", "default"}

default_account(email) if endswith(email, "-compute@developer.gserviceaccount.com")
