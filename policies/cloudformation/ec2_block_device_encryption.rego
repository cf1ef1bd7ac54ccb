# METADATA
# title: EC2 block device mapping creates an unencrypted EBS volume
# description: >-
#   An `Ebs` entry of the `BlockDeviceMappings` of an `AWS::EC2::Instance`, an
#   `AWS::EC2::LaunchTemplate` (`LaunchTemplateData`) or an
#   `AWS::AutoScaling::LaunchConfiguration` without `Encrypted: true` creates
#   the volume unencrypted (unless the account enforces EBS encryption by
#   default in that region), and with it every snapshot taken from it. A
#   mapping that restores a `SnapshotId` inherits the snapshot's encryption
#   and is not judged unless it sets `Encrypted: false`. Reported at
#   `Encrypted` when it is written, else at the mapping's `Ebs`.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ebs.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-blockdevice.html
#   - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
# custom:
#   id: VD-CFN-052
#   severity: medium
#   remediation: >-
#     Add `Encrypted: true` (and `KmsKeyId` for a customer managed key) to the
#     mapping's `Ebs`, and enable EBS encryption by default in every region.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     Resources:
#       Web:
#         Type: AWS::EC2::Instance
#         Properties:
#           ImageId: ami-0abcdef1234567890
#           BlockDeviceMappings:
#             - DeviceName: /dev/xvda
#               Ebs:
#                 VolumeSize: 50
package verdict.cloudformation.ec2_block_device_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

mappings contains [r, ["BlockDeviceMappings", i, "Ebs"], m] if {
	some r in cfn.resources
	r.type in {"AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"}
	some i, m in w.list(r.properties.BlockDeviceMappings)
}

mappings contains [r, ["LaunchTemplateData", "BlockDeviceMappings", i, "Ebs"], m] if {
	some r in cfn.of_type("AWS::EC2::LaunchTemplate")
	data_ := cfn.value(r.properties.LaunchTemplateData)
	some i, m in w.list(data_.BlockDeviceMappings)
}

deny contains {
	"msg": sprintf("%s %q maps %s to an unencrypted EBS volume", [kind(r), r.name, device(m)]),
	"path": finding_path(r, keys, ebs),
	"resource": r.name,
} if {
	some [r, keys, m] in mappings
	is_object(m)
	ebs := cfn.value(m.Ebs)
	is_object(ebs)
	cfn.never_true(ebs, "Encrypted")
	not restores_snapshot(ebs)
}

# A snapshot's encryption carries over unless Encrypted: false is explicit.
restores_snapshot(ebs) if {
	not "Encrypted" in object.keys(ebs)
	"SnapshotId" in object.keys(ebs)
}

finding_path(r, keys, ebs) := array.concat(r.path, array.concat(keys, ["Encrypted"])) if "Encrypted" in object.keys(ebs)

else := array.concat(r.path, keys)

device(m) := sprintf("%q", [cfn.value(m.DeviceName)]) if is_string(cfn.value(m.DeviceName))

else := "a device"

kind(r) := "launch template" if r.type == "AWS::EC2::LaunchTemplate"

else := "launch configuration" if r.type == "AWS::AutoScaling::LaunchConfiguration"

else := "EC2 instance"
