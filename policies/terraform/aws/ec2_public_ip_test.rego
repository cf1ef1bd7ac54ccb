package verdict.terraform.aws.ec2_public_ip_test

import data.verdict.terraform.aws.ec2_public_ip as rule
import rego.v1

res(type, body) := {"resource": {type: {"web": [body]}}}

test_instance_public_ip_fires if {
	[r] := [x | some x in rule.deny] with input as res("aws_instance", {"ami": "ami-1", "associate_public_ip_address": true})
	r.path == ["resource", "aws_instance", "web", 0, "associate_public_ip_address"]
	count(rule.deny) == 1 with input as res("aws_launch_configuration", {"associate_public_ip_address": "true"})
}

test_launch_template_interface_fires if {
	inp := res("aws_launch_template", {"network_interfaces": [{"associate_public_ip_address": "true"}]})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_launch_template", "web", 0, "network_interfaces", 0, "associate_public_ip_address"]
}

test_private_unset_unknown_pass if {
	count(rule.deny) == 0 with input as res("aws_instance", {"ami": "ami-1"})
	count(rule.deny) == 0 with input as res("aws_instance", {"associate_public_ip_address": false})
	count(rule.deny) == 0 with input as res("aws_instance", {"associate_public_ip_address": "${var.public}"})
	count(rule.deny) == 0 with input as res("aws_launch_template", {"network_interfaces": [{"associate_public_ip_address": "${var.p}"}]})
	count(rule.deny) == 0 with input as res("aws_launch_template", {"network_interfaces": [{"device_index": 0}]})
}
