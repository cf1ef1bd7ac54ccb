package verdict.terraform.aws.ami_launch_permission_public_test

import data.verdict.terraform.aws.ami_launch_permission_public as rule
import rego.v1

perm(body) := {"resource": {"aws_ami_launch_permission": {"p": [object.union({"image_id": "ami-1"}, body)]}}}

test_group_all_fires if {
	[r] := [x | some x in rule.deny] with input as perm({"group": "all"})
	r.path == ["resource", "aws_ami_launch_permission", "p", 0, "group"]
}

test_account_unknown_pass if {
	count(rule.deny) == 0 with input as perm({"account_id": "123456789012"})
	count(rule.deny) == 0 with input as perm({"group": "${var.group}"})
}
