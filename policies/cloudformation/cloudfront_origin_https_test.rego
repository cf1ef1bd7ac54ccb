package verdict.cloudformation.cloudfront_origin_https_test

import data.verdict.cloudformation.cloudfront_origin_https as cf
import rego.v1

dist(policy) := {"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {"Origins": [
	{"Id": "assets", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {}},
	{"Id": "app", "DomainName": "app.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": policy}},
]}}}}}

test_http_only_fires if {
	some r in cf.deny with input as dist("http-only")
	r.path == ["Resources", "Cdn", "Properties", "DistributionConfig", "Origins", 1, "CustomOriginConfig", "OriginProtocolPolicy"]
	r.resource == "Cdn"
	contains(r.msg, "\"app\"")
}

test_https_passes if {
	count(cf.deny) == 0 with input as dist("https-only")
	count(cf.deny) == 0 with input as dist("match-viewer")
}

test_unknown_passes if {
	count(cf.deny) == 0 with input as dist({"Ref": "OriginPolicy"})
	count(cf.deny) == 0 with input as dist({"Fn::If": ["Tls", "https-only", "http-only"]})
}
