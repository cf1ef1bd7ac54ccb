package verdict.cloudformation.ec2_block_device_encryption_test

import data.verdict.cloudformation.ec2_block_device_encryption as bdm
import rego.v1

instance(ebs) := {"Resources": {"Web": {"Type": "AWS::EC2::Instance", "Properties": {"ImageId": "ami-1", "BlockDeviceMappings": [
	{"DeviceName": "/dev/sdb", "VirtualName": "ephemeral0"},
	{"DeviceName": "/dev/xvda", "Ebs": ebs},
]}}}}

test_unencrypted_mapping_fires if {
	some r in bdm.deny with input as instance({"VolumeSize": 50})
	r.path == ["Resources", "Web", "Properties", "BlockDeviceMappings", 1, "Ebs"]
	r.resource == "Web"
	contains(r.msg, "/dev/xvda")
	some s in bdm.deny with input as instance({"VolumeSize": 50, "Encrypted": "false", "SnapshotId": "snap-1"})
	s.path == ["Resources", "Web", "Properties", "BlockDeviceMappings", 1, "Ebs", "Encrypted"]
}

test_launch_template_and_configuration_fire if {
	lt := {"Resources": {"Lt": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"BlockDeviceMappings": [{"Ebs": {"VolumeSize": 8}}]}}}}}
	some r in bdm.deny with input as lt
	r.path == ["Resources", "Lt", "Properties", "LaunchTemplateData", "BlockDeviceMappings", 0, "Ebs"]
	contains(r.msg, "a device")
	lc := {"Resources": {"Lc": {"Type": "AWS::AutoScaling::LaunchConfiguration", "Properties": {"BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"Encrypted": false}}]}}}}
	some s in bdm.deny with input as lc
	contains(s.msg, "launch configuration")
}

test_encrypted_or_snapshot_passes if {
	count(bdm.deny) == 0 with input as instance({"VolumeSize": 50, "Encrypted": true})
	count(bdm.deny) == 0 with input as instance({"SnapshotId": "snap-1"})
}

test_unknown_passes if {
	count(bdm.deny) == 0 with input as instance({"Encrypted": {"Ref": "Encrypt"}})
	count(bdm.deny) == 0 with input as instance({"Encrypted": {"Fn::If": ["Enc", true, false]}})
	count(bdm.deny) == 0 with input as instance({"Fn::If": ["Enc", {"Encrypted": true}, {}]})
}
