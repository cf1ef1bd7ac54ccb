package verdict.cloudformation.cloudtrail_cloudwatch_logs_test

import data.verdict.cloudformation.cloudtrail_cloudwatch_logs as ct
import rego.v1

trail(props) := {"Resources": {"T": {"Type": "AWS::CloudTrail::Trail", "Properties": object.union({"IsLogging": true, "S3BucketName": "logs"}, props)}}}

test_no_log_group_fires if {
	some r in ct.deny with input as trail({})
	r.path == ["Resources", "T", "Properties"]
	r.resource == "T"
}

test_log_group_passes if {
	count(ct.deny) == 0 with input as trail({"CloudWatchLogsLogGroupArn": {"Fn::GetAtt": ["Logs", "Arn"]}, "CloudWatchLogsRoleArn": {"Fn::GetAtt": ["Role", "Arn"]}})
}

test_unknown_passes if {
	count(ct.deny) == 0 with input as trail({"CloudWatchLogsLogGroupArn": {"Fn::If": ["Cw", {"Fn::GetAtt": ["Logs", "Arn"]}, {"Ref": "AWS::NoValue"}]}})
}
