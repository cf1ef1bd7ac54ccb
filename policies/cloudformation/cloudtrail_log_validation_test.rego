package verdict.cloudformation.cloudtrail_log_validation_test

import data.verdict.cloudformation.cloudtrail_log_validation as ct
import rego.v1

trail(props) := {"Resources": {"Trail": {"Type": "AWS::CloudTrail::Trail", "Properties": object.union({"IsLogging": true, "S3BucketName": "logs"}, props)}}}

test_default_fires if {
	some r in ct.deny with input as trail({})
	r.path == ["Resources", "Trail", "Properties"]
}

test_explicit_false_fires if {
	some r in ct.deny with input as trail({"EnableLogFileValidation": "false"})
	r.path == ["Resources", "Trail", "Properties", "EnableLogFileValidation"]
}

test_enabled_passes if {
	count(ct.deny) == 0 with input as trail({"EnableLogFileValidation": true})
	count(ct.deny) == 0 with input as trail({"EnableLogFileValidation": {"Fn::If": ["Validate", true, false]}})
}
