# METADATA
# title: DAX cluster endpoint without TLS
# description: >-
#   An `aws_dax_cluster` with `cluster_endpoint_encryption_type` `NONE` or unset
#   (the default) serves cached DynamoDB items to clients in plain text; the
#   setting cannot be changed on an existing cluster. Reported at
#   `cluster_endpoint_encryption_type`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#cluster_endpoint_encryption_type
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/dynamodb-controls.html#dynamodb-7
# custom:
#   id: VD-TF-AWS-093
#   severity: medium
#   remediation: >-
#     Set `cluster_endpoint_encryption_type = "TLS"` and connect with a
#     TLS-capable DAX client.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["DynamoDB.7"]
#     NIST-800-53: ["SC-8"]
#   example: |
#     resource "aws_dax_cluster" "cache" {
#       cluster_name       = "cache"
#       iam_role_arn       = aws_iam_role.dax.arn
#       node_type          = "dax.r4.large"
#       replication_factor = 3
#     }
package verdict.terraform.aws.dax_tls

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["cluster_endpoint_encryption_type"]

deny contains {
	"msg": sprintf("%s does not encrypt client connections (cluster_endpoint_encryption_type is not TLS)", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_dax_cluster")
	v := aws.value(r, keys, "NONE")
	v == "NONE"
}
