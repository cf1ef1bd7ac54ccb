# METADATA
# title: Service Account User or Token Creator granted on the whole project
# description: >-
#   `roles/iam.serviceAccountUser` or `roles/iam.serviceAccountTokenCreator`
#   granted in a `google_project_iam_member`/`_binding` lets the member act as
#   (or mint tokens for) every service account of the project, including the
#   most privileged ones. Grant them on a single service account instead.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_iam
#   - https://cloud.google.com/iam/docs/service-account-permissions#user-role
# custom:
#   id: VD-TF-GCP-012
#   severity: medium
#   remediation: >-
#     Remove the project-level grant and use `google_service_account_iam_member`
#     on the one service account the principal has to impersonate.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["1.6"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "google_project_iam_member" "deployer" {
#       project = "acme-prod"
#       role    = "roles/iam.serviceAccountUser"
#       member  = "group:deployers@example.com"
#     }
package verdict.terraform.gcp.iam_service_account_user_project

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

deny contains {
	"msg": sprintf("%s grants %s on the whole project to %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	g.resource.type in {"google_project_iam_member", "google_project_iam_binding"}
	g.role in {"roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"}
}
