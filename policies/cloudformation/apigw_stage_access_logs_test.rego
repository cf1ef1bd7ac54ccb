package verdict.cloudformation.apigw_stage_access_logs_test

import data.verdict.cloudformation.apigw_stage_access_logs as apigw
import rego.v1

stage(props) := {"Resources": {"Prod": {"Type": "AWS::ApiGateway::Stage", "Properties": object.union({"RestApiId": {"Ref": "Api"}, "StageName": "prod"}, props)}}}

v2(props) := {"Resources": {"Prod": {"Type": "AWS::ApiGatewayV2::Stage", "Properties": object.union({"ApiId": {"Ref": "Api"}, "StageName": "$default"}, props)}}}

test_no_access_logs_warns if {
	some r in apigw.warn with input as stage({})
	r.path == ["Resources", "Prod", "Properties"]
	r.resource == "Prod"
	some s in apigw.warn with input as v2({"AccessLogSettings": {"Format": "$context.requestId"}})
	s.path == ["Resources", "Prod", "Properties", "AccessLogSettings"]
}

test_access_logs_pass if {
	count(apigw.warn) == 0 with input as stage({"AccessLogSetting": {"DestinationArn": {"Fn::GetAtt": ["Logs", "Arn"]}, "Format": "$context.requestId"}})
	count(apigw.warn) == 0 with input as v2({"AccessLogSettings": {"DestinationArn": "arn:aws:logs:us-east-1:1:log-group:api"}})
}

test_unknown_passes if {
	count(apigw.warn) == 0 with input as stage({"AccessLogSetting": {"Fn::If": ["Log", {"DestinationArn": "arn:aws:logs:x"}, {"Ref": "AWS::NoValue"}]}})
	count(apigw.warn) == 0 with input as v2({"AccessLogSettings": {"DestinationArn": {"Ref": "LogGroupArn"}}})
}
