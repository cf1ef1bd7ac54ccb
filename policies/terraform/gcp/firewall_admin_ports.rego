# METADATA
# title: VPC firewall allows SSH/RDP from the Internet
# description: >-
#   An enabled ingress `google_compute_firewall` whose `source_ranges` include
#   `0.0.0.0/0` (or `::/0`) and whose `allow` blocks cover an admin port (TCP,
#   or protocol `all`; no `ports` means every port) exposes SSH/RDP on the
#   targeted instances to the whole Internet. The ports are
#   `data.verdict.config.admin_ports` (default [22, 3389]).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_firewall
#   - https://cloud.google.com/iap/docs/using-tcp-forwarding
# custom:
#   id: VD-TF-GCP-008
#   severity: high
#   remediation: >-
#     Restrict `source_ranges` to your admin network, or to `35.235.240.0/20`
#     to reach VMs only through Identity-Aware Proxy TCP forwarding.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["3.6", "3.7"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "google_compute_firewall" "ssh" {
#       name          = "allow-ssh"
#       network       = "default"
#       source_ranges = ["0.0.0.0/0"]
#       allow {
#         protocol = "tcp"
#         ports    = ["22"]
#       }
#     }
package verdict.terraform.gcp.firewall_admin_ports

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("firewall %s allows port(s) %s from %s", [r.address, concat(", ", ports), source]),
	"path": tf.attr_path(r, ["source_ranges", i]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_firewall")
	ingress(r.config)
	tc.off(r.config, "disabled")
	is_array(r.config.source_ranges)
	some i, source in r.config.source_ranges
	source in {"0.0.0.0/0", "::/0"}
	ports := [sprintf("%d", [p]) | some p in tc.admin_ports; allowed(r.config, p)]
	count(ports) > 0
}

# direction defaults to INGRESS (plans show it).
ingress(config) if not "direction" in object.keys(config)

ingress(config) if config.direction == null

ingress(config) if upper(config.direction) == "INGRESS"

allowed(config, _) if {
	some a in tc.blocks(config, "allow")
	lower(a.protocol) in {"tcp", "all", "6"}
	every_port(a)
}

allowed(config, port) if {
	some a in tc.blocks(config, "allow")
	lower(a.protocol) in {"tcp", "all", "6"}
	is_array(a.ports)
	some spec in a.ports
	tc.port_covered(spec, port)
}

# No ports (absent, null or []) means every port of the protocol.
every_port(a) if tc.off(a, "ports")

every_port(a) if a.ports == []
