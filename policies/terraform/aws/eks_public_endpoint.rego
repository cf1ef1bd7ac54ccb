# METADATA
# title: EKS cluster API endpoint open to the internet
# description: >-
#   An `aws_eks_cluster` whose `vpc_config` keeps `endpoint_public_access`
#   enabled (the default) with `public_access_cidrs` containing 0.0.0.0/0 (the
#   default when unset) exposes the Kubernetes API server to the whole
#   internet.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#vpc_config
#   - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
# custom:
#   id: VD-TF-AWS-019
#   severity: high
#   remediation: >-
#     In `vpc_config`, set `endpoint_private_access = true` and
#     `endpoint_public_access = false`, or restrict `public_access_cidrs` to
#     the networks that administer the cluster.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["EKS.1"]
#     NIST-800-53: ["SC-7", "AC-3"]
#   example: |
#     resource "aws_eks_cluster" "main" {
#       name     = "main"
#       role_arn = aws_iam_role.eks.arn
#       vpc_config {
#         subnet_ids = var.subnet_ids
#       }
#     }
package verdict.terraform.aws.eks_public_endpoint

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

public := ["vpc_config", 0, "endpoint_public_access"]

cidrs := ["vpc_config", 0, "public_access_cidrs"]

deny contains {
	"msg": sprintf("EKS cluster %q exposes its API endpoint publicly to %s", [r.address, cidr]),
	"path": path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_eks_cluster")
	is_array(r.config.vpc_config)
	enabled := aws.value(r, public, true)
	aws.is_true(enabled)
	some [cidr, path] in open_cidrs(r)
}

open_cidrs(r) := {[c, array.concat(r.path, array.concat(cidrs, [i]))] |
	some i, c in aws.value(r, cidrs, [])
	aws.open_cidr(c)
} if {
	is_array(aws.value(r, cidrs, []))
	count(aws.value(r, cidrs, [])) > 0
} else := {["0.0.0.0/0", aws.arg_path(r, cidrs)]} if {
	# Unset (or empty, which the provider treats as unset): AWS allows 0.0.0.0/0.
	aws.value(r, cidrs, []) == []
}
