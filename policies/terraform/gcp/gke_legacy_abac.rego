# METADATA
# title: GKE cluster with legacy ABAC enabled
# description: >-
#   `enable_legacy_abac = true` on a `google_container_cluster` turns on the
#   legacy attribute-based authorizer, which grants broad, statically
#   configured permissions alongside (and bypassing) Kubernetes RBAC.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_legacy_abac
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled
# custom:
#   id: VD-TF-GCP-003
#   severity: high
#   remediation: >-
#     Remove `enable_legacy_abac` or set it to false, and grant access with
#     Kubernetes RBAC and IAM.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.8.4"]
#     NIST-800-53: ["AC-3", "AC-6"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name               = "main"
#       location           = "europe-west1"
#       enable_legacy_abac = true
#     }
package verdict.terraform.gcp.gke_legacy_abac

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s enables legacy ABAC authorization", [r.address]),
	"path": tf.attr_path(r, ["enable_legacy_abac"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	tc.is_true(r.config.enable_legacy_abac)
}
