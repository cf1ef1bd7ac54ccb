package verdict.cloudformation.s3_public_acl_test

import data.verdict.cloudformation.s3_public_acl as acl
import rego.v1

bucket(props) := {"Resources": {"Site": {"Type": "AWS::S3::Bucket", "Properties": props}}}

test_public_acl_fires if {
	some r in acl.deny with input as bucket({"AccessControl": "PublicRead"})
	r.path == ["Resources", "Site", "Properties", "AccessControl"]
	count(acl.deny) == 1 with input as bucket({"AccessControl": "PublicReadWrite"})
}

test_private_passes if {
	count(acl.deny) == 0 with input as bucket({"AccessControl": "Private"})
	count(acl.deny) == 0 with input as bucket({"AccessControl": "LogDeliveryWrite"})
	count(acl.deny) == 0 with input as bucket({})
}

test_unknown_passes if {
	count(acl.deny) == 0 with input as bucket({"AccessControl": {"Ref": "Acl"}})
	count(acl.deny) == 0 with input as bucket({"AccessControl": {"Fn::If": ["Public", "PublicRead", "Private"]}})
}
