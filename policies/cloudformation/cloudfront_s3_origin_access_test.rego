package verdict.cloudformation.cloudfront_s3_origin_access_test

import data.verdict.cloudformation.cloudfront_s3_origin_access as cf
import rego.v1

dist(origin) := {"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {"Origins": [
	{"Id": "app", "DomainName": "app.example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}},
	object.union({"Id": "assets", "DomainName": "b.s3.amazonaws.com"}, origin),
]}}}}}

test_anonymous_s3_origin_fires if {
	some r in cf.deny with input as dist({"S3OriginConfig": {}})
	r.path == ["Resources", "Cdn", "Properties", "DistributionConfig", "Origins", 1, "S3OriginConfig"]
	r.resource == "Cdn"
	count(cf.deny) == 1 with input as dist({"S3OriginConfig": {"OriginAccessIdentity": ""}, "OriginAccessControlId": ""})
}

test_oac_or_oai_passes if {
	count(cf.deny) == 0 with input as dist({"S3OriginConfig": {"OriginAccessIdentity": ""}, "OriginAccessControlId": {"Fn::GetAtt": ["Oac", "Id"]}})
	count(cf.deny) == 0 with input as dist({"S3OriginConfig": {"OriginAccessIdentity": {"Fn::Sub": "origin-access-identity/cloudfront/${Oai}"}}})
}

test_unknown_passes if {
	count(cf.deny) == 0 with input as dist({"S3OriginConfig": {}, "OriginAccessControlId": {"Ref": "Oac"}})
	count(cf.deny) == 0 with input as dist({"S3OriginConfig": {"OriginAccessIdentity": {"Fn::If": ["Private", "origin-access-identity/cloudfront/E1", ""]}}})
}
