package verdict.terraform.aws.cloudfront_s3_origin_access_test

import data.verdict.terraform.aws.cloudfront_s3_origin_access as rule
import rego.v1

dist(origin) := {"resource": {"aws_cloudfront_distribution": {"site": [{"enabled": true, "origin": [origin]}]}}}

test_anonymous_s3_origin_fires if {
	[r] := [x | some x in rule.deny] with input as dist({"domain_name": "${aws_s3_bucket.site.bucket_regional_domain_name}", "origin_id": "s3"})
	r.path == ["resource", "aws_cloudfront_distribution", "site", 0, "origin", 0]
	count(rule.deny) == 1 with input as dist({"domain_name": "site.s3.eu-west-1.amazonaws.com", "s3_origin_config": [{"origin_access_identity": ""}]})
}

test_oac_oai_custom_unknown_pass if {
	count(rule.deny) == 0 with input as dist({"domain_name": "site.s3.amazonaws.com", "origin_access_control_id": "${aws_cloudfront_origin_access_control.s3.id}"})
	count(rule.deny) == 0 with input as dist({"domain_name": "site.s3.amazonaws.com", "s3_origin_config": [{"origin_access_identity": "origin-access-identity/cloudfront/E1"}]})
	count(rule.deny) == 0 with input as dist({"domain_name": "site.s3-website-eu-west-1.amazonaws.com", "custom_origin_config": [{"origin_protocol_policy": "http-only"}]})
	count(rule.deny) == 0 with input as dist({"domain_name": "app.example.com"})
	count(rule.deny) == 0 with input as dist({"domain_name": "${var.origin_domain}"})
}
