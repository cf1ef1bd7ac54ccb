# METADATA
# title: EKS secrets not encrypted with a customer managed KMS key
# description: >-
#   An `aws_eks_cluster` without an `encryption_config` whose `resources`
#   include "secrets" does not encrypt Kubernetes secrets under a KMS key you
#   control. Clusters on Kubernetes 1.28 and later envelope-encrypt all API
#   data with an AWS owned key by default, so what is missing is control:
#   a key policy that limits who can decrypt, rotation you own, CloudTrail
#   records of each use, and the ability to revoke access; older versions
#   keep secrets without envelope encryption at all. Dynamic blocks and
#   expressions are not judged; the finding points at `encryption_config` or
#   at the cluster.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config
#   - https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html
# custom:
#   id: VD-TF-AWS-121
#   severity: low
#   remediation: >-
#     Add `encryption_config { resources = ["secrets"] provider { key_arn =
#     aws_kms_key.eks.arn } }` to the cluster.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EKS.3"]
#     NIST-800-53: ["SC-28", "SC-12"]
#   example: |
#     resource "aws_eks_cluster" "main" {
#       name     = "main"
#       role_arn = aws_iam_role.eks.arn
#       vpc_config {
#         subnet_ids = var.subnet_ids
#       }
#     }
package verdict.terraform.aws.eks_secrets_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

warn contains {
	"msg": sprintf("EKS cluster %q does not encrypt Kubernetes secrets with a customer managed KMS key", [r.address]),
	"path": aws.arg_path(r, ["encryption_config"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_eks_cluster")
	not r.config.dynamic.encryption_config
	not aws.unknown_at(r, ["encryption_config"])
	not encrypts_secrets(r)
}

encrypts_secrets(r) if {
	is_array(r.config.encryption_config)
	some c in r.config.encryption_config
	some x in resources(c)
	x == "secrets"
}

resources(c) := c.resources if is_array(c.resources)

resources(c) := ["secrets"] if tf.unknown(c.resources)
