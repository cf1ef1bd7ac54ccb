# METADATA
# title: DocumentDB cluster not encrypted at rest
# description: >-
#   An `aws_docdb_cluster` with `storage_encrypted` false or unset (the default)
#   stores its data, indexes, backups and snapshots unencrypted; encryption
#   cannot be turned on for an existing cluster. Clusters restored from a
#   snapshot (`snapshot_identifier`, which inherit its encryption) are not
#   judged. Reported at `storage_encrypted`, else the resource.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted
#   - https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/documentdb-controls.html#documentdb-1
# custom:
#   id: VD-TF-AWS-105
#   severity: high
#   remediation: >-
#     Set `storage_encrypted = true` (and `kms_key_id` for a customer managed
#     key).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["DocumentDB.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_docdb_cluster" "docs" {
#       cluster_identifier = "docs"
#       engine             = "docdb"
#     }
package verdict.terraform.aws.docdb_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["storage_encrypted"]

deny contains {
	"msg": sprintf("%s is not encrypted at rest", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_docdb_cluster")
	not restored(r)
	v := aws.value(r, keys, false)
	aws.is_false(v)
}

restored(r) if aws.value(r, ["snapshot_identifier"], "") != ""

restored(r) if aws.unknown_at(r, ["snapshot_identifier"])
