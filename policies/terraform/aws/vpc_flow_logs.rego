# METADATA
# title: VPC without flow logs
# description: >-
#   An `aws_vpc` (or `aws_default_vpc`) that no `aws_flow_log` of the same
#   module refers to with `vpc_id`: the traffic accepted and rejected in the
#   VPC is not recorded, so scanning, exfiltration and lateral movement leave
#   no trace. A flow log whose `vpc_id` cannot be resolved (a variable)
#   counts as covering every VPC of the module.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log
#   - https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
# custom:
#   id: VD-TF-AWS-047
#   severity: medium
#   remediation: >-
#     Add `resource "aws_flow_log" "main" { vpc_id = aws_vpc.main.id,
#     traffic_type = "ALL", log_destination = ... }` (CloudWatch Logs or S3).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.7"]
#     AWS-FSBP: ["EC2.6"]
#     NIST-800-53: ["AU-12", "SI-4"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_vpc" "main" {
#       cidr_block = "10.0.0.0/16"
#     }
package verdict.terraform.aws.vpc_flow_logs

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("VPC %s has no flow log (no aws_flow_log refers to it)", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_vpc", "aws_default_vpc"}
	not id.referenced_by(r, "aws_flow_log", "vpc_id")
}
