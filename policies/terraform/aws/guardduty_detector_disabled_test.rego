package verdict.terraform.aws.guardduty_detector_disabled_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.guardduty_detector_disabled as rule
import rego.v1

test_disabled_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_guardduty_detector", {"enable": false})
	r.path == ["resource", "aws_guardduty_detector", "this", 0, "enable"]
	count(rule.deny) == 1 with input as fx.plan("aws_guardduty_detector", {"enable": false}, {})
}

test_enabled_default_or_unknown_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_guardduty_detector", {})
	count(rule.deny) == 0 with input as fx.hcl("aws_guardduty_detector", {"enable": true})
	count(rule.deny) == 0 with input as fx.hcl("aws_guardduty_detector", {"enable": "${var.on}"})
}
