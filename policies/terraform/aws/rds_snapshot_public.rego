# METADATA
# title: RDS snapshot shared publicly
# description: >-
#   An `aws_db_snapshot` or `aws_db_cluster_snapshot` whose `shared_accounts`
#   contains `all` can be copied and restored by any AWS account, with all the
#   data of the database (unencrypted snapshots only; encrypted snapshots cannot
#   be made public). Reported at the `all` entry.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_snapshot#shared_accounts
#   - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-1
# custom:
#   id: VD-TF-AWS-090
#   severity: critical
#   remediation: >-
#     Remove `all` from `shared_accounts` and list the account ids that need the
#     snapshot.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["RDS.1"]
#     NIST-800-53: ["AC-3"]
#     PCI-DSS-4.0: ["1.4.4"]
#   example: |
#     resource "aws_db_snapshot" "release" {
#       db_instance_identifier = aws_db_instance.app.identifier
#       db_snapshot_identifier = "release"
#       shared_accounts        = ["all"]
#     }
package verdict.terraform.aws.rds_snapshot_public

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s is shared with every AWS account (shared_accounts contains \"all\")", [r.address]),
	"path": array.concat(r.path, ["shared_accounts", i]),
	"resource": r.address,
} if {
	some r in tf.resources
	r.type in {"aws_db_snapshot", "aws_db_cluster_snapshot"}
	is_array(r.config.shared_accounts)
	some i, account in r.config.shared_accounts
	account == "all"
}
