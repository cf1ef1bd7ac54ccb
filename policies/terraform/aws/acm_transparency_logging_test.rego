package verdict.terraform.aws.acm_transparency_logging_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.acm_transparency_logging as rule
import rego.v1

test_disabled_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_acm_certificate", {"domain_name": "example.com", "options": [{"certificate_transparency_logging_preference": "DISABLED"}]})
	r.path == ["resource", "aws_acm_certificate", "this", 0, "options", 0, "certificate_transparency_logging_preference"]
}

test_enabled_or_default_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_acm_certificate", {"domain_name": "example.com"})
	count(rule.deny) == 0 with input as fx.hcl("aws_acm_certificate", {"options": [{"certificate_transparency_logging_preference": "ENABLED"}]})
}
