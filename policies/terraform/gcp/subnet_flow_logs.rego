# METADATA
# title: VPC subnet without flow logs
# description: >-
#   A `google_compute_subnetwork` without a `log_config` block records no VPC
#   flow logs, so connections to and from its VMs cannot be investigated or
#   monitored. Proxy-only and Private Service Connect subnets (`purpose`
#   other than PRIVATE), which cannot log flows, are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#log_config
#   - https://cloud.google.com/vpc/docs/flow-logs
# custom:
#   id: VD-TF-GCP-036
#   severity: low
#   remediation: >-
#     Add `log_config { aggregation_interval = "INTERVAL_5_SEC"
#     flow_sampling = 0.5 metadata = "INCLUDE_ALL_METADATA" }` to the subnet.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-GCP-2.0: ["3.8"]
#     NIST-800-53: ["AU-12", "SI-4"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "google_compute_subnetwork" "app" {
#       name          = "app"
#       network       = google_compute_network.vpc.id
#       ip_cidr_range = "10.0.0.0/24"
#     }
package verdict.terraform.gcp.subnet_flow_logs

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("subnet %s does not record VPC flow logs", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_subnetwork")
	upper(gcp.value(r, ["purpose"], "PRIVATE")) in {"PRIVATE", "PRIVATE_RFC_1918"}
	count(tc.blocks(r.config, "log_config")) == 0
	not tc.dynamic_block(r.config, "log_config")
	not log_config_unknown(r.config)
}

# (A helper: OPA makes `not f(x.missing)` undefined.)
log_config_unknown(config) if tf.unknown(config.log_config)
