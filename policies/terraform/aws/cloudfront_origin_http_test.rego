package verdict.terraform.aws.cloudfront_origin_http_test

import data.verdict.terraform.aws.cloudfront_origin_http as rule
import rego.v1

dist(policy) := {"resource": {"aws_cloudfront_distribution": {"site": [{"enabled": true, "origin": [
	{"domain_name": "b.s3.amazonaws.com", "origin_id": "s3"},
	{"domain_name": "app.example.com", "origin_id": "app", "custom_origin_config": [{"origin_protocol_policy": policy}]},
]}]}}}

test_http_fires if {
	[r] := [x | some x in rule.deny] with input as dist("match-viewer")
	r.path == ["resource", "aws_cloudfront_distribution", "site", 0, "origin", 1, "custom_origin_config", 0, "origin_protocol_policy"]
	count(rule.deny) == 1 with input as dist("http-only")
}

test_https_unknown_pass if {
	count(rule.deny) == 0 with input as dist("https-only")
	count(rule.deny) == 0 with input as dist("${var.opp}")
}
