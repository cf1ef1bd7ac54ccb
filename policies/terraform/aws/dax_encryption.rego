# METADATA
# title: DAX cluster not encrypted at rest
# description: >-
#   An `aws_dax_cluster` without `server_side_encryption { enabled = true }`
#   (disabled by default) caches DynamoDB items, logs and configuration on
#   unencrypted storage; encryption cannot be turned on for an existing cluster.
#   Reported at `enabled`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#server_side_encryption
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-3
# custom:
#   id: VD-TF-AWS-092
#   severity: medium
#   remediation: >-
#     Add `server_side_encryption { enabled = true }` (the cluster is replaced).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["DynamoDB.3"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     resource "aws_dax_cluster" "cache" {
#       cluster_name       = "cache"
#       iam_role_arn       = aws_iam_role.dax.arn
#       node_type          = "dax.r4.large"
#       replication_factor = 3
#     }
package verdict.terraform.aws.dax_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["server_side_encryption", 0, "enabled"]

deny contains {
	"msg": sprintf("%s is not encrypted at rest", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_dax_cluster")
	v := aws.value(r, keys, false)
	aws.is_false(v)
}
