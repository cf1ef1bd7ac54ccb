# METADATA
# title: User-managed service account key
# description: >-
#   A `google_service_account_key` creates a long-lived, exportable key for a
#   service account (and stores its private key in the Terraform state).
#   Such keys are the most common way GCP credentials leak; workloads should
#   use attached service accounts, Workload Identity or Workload Identity
#   Federation instead. A key made from uploaded `public_key_data` keeps the
#   private key out of the state but is still user-managed.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key
#   - https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys
#   - https://cloud.google.com/iam/docs/workload-identity-federation
# custom:
#   id: VD-TF-GCP-013
#   severity: medium
#   remediation: >-
#     Remove the key; attach the service account to the workload, use GKE
#     Workload Identity or Workload Identity Federation, and enforce the
#     `iam.disableServiceAccountKeyCreation` organization policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["1.4"]
#     NIST-800-53: ["IA-5", "AC-2"]
#   example: |
#     resource "google_service_account_key" "ci" {
#       service_account_id = google_service_account.ci.name
#     }
package verdict.terraform.gcp.service_account_key

import data.verdict.lib.terraform as tf
import rego.v1

deny contains {
	"msg": sprintf("%s creates a user-managed service account key", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("google_service_account_key")
}
