package verdict.terraform.aws.guardduty_protection_disabled_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.guardduty_protection_disabled as rule
import rego.v1

test_disabled_feature_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_guardduty_detector_feature", {"name": "S3_DATA_EVENTS", "status": "DISABLED"})
	r.path == ["resource", "aws_guardduty_detector_feature", "this", 0, "status"]
	contains(r.msg, "S3_DATA_EVENTS")
}

test_disabled_additional_configuration_fires if {
	inp := fx.hcl("aws_guardduty_detector_feature", {"name": "RUNTIME_MONITORING", "status": "ENABLED", "additional_configuration": [{"name": "EKS_ADDON_MANAGEMENT", "status": "ENABLED"}, {"name": "ECS_FARGATE_AGENT_MANAGEMENT", "status": "DISABLED"}]})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_guardduty_detector_feature", "this", 0, "additional_configuration", 1, "status"]
}

test_detector_datasources_fire if {
	inp := fx.hcl("aws_guardduty_detector", {"datasources": [{
		"s3_logs": [{"enable": false}],
		"kubernetes": [{"audit_logs": [{"enable": true}]}],
		"malware_protection": [{"scan_ec2_instance_with_findings": [{"ebs_volumes": [{"enable": false}]}]}],
	}]})
	findings := rule.deny with input as inp
	{r.path | some r in findings} == {
		["resource", "aws_guardduty_detector", "this", 0, "datasources", 0, "s3_logs", 0, "enable"],
		["resource", "aws_guardduty_detector", "this", 0, "datasources", 0, "malware_protection", 0, "scan_ec2_instance_with_findings", 0, "ebs_volumes", 0, "enable"],
	}
}

test_enabled_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_guardduty_detector_feature", {"name": "EKS_AUDIT_LOGS", "status": "ENABLED"})
	count(rule.deny) == 0 with input as fx.hcl("aws_guardduty_detector_feature", {"name": "EKS_AUDIT_LOGS", "status": "${var.status}"})
	count(rule.deny) == 0 with input as fx.hcl("aws_guardduty_detector", {"datasources": [{"s3_logs": [{"enable": "${var.s3}"}]}]})
}
