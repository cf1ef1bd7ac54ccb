# METADATA
# title: VPC subnet without Private Google Access
# description: >-
#   A `google_compute_subnetwork` without `private_ip_google_access = true`
#   lets VMs that have only internal addresses reach Google APIs (Cloud
#   Storage, Artifact Registry, …) only through an external IP or NAT,
#   pushing workloads towards public addresses. Proxy-only and Private
#   Service Connect subnets are not checked.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#private_ip_google_access
#   - https://cloud.google.com/vpc/docs/private-google-access
# custom:
#   id: VD-TF-GCP-037
#   severity: low
#   remediation: >-
#     Set `private_ip_google_access = true` on the subnet.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7"]
#   example: |
#     resource "google_compute_subnetwork" "app" {
#       name          = "app"
#       network       = google_compute_network.vpc.id
#       ip_cidr_range = "10.0.0.0/24"
#     }
package verdict.terraform.gcp.subnet_private_google_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import data.verdict.lib.terraform_gcp as gcp
import rego.v1

deny contains {
	"msg": sprintf("subnet %s does not enable Private Google Access", [r.address]),
	"path": gcp.arg_path(r, ["private_ip_google_access"]),
	"resource": r.address,
} if {
	some r in tf.of_type("google_compute_subnetwork")
	upper(gcp.value(r, ["purpose"], "PRIVATE")) in {"PRIVATE", "PRIVATE_RFC_1918"}
	access := gcp.value(r, ["private_ip_google_access"], false)
	not tc.is_true(access)
}
