package verdict.cloudformation.cloudfront_viewer_https_test

import data.verdict.cloudformation.cloudfront_viewer_https as cf
import rego.v1

dist(default_policy, path_policy) := {"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {
	"Enabled": true,
	"DefaultCacheBehavior": {"TargetOriginId": "o", "ViewerProtocolPolicy": default_policy},
	"CacheBehaviors": [{"PathPattern": "/api/*", "TargetOriginId": "o", "ViewerProtocolPolicy": path_policy}],
}}}}}

test_allow_all_fires if {
	some r in cf.deny with input as dist("allow-all", "https-only")
	r.path == ["Resources", "Cdn", "Properties", "DistributionConfig", "DefaultCacheBehavior", "ViewerProtocolPolicy"]
	r.resource == "Cdn"
	some s in cf.deny with input as dist("redirect-to-https", "allow-all")
	s.path == ["Resources", "Cdn", "Properties", "DistributionConfig", "CacheBehaviors", 0, "ViewerProtocolPolicy"]
	contains(s.msg, "/api/*")
}

test_https_passes if {
	count(cf.deny) == 0 with input as dist("redirect-to-https", "https-only")
}

test_unknown_passes if {
	count(cf.deny) == 0 with input as dist({"Ref": "Policy"}, {"Fn::If": ["Tls", "https-only", "allow-all"]})
}
