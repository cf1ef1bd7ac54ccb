# METADATA
# title: GKE cluster with basic authentication
# description: >-
#   A `google_container_cluster` whose `master_auth` sets a `username` (and
#   `password`) enables static-password basic authentication to the API
#   server (removed from GKE 1.19 and provider 4.x, still found in old
#   configurations): a cluster-admin password stored in the Terraform state
#   and code, with no MFA and no per-user audit trail.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/guides/version_4_upgrade#master_auth
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth
# custom:
#   id: VD-TF-GCP-049
#   severity: high
#   remediation: >-
#     Remove `username` and `password` from `master_auth` and authenticate
#     with Google identities.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.8.1"]
#     NIST-800-53: ["IA-2", "IA-5"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#       master_auth {
#         username = "admin"
#         password = var.admin_password
#       }
#     }
package verdict.terraform.gcp.gke_basic_auth

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s enables basic authentication", [r.address]),
	"path": tf.attr_path(r, ["master_auth", i, "username"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	some i, auth in tc.blocks(r.config, "master_auth")
	is_string(auth.username)
	auth.username != ""
}
