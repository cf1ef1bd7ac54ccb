# METADATA
# title: GKE cluster issues a client certificate
# description: >-
#   `master_auth { client_certificate_config { issue_client_certificate =
#   true } }` on a `google_container_cluster` issues a long-lived
#   cluster-admin client certificate that cannot be revoked short of rotating
#   the cluster CA, and that Terraform stores in its state.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#issue_client_certificate
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth
# custom:
#   id: VD-TF-GCP-048
#   severity: high
#   remediation: >-
#     Remove `client_certificate_config` (or set `issue_client_certificate =
#     false`) and authenticate with Google identities and IAM/RBAC.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.8.2"]
#     NIST-800-53: ["IA-2", "IA-5"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#       master_auth {
#         client_certificate_config {
#           issue_client_certificate = true
#         }
#       }
#     }
package verdict.terraform.gcp.gke_client_certificate

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s issues a client certificate", [r.address]),
	"path": tf.attr_path(r, ["master_auth", i, "client_certificate_config", j, "issue_client_certificate"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	some i, auth in tc.blocks(r.config, "master_auth")
	some j, c in tc.blocks(auth, "client_certificate_config")
	tc.is_true(c.issue_client_certificate)
}
