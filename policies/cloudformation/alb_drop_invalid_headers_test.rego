package verdict.cloudformation.alb_drop_invalid_headers_test

import data.verdict.cloudformation.alb_drop_invalid_headers as alb
import rego.v1

lb(props) := {"Resources": {"Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": object.union({"Subnets": ["subnet-1"]}, props)}}}

attrs(value) := {"LoadBalancerAttributes": [
	{"Key": "idle_timeout.timeout_seconds", "Value": "60"},
	{"Key": "routing.http.drop_invalid_header_fields.enabled", "Value": value},
]}

test_default_fires if {
	some r in alb.deny with input as lb({})
	r.path == ["Resources", "Alb", "Properties"]
	r.resource == "Alb"
	some s in alb.deny with input as lb({"LoadBalancerAttributes": [{"Key": "idle_timeout.timeout_seconds", "Value": "60"}]})
	s.path == ["Resources", "Alb", "Properties", "LoadBalancerAttributes"]
}

test_disabled_fires if {
	some r in alb.deny with input as lb(attrs("false"))
	r.path == ["Resources", "Alb", "Properties", "LoadBalancerAttributes", 1, "Value"]
}

test_enabled_or_network_passes if {
	count(alb.deny) == 0 with input as lb(attrs("true"))
	count(alb.deny) == 0 with input as lb(attrs(true))
	count(alb.deny) == 0 with input as lb({"Type": "network"})
}

test_unknown_passes if {
	count(alb.deny) == 0 with input as lb(attrs({"Ref": "Drop"}))
	count(alb.deny) == 0 with input as lb({"LoadBalancerAttributes": {"Ref": "Attributes"}})
	count(alb.deny) == 0 with input as lb({"LoadBalancerAttributes": [{"Key": {"Ref": "K"}, "Value": "true"}]})
	count(alb.deny) == 0 with input as lb({"Type": {"Ref": "LbType"}})
}
