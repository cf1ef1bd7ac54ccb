# METADATA
# title: Project, folder or organization IAM grants a role to allUsers
# description: >-
#   A project, folder or organization IAM member/binding whose member is
#   `allUsers` (anyone on the Internet) or `allAuthenticatedUsers` (any Google
#   account) gives the role on every resource below it to the public.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam
#   - https://cloud.google.com/iam/docs/principals-overview#all-users
#   - https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains
# custom:
#   id: VD-TF-GCP-011
#   severity: critical
#   remediation: >-
#     Remove the `allUsers`/`allAuthenticatedUsers` member and grant the role
#     to specific principals; enforce the `iam.allowedPolicyMemberDomains`
#     organization policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "google_project_iam_member" "public" {
#       project = "acme-prod"
#       role    = "roles/viewer"
#       member  = "allAuthenticatedUsers"
#     }
package verdict.terraform.gcp.iam_project_public

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
	"msg": sprintf("%s grants %s to %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	g.resource.type in types
	g.member in gset.public_members
}
