package verdict.cloudformation.cloudfront_tls_version_test

import data.verdict.cloudformation.cloudfront_tls_version as cf
import rego.v1

dist(cert) := {"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {"Enabled": true, "ViewerCertificate": cert}}}}}

acm := {"AcmCertificateArn": "arn:aws:acm:us-east-1:1:certificate/x", "SslSupportMethod": "sni-only"}

test_old_tls_fires if {
	some r in cf.deny with input as dist(object.union(acm, {"MinimumProtocolVersion": "TLSv1"}))
	r.path == ["Resources", "Cdn", "Properties", "DistributionConfig", "ViewerCertificate", "MinimumProtocolVersion"]
	r.resource == "Cdn"
	count(cf.deny) == 1 with input as dist(object.union(acm, {"MinimumProtocolVersion": "TLSv1.1_2016"}))
}

test_modern_or_default_certificate_passes if {
	count(cf.deny) == 0 with input as dist(object.union(acm, {"MinimumProtocolVersion": "TLSv1.2_2021"}))
	count(cf.deny) == 0 with input as dist({"CloudFrontDefaultCertificate": true, "MinimumProtocolVersion": "TLSv1"})
	count(cf.deny) == 0 with input as dist({"CloudFrontDefaultCertificate": true})
}

test_unknown_passes if {
	count(cf.deny) == 0 with input as dist(object.union(acm, {"MinimumProtocolVersion": {"Ref": "Tls"}}))
	count(cf.deny) == 0 with input as dist(object.union(acm, {"MinimumProtocolVersion": {"Fn::If": ["Old", "TLSv1", "TLSv1.2_2021"]}}))
}
