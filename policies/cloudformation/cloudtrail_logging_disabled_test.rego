package verdict.cloudformation.cloudtrail_logging_disabled_test

import data.verdict.cloudformation.cloudtrail_logging_disabled as ct
import rego.v1

trail(props) := {"Resources": {"T": {"Type": "AWS::CloudTrail::Trail", "Properties": object.union({"S3BucketName": "logs"}, props)}}}

test_not_logging_fires if {
	some r in ct.deny with input as trail({"IsLogging": false})
	r.path == ["Resources", "T", "Properties", "IsLogging"]
	count(ct.deny) == 1 with input as trail({"IsLogging": "false"})
	tmpl := object.union(trail({"IsLogging": {"Ref": "Log"}}), {"Parameters": {"Log": {"Type": "String", "Default": "false"}}})
	count(ct.deny) == 1 with input as tmpl
}

test_logging_passes if {
	count(ct.deny) == 0 with input as trail({"IsLogging": true})
	count(ct.deny) == 0 with input as trail({})
}

test_unknown_passes if {
	count(ct.deny) == 0 with input as trail({"IsLogging": {"Ref": "Log"}})
	count(ct.deny) == 0 with input as trail({"IsLogging": {"Fn::If": ["On", true, false]}})
}
