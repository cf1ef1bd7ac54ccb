package verdict.terraform.aws.cloudfront_tls_version_test

import data.verdict.terraform.aws.cloudfront_tls_version as rule
import rego.v1

dist(vc) := {"resource": {"aws_cloudfront_distribution": {"site": [{"enabled": true, "viewer_certificate": [vc]}]}}}

test_default_and_old_fire if {
	[r] := [x | some x in rule.deny] with input as dist({"acm_certificate_arn": "${aws_acm_certificate.c.arn}", "ssl_support_method": "sni-only"})
	r.path == ["resource", "aws_cloudfront_distribution", "site", 0, "viewer_certificate", 0]
	[s] := [x | some x in rule.deny] with input as dist({"acm_certificate_arn": "arn:aws:acm:us-east-1:1:certificate/x", "minimum_protocol_version": "TLSv1.1_2016"})
	s.path == ["resource", "aws_cloudfront_distribution", "site", 0, "viewer_certificate", 0, "minimum_protocol_version"]
}

test_modern_default_cert_unknown_pass if {
	count(rule.deny) == 0 with input as dist({"acm_certificate_arn": "arn:x", "minimum_protocol_version": "TLSv1.2_2021"})
	count(rule.deny) == 0 with input as dist({"cloudfront_default_certificate": true})
	count(rule.deny) == 0 with input as dist({"acm_certificate_arn": "arn:x", "minimum_protocol_version": "${var.tls}"})
}

test_plan if {
	inp := {"planned_values": {"root_module": {"resources": [{"address": "aws_cloudfront_distribution.a", "mode": "managed", "type": "aws_cloudfront_distribution", "name": "a", "values": {"viewer_certificate": [{"acm_certificate_arn": "arn:x", "cloudfront_default_certificate": false, "iam_certificate_id": "", "minimum_protocol_version": "TLSv1"}]}}]}}}
	count(rule.deny) == 1 with input as inp
}
