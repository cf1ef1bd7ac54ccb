# METADATA
# title: EKS node group SSH open to the internet
# description: >-
#   An `aws_eks_node_group` whose `remote_access` sets `ec2_ssh_key` without
#   `source_security_group_ids` has EKS open port 22 on the worker nodes to
#   0.0.0.0/0, so every node's SSH daemon faces the internet. The finding
#   points at the `remote_access` block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group#remote_access-configuration-block
#   - https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html
# custom:
#   id: VD-TF-AWS-123
#   severity: high
#   remediation: >-
#     Set `source_security_group_ids` in `remote_access` to the security
#     groups of your bastion or administration hosts, or drop
#     `remote_access` and reach the nodes with Systems Manager.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7", "AC-17"]
#   example: |
#     resource "aws_eks_node_group" "workers" {
#       cluster_name  = aws_eks_cluster.main.name
#       node_role_arn = aws_iam_role.node.arn
#       subnet_ids    = var.subnet_ids
#       remote_access {
#         ec2_ssh_key = "ops"
#       }
#       scaling_config {
#         desired_size = 2
#         max_size     = 3
#         min_size     = 1
#       }
#     }
package verdict.terraform.aws.eks_node_group_ssh_open

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("EKS node group %q allows SSH (%s) from 0.0.0.0/0: remote_access has no source_security_group_ids", [r.address, key]),
	"path": tf.attr_path(r, ["remote_access", 0]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_eks_node_group")
	is_array(r.config.remote_access)
	key := aws.value(r, ["remote_access", 0, "ec2_ssh_key"], "")
	key != ""
	sgs := aws.value(r, ["remote_access", 0, "source_security_group_ids"], [])
	is_array(sgs)
	count(sgs) == 0
}
