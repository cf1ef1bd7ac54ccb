# METADATA
# title: Cloud Run service or Cloud Function invocable by allUsers
# description: >-
#   An IAM member/binding on a Cloud Run service or job
#   (`google_cloud_run_service_iam_*`, `google_cloud_run_v2_service_iam_*`,
#   `google_cloud_run_v2_job_iam_*`) or a Cloud Function
#   (`google_cloudfunctions_function_iam_*`,
#   `google_cloudfunctions2_function_iam_*`) granting a role to `allUsers`
#   or `allAuthenticatedUsers` lets anyone call it without authentication.
#   Intended for public websites and webhooks; elsewhere it exposes internal
#   APIs. Waive the finding for services that are public by design.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service_iam
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function_iam
#   - https://cloud.google.com/run/docs/authenticating/public
# custom:
#   id: VD-TF-GCP-056
#   severity: medium
#   remediation: >-
#     Grant `roles/run.invoker` / `roles/cloudfunctions.invoker` to the
#     service accounts or groups that call the service; put public endpoints
#     behind a load balancer with IAP or Cloud Armor.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-14"]
#   example: |
#     resource "google_cloud_run_v2_service_iam_member" "public" {
#       name   = google_cloud_run_v2_service.api.name
#       role   = "roles/run.invoker"
#       member = "allUsers"
#     }
package verdict.terraform.gcp.serverless_public_invoker

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

types := {
	"google_cloud_run_service_iam_member", "google_cloud_run_service_iam_binding",
	"google_cloud_run_v2_service_iam_member", "google_cloud_run_v2_service_iam_binding",
	"google_cloud_run_v2_job_iam_member", "google_cloud_run_v2_job_iam_binding",
	"google_cloudfunctions_function_iam_member", "google_cloudfunctions_function_iam_binding",
	"google_cloudfunctions2_function_iam_member", "google_cloudfunctions2_function_iam_binding",
}

deny contains {
	"msg": sprintf("%s grants %s to %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	g.resource.type in types
	g.member in gset.public_members
}
