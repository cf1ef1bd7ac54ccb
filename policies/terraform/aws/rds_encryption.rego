# METADATA
# title: RDS storage not encrypted
# description: >-
#   An `aws_db_instance` or `aws_rds_cluster` leaves `storage_encrypted`
#   false or unset (the default is false, except for Aurora Serverless v1
#   clusters), so the database storage, its automated backups, read replicas
#   and snapshots are unencrypted; encryption cannot be turned on later
#   without a snapshot-restore migration. Aurora instances (encrypted by their
#   cluster), read replicas and instances restored from a snapshot (which
#   inherit the source's encryption) are not judged.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#storage_encrypted
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
# custom:
#   id: VD-TF-AWS-009
#   severity: high
#   remediation: >-
#     Set `storage_encrypted = true` (and `kms_key_id` to a customer managed
#     key if required) on the DB instance or cluster.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["2.3.1"]
#     AWS-FSBP: ["RDS.3"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "aws_db_instance" "app" {
#       engine            = "postgres"
#       instance_class    = "db.t3.micro"
#       allocated_storage = 20
#     }
package verdict.terraform.aws.rds_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s does not encrypt its storage (storage_encrypted is not true)", [r.address]),
	"path": aws.arg_path(r, ["storage_encrypted"]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_instance", "aws_rds_cluster"}
	judged(r)
	v := aws.value(r, ["storage_encrypted"], default_encrypted(r))
	aws.is_false(v)
}

# Encryption comes from elsewhere: the source database or snapshot, or the
# Aurora cluster of an instance.
source_keys := ["replicate_source_db", "snapshot_identifier", "replication_source_identifier"]

inherits(r) if {
	some key in source_keys
	v := aws.value(r, [key], "")
	v != ""
}

inherits(r) if {
	some key in source_keys
	aws.unknown_at(r, [key])
}

inherits(r) if {
	r.type == "aws_db_instance"
	engine := aws.value(r, ["engine"], "")
	startswith(engine, "aurora")
}

judged(r) if not inherits(r)

# Aurora Serverless v1 clusters are always encrypted.
default_encrypted(r) := true if {
	r.type == "aws_rds_cluster"
	aws.value(r, ["engine_mode"], "provisioned") == "serverless"
} else := false
