# METADATA
# title: GKE cluster not enrolled in a release channel
# description: >-
#   A `google_container_cluster` without `release_channel { channel = … }`
#   (or with channel UNSPECIFIED) manages its Kubernetes versions by hand:
#   security patches and upgrades happen only when someone remembers, and
#   versions drift towards end of support. Autopilot clusters, always
#   enrolled (REGULAR by default), are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#release_channel
#   - https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels
# custom:
#   id: VD-TF-GCP-050
#   severity: low
#   remediation: >-
#     Add `release_channel { channel = "REGULAR" }` (or STABLE/RAPID) and use
#     maintenance windows and exclusions to control when upgrades happen.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.5.4"]
#     NIST-800-53: ["SI-2"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "main"
#       location = "europe-west1"
#     }
package verdict.terraform.gcp.gke_release_channel

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s is not enrolled in a release channel", [r.address]),
	"path": gcp.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	not gcp.autopilot(r)
	keys := ["release_channel", 0, "channel"]
	upper(gcp.value(r, keys, "UNSPECIFIED")) == "UNSPECIFIED"
}
