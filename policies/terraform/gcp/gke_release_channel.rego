# METADATA
# title: GKE cluster opted out of release channels
# description: >-
#   A `google_container_cluster` with `release_channel { channel =
#   "UNSPECIFIED" }` is not enrolled in a release channel: its Kubernetes
#   versions are managed by hand, security patches and upgrades happen only
#   when someone remembers, and versions drift towards end of support. An
#   absent `release_channel` block is not reported: GKE enrolls new clusters
#   in the REGULAR channel by default.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#release_channel
#   - https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels
# custom:
#   id: VD-TF-GCP-050
#   severity: low
#   remediation: >-
#     Set `release_channel { channel = "REGULAR" }` (or STABLE/RAPID) and use
#     maintenance windows and exclusions to control when upgrades happen.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.5.4"]
#     NIST-800-53: ["SI-2"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#       release_channel {
#         channel = "UNSPECIFIED"
#       }
#     }
package verdict.terraform.gcp.gke_release_channel

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s is not enrolled in a release channel", [r.address]),
	"path": tf.attr_path(r, ["release_channel", i, "channel"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	some i, c in tc.blocks(r.config, "release_channel")
	is_string(c.channel)
	upper(c.channel) == "UNSPECIFIED"
}
