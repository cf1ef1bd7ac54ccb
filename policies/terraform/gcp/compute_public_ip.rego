# METADATA
# title: Compute instance has a public IP address
# description: >-
#   An `access_config` block in a `network_interface` of a
#   `google_compute_instance` or instance template gives the VM an external
#   IPv4 address (ephemeral when `nat_ip` is unset), reachable from the
#   Internet wherever firewall rules allow. Reach VMs through IAP, a load
#   balancer or Cloud NAT instead. GKE nodes are created by GKE and not
#   covered here.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config
#   - https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address
#   - https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints
# custom:
#   id: VD-TF-GCP-034
#   severity: medium
#   remediation: >-
#     Remove the `access_config` block; use Cloud NAT for egress, IAP TCP
#     forwarding for SSH, and a load balancer for inbound traffic; enforce
#     the `compute.vmExternalIpAccess` organization policy.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.9"]
#     NIST-800-53: ["SC-7"]
#     PCI-DSS-4.0: ["1.4.1"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name         = "vm"
#       machine_type = "e2-small"
#       network_interface {
#         network = "default"
#         access_config {}
#       }
#     }
package verdict.terraform.gcp.compute_public_ip

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

deny contains {
	"msg": sprintf("%s has an external IP address (network_interface %d)", [r.address, i]),
	"path": tf.attr_path(r, ["network_interface", i, "access_config", j]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	some i, nic in tc.blocks(r.config, "network_interface")
	some j, _ in access_configs(nic)
}

# HCL writes `access_config {}` as [{}]; plans list the block with its values.
access_configs(nic) := nic.access_config if is_array(nic.access_config)

else := []
