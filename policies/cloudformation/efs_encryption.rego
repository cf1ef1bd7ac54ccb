# METADATA
# title: EFS file system not encrypted at rest
# description: >-
#   An `AWS::EFS::FileSystem` without `Encrypted: true` stores its files and
#   metadata unencrypted (CloudFormation creates unencrypted file systems
#   unless told otherwise), and encryption cannot be enabled on an existing
#   file system.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-filesystem.html#cfn-efs-filesystem-encrypted
#   - https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
# custom:
#   id: VD-CFN-048
#   severity: medium
#   remediation: >-
#     Set `Encrypted: true` (and `KmsKeyId` for a customer managed key) on the
#     file system; copy the data of an existing one to a new encrypted file
#     system.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["2.4.1"]
#     AWS-FSBP: ["EFS.1"]
#     NIST-800-53: ["SC-28"]
#   example: |
#     Resources:
#       Shared:
#         Type: AWS::EFS::FileSystem
#         Properties:
#           PerformanceMode: generalPurpose
package verdict.cloudformation.efs_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("EFS file system %q is not encrypted at rest", [r.name]),
	"path": p.prop_path(r, "Encrypted"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EFS::FileSystem")
	cfn.never_true(r.properties, "Encrypted")
}
