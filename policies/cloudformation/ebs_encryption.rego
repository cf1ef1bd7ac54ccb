# METADATA
# title: EBS volume not encrypted
# description: >-
#   An `AWS::EC2::Volume` without `Encrypted: true` stores its data, and every
#   snapshot taken from it, unencrypted (unless the account happens to enforce
#   EBS encryption by default in that region). Setting it is valid for volumes
#   created from snapshots too.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html#cfn-ec2-volume-encrypted
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: VD-CFN-011
#   severity: medium
#   remediation: >-
#     Set `Encrypted: true` (and `KmsKeyId` for a customer managed key) on the
#     volume; enable EBS encryption by default in every region as well.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["2.2.1"]
#     AWS-FSBP: ["EC2.3"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Data:
#         Type: AWS::EC2::Volume
#         Properties:
#           AvailabilityZone: us-east-1a
#           Size: 100
package verdict.cloudformation.ebs_encryption

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("EBS volume %q is not encrypted", [r.name]),
	"path": finding_path(r),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::EC2::Volume")
	cfn.never_true(r.properties, "Encrypted")
}

finding_path(r) := array.concat(r.path, ["Encrypted"]) if "Encrypted" in object.keys(r.properties)

else := r.path
