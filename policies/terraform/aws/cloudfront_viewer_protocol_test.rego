package verdict.terraform.aws.cloudfront_viewer_protocol_test

import data.verdict.terraform.aws.cloudfront_viewer_protocol as rule
import rego.v1

dist(body) := {"resource": {"aws_cloudfront_distribution": {"site": [object.union({"enabled": true}, body)]}}}

test_allow_all_fires if {
	inp := dist({
		"default_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}],
		"ordered_cache_behavior": [{"path_pattern": "/a"}, {"path_pattern": "/b", "viewer_protocol_policy": "allow-all"}],
	})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_cloudfront_distribution", "site", 0, "ordered_cache_behavior", 1, "viewer_protocol_policy"]
}

test_https_unknown_pass if {
	count(rule.deny) == 0 with input as dist({"default_cache_behavior": [{"viewer_protocol_policy": "https-only"}]})
	count(rule.deny) == 0 with input as dist({"default_cache_behavior": [{"viewer_protocol_policy": "${var.vpp}"}]})
}
