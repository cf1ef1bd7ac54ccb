package verdict.terraform.aws.config_recorder_all_resources_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.config_recorder_all_resources as rule
import rego.v1

recorder(group) := fx.hcl("aws_config_configuration_recorder", {"role_arn": "${aws_iam_role.config.arn}", "recording_group": group})

test_subset_fires if {
	findings := rule.deny with input as recorder([{"all_supported": false, "resource_types": ["AWS::EC2::Instance"]}])
	{r.path | some r in findings} == {
		["resource", "aws_config_configuration_recorder", "this", 0, "recording_group", 0, "all_supported"],
		["resource", "aws_config_configuration_recorder", "this", 0, "recording_group", 0],
	}
}

test_no_global_resources_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_config_configuration_recorder", {"role_arn": "x"})
	r.path == ["resource", "aws_config_configuration_recorder", "this", 0]
	contains(r.msg, "global resource types")
	count(rule.deny) == 1 with input as recorder([{"all_supported": true, "include_global_resource_types": false}])
}

test_everything_recorded_or_unknown_passes if {
	count(rule.deny) == 0 with input as recorder([{"all_supported": true, "include_global_resource_types": true}])
	count(rule.deny) == 0 with input as recorder([{"include_global_resource_types": true}])
	count(rule.deny) == 0 with input as recorder("${var.recording_group}")
	count(rule.deny) == 0 with input as fx.hcl("aws_config_configuration_recorder", {"dynamic": {"recording_group": [{"for_each": "${var.g}"}]}})
}

test_plan if {
	p := fx.plan("aws_config_configuration_recorder", {"recording_group": [{"all_supported": true, "include_global_resource_types": false, "resource_types": []}]}, {})
	[r] := [x | some x in rule.deny] with input as p
	r.path == fx.plan_path(["recording_group", 0, "include_global_resource_types"])
}
