# METADATA
# title: DocumentDB cluster storage not encrypted
# description: >-
#   An `AWS::DocDB::DBCluster` without `StorageEncrypted: true` (the default
#   is false) stores its data, automated backups, snapshots and replicas
#   unencrypted, and encryption cannot be turned on for an existing cluster
#   without restoring it from a snapshot. Reported at `StorageEncrypted` when
#   it is written, else at the cluster's Properties; a cluster restored from a
#   snapshot (`SnapshotIdentifier`) inherits its encryption and is not judged
#   unless it sets `StorageEncrypted: false`.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html#cfn-docdb-dbcluster-storageencrypted
#   - https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
# custom:
#   id: VD-CFN-083
#   severity: medium
#   remediation: >-
#     Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key)
#     on the cluster; migrate an existing cluster through an encrypted
#     snapshot restore.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["DocumentDB.1"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Docs:
#         Type: AWS::DocDB::DBCluster
#         Properties:
#           MasterUsername: admin
#           MasterUserPassword: "{{resolve:secretsmanager:docdb:SecretString:password}}"
package verdict.cloudformation.docdb_storage_encrypted

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("DocumentDB cluster %q does not encrypt its storage", [r.name]),
	"path": w.path_to(r.path, r.properties, ["StorageEncrypted"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::DocDB::DBCluster")
	cfn.never_true(r.properties, "StorageEncrypted")
	not from_snapshot(r.properties)
}

from_snapshot(props) if {
	not "StorageEncrypted" in object.keys(props)
	"SnapshotIdentifier" in object.keys(props)
}
