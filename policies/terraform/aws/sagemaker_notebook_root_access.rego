# METADATA
# title: SageMaker notebook instance with root access
# description: >-
#   An `aws_sagemaker_notebook_instance` with `root_access` `Enabled` or unset
#   (the default) lets every notebook user become root on the instance: turn off
#   its protections, install any software and read the credentials of its
#   execution role from every process. Reported at `root_access`, else the
#   resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#root_access
#   - https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3
# custom:
#   id: VD-TF-AWS-112
#   severity: medium
#   remediation: >-
#     Set `root_access = "Disabled"` (use a lifecycle configuration for root
#     setup).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["SageMaker.3"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "aws_sagemaker_notebook_instance" "lab" {
#       name          = "lab"
#       role_arn      = aws_iam_role.sagemaker.arn
#       instance_type = "ml.t3.medium"
#     }
package verdict.terraform.aws.sagemaker_notebook_root_access

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["root_access"]

deny contains {
	"msg": sprintf("%s gives notebook users root access", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_sagemaker_notebook_instance")
	v := aws.value(r, keys, "Enabled")
	v == "Enabled"
}
