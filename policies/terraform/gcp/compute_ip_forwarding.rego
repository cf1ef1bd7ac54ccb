# METADATA
# title: Compute instance can forward IP packets
# description: >-
#   `can_ip_forward = true` on a `google_compute_instance` or instance
#   template lets the VM send and receive packets whose source or destination
#   is not its own address, so it can route, spoof or intercept traffic
#   within the VPC. Only appliances (NAT, firewalls, VPN gateways) need it.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward
#   - https://cloud.google.com/vpc/docs/using-routes#canipforward
# custom:
#   id: VD-TF-GCP-032
#   severity: medium
#   remediation: >-
#     Remove `can_ip_forward` (default false); use Cloud NAT or a managed
#     appliance instead, and waive the finding for real network appliances.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["4.6"]
#     NIST-800-53: ["SC-7"]
#   example: |
#     resource "google_compute_instance" "vm" {
#       name           = "vm"
#       machine_type   = "e2-small"
#       can_ip_forward = true
#     }
package verdict.terraform.gcp.compute_ip_forwarding

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

types := {"google_compute_instance", "google_compute_instance_template", "google_compute_region_instance_template"}

deny contains {
	"msg": sprintf("%s enables IP forwarding", [r.address]),
	"path": tf.attr_path(r, ["can_ip_forward"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in types
	tc.is_true(r.config.can_ip_forward)
}
