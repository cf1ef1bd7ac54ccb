# METADATA
# title: Neptune cluster not encrypted at rest
# description: >-
#   An `aws_neptune_cluster` with `storage_encrypted` false or unset (the
#   default) stores its graph data, backups and snapshots unencrypted;
#   encryption cannot be turned on for an existing cluster. Clusters restored
#   from a snapshot or replicating another cluster (which inherit its
#   encryption) are not judged. Reported at `storage_encrypted`, else the
#   resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted
#   - https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/neptune-controls.html#neptune-1
# custom:
#   id: VD-TF-AWS-107
#   severity: high
#   remediation: >-
#     Set `storage_encrypted = true` (and `kms_key_arn` for a customer managed
#     key).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["Neptune.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_neptune_cluster" "graph" {
#       cluster_identifier = "graph"
#       engine             = "neptune"
#     }
package verdict.terraform.aws.neptune_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["storage_encrypted"]

deny contains {
	"msg": sprintf("%s is not encrypted at rest", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_neptune_cluster")
	not restored(r)
	v := aws.value(r, keys, false)
	aws.is_false(v)
}

restored(r) if {
	some key in ["snapshot_identifier", "replication_source_identifier"]
	aws.value(r, [key], "") != ""
}

restored(r) if {
	some key in ["snapshot_identifier", "replication_source_identifier"]
	aws.unknown_at(r, [key])
}
