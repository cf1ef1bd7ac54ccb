package verdict.cloudformation.lb_access_logs_test

import data.verdict.cloudformation.lb_access_logs as logs
import rego.v1

alb(props) := {"Resources": {"Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": object.union({"Subnets": ["subnet-1"]}, props)}}}

clb(props) := {"Resources": {"Clb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": object.union({"Listeners": []}, props)}}}

test_alb_without_logs_warns if {
	some r in logs.warn with input as alb({})
	r.path == ["Resources", "Alb", "Properties"]
	r.resource == "Alb"
	some s in logs.warn with input as alb({"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": "false"}]})
	s.path == ["Resources", "Alb", "Properties", "LoadBalancerAttributes", 0, "Value"]
}

test_classic_without_logs_warns if {
	some r in logs.warn with input as clb({})
	r.path == ["Resources", "Clb", "Properties"]
	some s in logs.warn with input as clb({"AccessLoggingPolicy": {"Enabled": false, "S3BucketName": "logs"}})
	s.path == ["Resources", "Clb", "Properties", "AccessLoggingPolicy", "Enabled"]
}

test_logging_passes if {
	count(logs.warn) == 0 with input as alb({"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": "logs"}]})
	count(logs.warn) == 0 with input as clb({"AccessLoggingPolicy": {"Enabled": true, "S3BucketName": "logs"}})
	count(logs.warn) == 0 with input as alb({"Type": "network"})
}

test_unknown_passes if {
	count(logs.warn) == 0 with input as alb({"LoadBalancerAttributes": [{"Key": "access_logs.s3.enabled", "Value": {"Ref": "Logs"}}]})
	count(logs.warn) == 0 with input as clb({"AccessLoggingPolicy": {"Fn::If": ["Log", {"Enabled": true}, {"Ref": "AWS::NoValue"}]}})
}
