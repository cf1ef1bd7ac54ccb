package verdict.terraform.aws.ec2_block_device_encryption_test

import data.verdict.terraform.aws.ec2_block_device_encryption as rule
import rego.v1

res(type, body) := {"resource": {type: {"web": [body]}}}

test_root_device_default_fires if {
	[r] := [x | some x in rule.deny] with input as res("aws_instance", {"root_block_device": [{"volume_size": 20}]})
	r.path == ["resource", "aws_instance", "web", 0, "root_block_device", 0]
	[s] := [x | some x in rule.deny] with input as res("aws_launch_configuration", {"ebs_block_device": [{"device_name": "/dev/sdb", "encrypted": false}]})
	s.path == ["resource", "aws_launch_configuration", "web", 0, "ebs_block_device", 0, "encrypted"]
}

test_launch_template_fires if {
	inp := res("aws_launch_template", {"block_device_mappings": [{"device_name": "/dev/xvda", "ebs": [{"encrypted": "false"}]}]})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_launch_template", "web", 0, "block_device_mappings", 0, "ebs", 0, "encrypted"]
}

test_encrypted_snapshot_unknown_pass if {
	count(rule.deny) == 0 with input as res("aws_instance", {"root_block_device": [{"encrypted": true}]})
	count(rule.deny) == 0 with input as res("aws_instance", {"root_block_device": [{"encrypted": "${var.enc}"}]})
	count(rule.deny) == 0 with input as res("aws_instance", {"ebs_block_device": [{"snapshot_id": "snap-1"}]})
	count(rule.deny) == 0 with input as res("aws_instance", {"ami": "ami-1"})
	count(rule.deny) == 0 with input as res("aws_launch_template", {"block_device_mappings": [{"ebs": [{"volume_size": 20}]}]})
}

test_encryption_by_default_passes if {
	inp := {"resource": {
		"aws_instance": {"web": [{"root_block_device": [{"volume_size": 20}]}]},
		"aws_ebs_encryption_by_default": {"this": [{"enabled": true}]},
	}}
	count(rule.deny) == 0 with input as inp
}

test_plan_root_device if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_instance.a", "mode": "managed", "type": "aws_instance", "name": "a", "values": {"root_block_device": [{"encrypted": false, "volume_size": 8}]}}]}}}
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["planned_values", "root_module", "resources", 0, "values", "root_block_device", 0, "encrypted"]
}
