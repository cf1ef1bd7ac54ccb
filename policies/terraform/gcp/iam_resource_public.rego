# METADATA
# title: Resource IAM grants a role to allUsers
# description: >-
#   A resource-level `*_iam_member` / `*_iam_binding` of the google provider
#   (Secret Manager secrets, Pub/Sub topics and subscriptions, Artifact
#   Registry repositories, service accounts, Compute images and instances, …)
#   granting a role to `allUsers` (anyone on the Internet) or
#   `allAuthenticatedUsers` (any Google account). Buckets, BigQuery, KMS,
#   Cloud Run/Functions and project/folder/organization grants have their
#   own rules (VD-TF-GCP-001, 054, 017, 056, 011) and are not repeated here.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/secret_manager_secret_iam
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/artifact_registry_repository_iam
#   - https://cloud.google.com/iam/docs/principals-overview#all-users
# custom:
#   id: VD-TF-GCP-062
#   severity: high
#   remediation: >-
#     Remove the `allUsers`/`allAuthenticatedUsers` member and grant the role
#     to specific principals; enforce the `iam.allowedPolicyMemberDomains`
#     organization policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "google_secret_manager_secret_iam_member" "public" {
#       secret_id = google_secret_manager_secret.api_key.id
#       role      = "roles/secretmanager.secretAccessor"
#       member    = "allAuthenticatedUsers"
#     }
package verdict.terraform.gcp.iam_resource_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

# Reported by a rule of their own.
covered_prefixes := [
	"google_storage_bucket_", "google_bigquery_", "google_kms_",
	"google_cloud_run_", "google_cloudfunctions",
	"google_project_", "google_folder_", "google_organization_",
]

deny contains {
	"msg": sprintf("%s grants %s to %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	startswith(g.resource.type, "google_")
	not covered(g.resource.type)
	g.member in gset.public_members
}

covered(type) if {
	some prefix in covered_prefixes
	startswith(type, prefix)
}
