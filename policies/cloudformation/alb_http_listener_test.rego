package verdict.cloudformation.alb_http_listener_test

import data.verdict.cloudformation.alb_http_listener as alb
import rego.v1

listener(protocol, actions) := {"Resources": {"Http": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
	"LoadBalancerArn": {"Ref": "Alb"},
	"Port": 80,
	"Protocol": protocol,
	"DefaultActions": actions,
}}}}

forward := {"Type": "forward", "TargetGroupArn": {"Ref": "Targets"}}

test_http_forward_fires if {
	some r in alb.deny with input as listener("HTTP", [forward])
	r.path == ["Resources", "Http", "Properties", "Protocol"]
	r.resource == "Http"
}

test_http_fixed_response_fires if {
	count(alb.deny) == 1 with input as listener("HTTP", [{"Type": "fixed-response", "FixedResponseConfig": {"StatusCode": "404"}}])
}

test_redirect_to_https_passes if {
	redirect := {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}
	count(alb.deny) == 0 with input as listener("HTTP", [redirect])
}

test_redirect_keeping_the_protocol_fires if {
	# RedirectConfig.Protocol defaults to the request's protocol (#{protocol}).
	count(alb.deny) == 1 with input as listener("HTTP", [{"Type": "redirect", "RedirectConfig": {"Host": "www.example.com", "StatusCode": "HTTP_301"}}])
}

test_redirect_to_http_fires if {
	redirect := {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTP", "Host": "other.example.com", "StatusCode": "HTTP_302"}}
	count(alb.deny) == 1 with input as listener("HTTP", [redirect])
}

test_other_protocols_and_unknowns_pass if {
	count(alb.deny) == 0 with input as listener("HTTPS", [forward])
	count(alb.deny) == 0 with input as listener("TCP", [forward])
	count(alb.deny) == 0 with input as listener({"Ref": "Protocol"}, [forward])
	count(alb.deny) == 0 with input as listener("HTTP", [{"Type": {"Ref": "ActionType"}}])
	count(alb.deny) == 0 with input as listener("HTTP", [{"Type": "redirect", "RedirectConfig": {"Protocol": {"Ref": "P"}}}])
}
