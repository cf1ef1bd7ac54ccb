# METADATA
# title: Service account granted an admin or basic role
# description: >-
#   A project, folder or organization IAM member/binding granting a
#   `serviceAccount:` principal `roles/owner`, `roles/editor` or an `*Admin`
#   role. Service account credentials live on machines and in pipelines; a
#   leaked key or a compromised workload then administers the whole project.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam
#   - https://cloud.google.com/iam/docs/best-practices-service-accounts#restrict-admin-privileges
# custom:
#   id: VD-TF-GCP-010
#   severity: high
#   remediation: >-
#     Grant the service account the narrow predefined or custom roles its
#     workload uses (see the IAM recommender), not Owner, Editor or an admin role.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["1.5"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "google_project_iam_member" "ci" {
#       project = "acme-prod"
#       role    = "roles/owner"
#       member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
#     }
package verdict.terraform.gcp.iam_service_account_admin

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

types := {
	"google_project_iam_member", "google_project_iam_binding",
	"google_folder_iam_member", "google_folder_iam_binding",
	"google_organization_iam_member", "google_organization_iam_binding",
}

deny contains {
	"msg": sprintf("%s grants %s to the service account %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	g.resource.type in types
	startswith(g.member, "serviceAccount:")
	admin(g.role)
}

admin(role) if role in {"roles/owner", "roles/editor"}

# roles/*Admin and roles/*.admin (CIS lists roles/*Admin).
admin(role) if {
	startswith(role, "roles/")
	not tf.unknown(role)
	endswith(lower(role), "admin")
}
