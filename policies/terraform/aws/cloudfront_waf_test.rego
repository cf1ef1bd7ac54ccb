package verdict.terraform.aws.cloudfront_waf_test

import data.verdict.terraform.aws.cloudfront_waf as rule
import rego.v1

dist(body) := {"resource": {"aws_cloudfront_distribution": {"site": [object.union({"enabled": true}, body)]}}}

test_no_acl_fires if {
	[r] := [x | some x in rule.deny] with input as dist({})
	r.path == ["resource", "aws_cloudfront_distribution", "site", 0]
	[s] := [x | some x in rule.deny] with input as dist({"web_acl_id": ""})
	s.path == ["resource", "aws_cloudfront_distribution", "site", 0, "web_acl_id"]
}

test_acl_unknown_pass if {
	count(rule.deny) == 0 with input as dist({"web_acl_id": "arn:aws:wafv2:us-east-1:1:global/webacl/x/y"})
	count(rule.deny) == 0 with input as dist({"web_acl_id": "${aws_wafv2_web_acl.edge.arn}"})
}

test_plan_unknown_acl_passes if {
	inp := {
		"planned_values": {"root_module": {"resources": [{"address": "aws_cloudfront_distribution.a", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "a", "values": {"enabled": true}}]}},
		"configuration": {"root_module": {"resources": [{"address": "aws_cloudfront_distribution.a", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "a", "expressions": {"web_acl_id": {"references": ["aws_wafv2_web_acl.edge.arn", "aws_wafv2_web_acl.edge"]}}}]}},
	}
	count(rule.deny) == 0 with input as inp
}
