# METADATA
# title: GKE intranode visibility disabled
# description: >-
#   A Standard `google_container_cluster` without
#   `enable_intranode_visibility = true` routes pod-to-pod traffic on the same
#   node outside the VPC, so VPC flow logs and firewall rules never see it.
#   Autopilot clusters are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_intranode_visibility
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/intranode-visibility
# custom:
#   id: VD-TF-GCP-052
#   severity: low
#   remediation: >-
#     Set `enable_intranode_visibility = true` and enable flow logs on the
#     cluster's subnet.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.6.1"]
#     NIST-800-53: ["AU-12", "SI-4"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_intranode_visibility

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s does not enable intranode visibility", [r.address]),
	"path": gcp.arg_path(r, ["enable_intranode_visibility"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	not gcp.autopilot(r)
	enabled := gcp.value(r, ["enable_intranode_visibility"], false)
	not tc.is_true(enabled)
}
