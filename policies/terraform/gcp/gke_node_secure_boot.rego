# METADATA
# title: GKE nodes without Secure Boot
# description: >-
#   A GKE node configuration (a `google_container_node_pool`, a `node_pool`
#   block, or the default pool of a `google_container_cluster`) without
#   `shielded_instance_config { enable_secure_boot = true }` boots nodes
#   without verifying the signatures of the boot components, so a rootkit or
#   bootkit persists undetected. The default is false. A cluster's default
#   pool is checked where its `node_config` is written, unless
#   `remove_default_node_pool = true`; Autopilot clusters have no node pools
#   in Terraform.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_secure_boot
#   - https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes#secure_boot
# custom:
#   id: VD-TF-GCP-069
#   severity: low
#   remediation: >-
#     Add `shielded_instance_config { enable_secure_boot = true }` to the
#     node pool's `node_config` (unless the nodes load unsigned kernel
#     modules).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GKE-1.5: ["5.5.7"]
#     NIST-800-53: ["SI-7"]
#   example: |
#     resource "google_container_node_pool" "apps" {
#       name    = "apps"
#       cluster = google_container_cluster.main.id
#       node_config {
#         machine_type = "e2-standard-4"
#       }
#     }
package verdict.terraform.gcp.gke_node_secure_boot

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import data.verdict.lib.terraform_gcp_sets as gset
import rego.v1

deny contains {
	"msg": sprintf("%s runs GKE nodes without Secure Boot", [n.resource.address]),
	"path": gcp.arg_path(n.resource, keys),
	"resource": n.resource.address,
} if {
	some n in gset.node_configs
	not removed_default_pool(n)
	keys := array.concat(n.keys, ["shielded_instance_config", 0, "enable_secure_boot"])
	enabled := gcp.value(n.resource, keys, false)
	not tc.is_true(enabled)
}

# A node pool resource without node_config gets the default configuration.
deny contains {
	"msg": sprintf("%s runs GKE nodes without Secure Boot", [p.resource.address]),
	"path": tf.attr_path(p.resource, p.keys),
	"resource": p.resource.address,
} if {
	some p in gset.node_pools
	count(tc.blocks(p.config, "node_config")) == 0
	not tc.dynamic_block(p.config, "node_config")
	not node_config_unknown(p.config)
}

# The default node pool's configuration is `node_config` of the cluster: it
# does not matter when that pool is removed.
removed_default_pool(n) if {
	n.resource.type == "google_container_cluster"
	n.keys[0] == "node_config"
	tc.is_true(n.resource.config.remove_default_node_pool)
}

node_config_unknown(config) if tf.unknown(config.node_config)
