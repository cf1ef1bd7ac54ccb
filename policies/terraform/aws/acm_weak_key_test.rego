package verdict.terraform.aws.acm_weak_key_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.acm_weak_key as rule
import rego.v1

test_rsa_1024_fires if {
	[r] := [x | some x in rule.deny] with input as fx.hcl("aws_acm_certificate", {"domain_name": "example.com", "key_algorithm": "RSA_1024"})
	r.path == ["resource", "aws_acm_certificate", "this", 0, "key_algorithm"]
}

test_strong_or_default_key_passes if {
	count(rule.deny) == 0 with input as fx.hcl("aws_acm_certificate", {"domain_name": "example.com"})
	count(rule.deny) == 0 with input as fx.hcl("aws_acm_certificate", {"key_algorithm": "EC_prime256v1"})
}
