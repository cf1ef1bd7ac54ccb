package verdict.cloudformation.cloudtrail_kms_test

import data.verdict.cloudformation.cloudtrail_kms as ct
import rego.v1

trail(props) := {"Resources": {"T": {"Type": "AWS::CloudTrail::Trail", "Properties": object.union({"IsLogging": true, "S3BucketName": "logs"}, props)}}}

test_no_key_fires if {
	some r in ct.deny with input as trail({})
	r.path == ["Resources", "T", "Properties"]
	some s in ct.deny with input as trail({"KMSKeyId": {"Ref": "AWS::NoValue"}})
	s.path == ["Resources", "T", "Properties", "KMSKeyId"]
}

test_key_passes if {
	count(ct.deny) == 0 with input as trail({"KMSKeyId": {"Ref": "TrailKey"}})
	count(ct.deny) == 0 with input as trail({"KMSKeyId": "alias/trail"})
}

test_unknown_passes if {
	count(ct.deny) == 0 with input as trail({"KMSKeyId": {"Fn::If": ["Encrypt", {"Ref": "TrailKey"}, {"Ref": "AWS::NoValue"}]}})
	count(ct.deny) == 0 with input as trail({"KMSKeyId": {"Ref": "KeyParam"}})
}
