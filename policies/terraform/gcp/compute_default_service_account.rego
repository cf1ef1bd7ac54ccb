# METADATA
# title: Compute instance runs as the default Compute Engine service account
# description: >-
#   A `google_compute_instance` or instance template whose `service_account`
#   block leaves `email` unset, sets it to "default", or names
#   `PROJECT_NUMBER-compute@developer.gserviceaccount.com` runs as the default
#   service account, which is shared by every VM of the project and, unless
#   the org policy `iam.automaticIamGrantsForDefaultServiceAccounts` is on,
#   holds the Editor role. (No `service_account` block means no service account.)
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account
#   - https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
# custom:
#   id: VD-TF-GCP-014
#   severity: medium
#   remediation: >-
#     Create a dedicated `google_service_account` for the workload, grant it
#     only the roles it uses, and set its email in `service_account { email = … }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.1"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       service_account {
#         scopes = ["cloud-platform"]
#       }
#     }
package verdict.terraform.gcp.compute_default_service_account

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

deny contains {
	"msg": sprintf("%s runs as the default Compute Engine service account", [r.address]),
	"path": gcp.arg_path(r, ["service_account", i, "email"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	some i, _ in tc.blocks(r.config, "service_account")
	default_account(gcp.value(r, ["service_account", i, "email"], ""))
}

default_account(email) if email in {"", "default"}

default_account(email) if endswith(email, "-compute@developer.gserviceaccount.com")
