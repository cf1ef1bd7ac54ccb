# METADATA
# title: GKE cluster does not enforce network policies
# description: >-
#   A Standard `google_container_cluster` without `network_policy { enabled =
#   true }` and without Dataplane V2 (`datapath_provider =
#   "ADVANCED_DATAPATH"`) ignores Kubernetes NetworkPolicy objects, so every
#   pod can reach every other pod; one compromised pod reaches all services.
#   Autopilot clusters (Dataplane V2) are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#network_policy
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy
#   - https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2
# custom:
#   id: VD-TF-GCP-042
#   severity: medium
#   remediation: >-
#     Set `datapath_provider = "ADVANCED_DATAPATH"` (Dataplane V2) on new
#     clusters, or add `network_policy { enabled = true }` and
#     `addons_config { network_policy_config { disabled = false } }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.6.7"]
#     NIST-800-53: ["SC-7", "AC-4"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_network_policy

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s does not enforce network policies", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	not gcp.autopilot(r)
	upper(gcp.value(r, ["datapath_provider"], "LEGACY_DATAPATH")) != "ADVANCED_DATAPATH"
	keys := ["network_policy", 0, "enabled"]
	enabled := gcp.value(r, keys, false)
	not tc.is_true(enabled)
}
