# METADATA
# title: Redshift cluster publicly accessible
# description: >-
#   An `aws_redshift_cluster` with `publicly_accessible = true` gets a public IP
#   address and a DNS name resolving to it, so only its security group stands
#   between the data warehouse and the internet. The provider default was `true`
#   up to v5 and is `false` from v6: an unset argument is reported in a plan
#   (where the default is resolved), not in HCL. Reported at
#   `publicly_accessible`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_cluster#publicly_accessible
#   - https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html#redshift-1
# custom:
#   id: VD-TF-AWS-096
#   severity: high
#   remediation: >-
#     Set `publicly_accessible = false` and reach the cluster through a VPN,
#     bastion or VPC endpoint.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Redshift.1"]
#     NIST-800-53: ["AC-3", "SC-7"]
#     PCI-DSS-4.0: ["1.4.4"]
#   example: |
#     resource "aws_redshift_cluster" "dw" {
#       cluster_identifier  = "dw"
#       node_type           = "ra3.xlplus"
#       publicly_accessible = true
#     }
package verdict.terraform.aws.redshift_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("Redshift cluster %q is publicly accessible", [r.address]),
	"path": array.concat(r.path, ["publicly_accessible"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_redshift_cluster")
	aws.is_true(aws.value(r, ["publicly_accessible"], false))
}
