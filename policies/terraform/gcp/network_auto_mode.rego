# METADATA
# title: Default or auto-mode VPC network
# description: >-
#   A `google_compute_network` named `default`, or one that leaves
#   `auto_create_subnetworks` at its default (true): auto mode creates a
#   subnet with a predictable range in every region (growing with new
#   regions), which overlaps other auto-mode networks, cannot be peered
#   cleanly and invites workloads into regions nobody planned. The default
#   network also ships with permissive firewall rules.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_network#auto_create_subnetworks
#   - https://cloud.google.com/vpc/docs/vpc#auto-mode-considerations
# custom:
#   id: VD-TF-GCP-035
#   severity: low
#   remediation: >-
#     Set `auto_create_subnetworks = false`, create the subnets you need with
#     `google_compute_subnetwork`, and give the network a purposeful name;
#     enforce `compute.skipDefaultNetworkCreation` for new projects.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["3.1"]
#     NIST-800-53: ["SC-7", "CM-6"]
#   example: |
#     resource "google_compute_network" "vpc" {
#       name = "vpc"
#     }
package verdict.terraform.gcp.network_auto_mode

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("network %s is named default", [r.address]),
	"path": tf.attr_path(r, ["name"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_network")
	r.config.name == "default"
}

deny contains {
	"msg": sprintf("network %s is an auto-mode network (auto_create_subnetworks)", [r.address]),
	"path": gcp.arg_path(r, ["auto_create_subnetworks"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_network")
	r.config.name != "default"
	auto := gcp.value(r, ["auto_create_subnetworks"], true)
	not tc.is_false(auto)
}
