# METADATA
# title: SageMaker notebook instance with direct internet access
# description: >-
#   An `aws_sagemaker_notebook_instance` with `direct_internet_access` `Enabled`
#   or unset (the default) reaches the internet through a SageMaker-managed
#   network interface, outside the VPC's security groups, NACLs, proxies and
#   flow logs, so data can leave without control. Reported at
#   `direct_internet_access`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#direct_internet_access
#   - https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-1
# custom:
#   id: VD-TF-AWS-113
#   severity: medium
#   remediation: >-
#     Set `direct_internet_access = "Disabled"` with `subnet_id` and
#     `security_groups` in a VPC (a NAT gateway or VPC endpoints for outbound
#     access).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["SageMaker.1"]
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "aws_sagemaker_notebook_instance" "lab" {
#       name          = "lab"
#       role_arn      = aws_iam_role.sagemaker.arn
#       instance_type = "ml.t3.medium"
#     }
package verdict.terraform.aws.sagemaker_notebook_direct_internet

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["direct_internet_access"]

deny contains {
	"msg": sprintf("%s has direct internet access", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_sagemaker_notebook_instance")
	v := aws.value(r, keys, "Enabled")
	v == "Enabled"
}
