# METADATA
# title: Basic Owner/Editor role granted to a user, group or domain
# description: >-
#   A `google_project_iam_member`/`_binding` (or the folder and organization
#   equivalents) granting `roles/owner` or `roles/editor` to a `user:`,
#   `group:` or `domain:` principal. Basic roles carry thousands of
#   permissions across every service of the resource, far beyond what a
#   person needs; an account compromise then owns the project.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam
#   - https://cloud.google.com/iam/docs/roles-overview#basic
#   - https://cloud.google.com/iam/docs/using-iam-securely#least_privilege
# custom:
#   id: VD-TF-GCP-009
#   severity: medium
#   remediation: >-
#     Grant predefined or custom roles scoped to the job (for example
#     `roles/compute.instanceAdmin.v1`, `roles/storage.objectAdmin`) instead of
#     `roles/owner`/`roles/editor`; keep Owner for a break-glass group.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#     PCI-DSS-4.0: ["7.2.1"]
#   example: |
#     resource "google_project_iam_member" "dev" {
#       project = "acme-prod"
#       role    = "roles/editor"
#       member  = "user:dev@example.com"
#     }
package verdict.terraform.gcp.iam_basic_role_user

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
	"msg": sprintf("%s grants the basic role %s to %s", [g.resource.address, g.role, g.member]),
	"path": tf.attr_path(g.resource, g.keys),
	"resource": g.resource.address,
} if {
	some g in gset.grants
	g.resource.type in types
	g.role in {"roles/owner", "roles/editor"}
	some prefix in ["user:", "group:", "domain:"]
	startswith(g.member, prefix)
}
