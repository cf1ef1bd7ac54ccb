# METADATA
# title: GKE cluster logging or monitoring disabled
# description: >-
#   A `google_container_cluster` with `logging_service = "none"` or
#   `monitoring_service = "none"`, or a `logging_config` /
#   `monitoring_config` whose `enable_components` is empty, sends no
#   control-plane, system or workload logs (or metrics) to Cloud Logging and
#   Monitoring, leaving incidents on the cluster without a trail. The
#   defaults enable both, so only explicit settings are reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#logging_service
#   - https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs
# custom:
#   id: VD-TF-GCP-063
#   severity: medium
#   remediation: >-
#     Remove `logging_service`/`monitoring_service = "none"` (the defaults are
#     `logging.googleapis.com/kubernetes` and
#     `monitoring.googleapis.com/kubernetes`), or list at least
#     SYSTEM_COMPONENTS and WORKLOADS in `logging_config { enable_components }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.7.1"]
#     NIST-800-53: ["AU-2", "AU-12", "SI-4"]
#   example: |
#     resource "google_container_cluster" "main" {
#       name            = "main"
#       location        = "europe-west1"
#       logging_service = "none"
#     }
package verdict.terraform.gcp.gke_logging_monitoring

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("GKE cluster %s disables %s (%s = \"none\")", [r.address, what, key]),
	"path": tf.attr_path(r, [key]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	some key, what in {"logging_service": "logging", "monitoring_service": "monitoring"}
	r.config[key] == "none"
}

deny contains {
	"msg": sprintf("GKE cluster %s enables no %s components", [r.address, key]),
	"path": tf.attr_path(r, [key, i, "enable_components"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_container_cluster")
	some key in ["logging_config", "monitoring_config"]
	some i, c in tc.blocks(r.config, key)
	c.enable_components == []
}
