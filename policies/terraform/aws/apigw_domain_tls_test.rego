package verdict.terraform.aws.apigw_domain_tls_test

import data.verdict.terraform.aws.apigw_domain_tls as rule
import rego.v1

dn(body) := {"resource": {"aws_api_gateway_domain_name": {"api": [object.union({"domain_name": "api.example.com"}, body)]}}}

test_tls10_fires if {
	[r] := [x | some x in rule.deny] with input as dn({"security_policy": "TLS_1_0"})
	r.path == ["resource", "aws_api_gateway_domain_name", "api", 0, "security_policy"]
}

test_tls12_unset_unknown_pass if {
	count(rule.deny) == 0 with input as dn({"security_policy": "TLS_1_2"})
	count(rule.deny) == 0 with input as dn({})
	count(rule.deny) == 0 with input as dn({"security_policy": "${var.policy}"})
}
