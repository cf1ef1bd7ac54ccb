package verdict.cloudformation.elb_classic_http_listener_test

import data.verdict.cloudformation.elb_classic_http_listener as clb
import rego.v1

elb(protocol) := {"Resources": {"Clb": {"Type": "AWS::ElasticLoadBalancing::LoadBalancer", "Properties": {"Listeners": [
	{"LoadBalancerPort": "443", "InstancePort": "80", "Protocol": "HTTPS", "SSLCertificateId": "arn:aws:acm:x"},
	{"LoadBalancerPort": "80", "InstancePort": "80", "Protocol": protocol},
]}}}}

test_http_listener_fires if {
	some r in clb.deny with input as elb("HTTP")
	r.path == ["Resources", "Clb", "Properties", "Listeners", 1, "Protocol"]
	r.resource == "Clb"
	contains(r.msg, "port 80")
	count(clb.deny) == 1 with input as elb("http")
}

test_encrypted_or_tcp_passes if {
	count(clb.deny) == 0 with input as elb("HTTPS")
	count(clb.deny) == 0 with input as elb("TCP")
}

test_unknown_passes if {
	count(clb.deny) == 0 with input as elb({"Ref": "Protocol"})
	count(clb.deny) == 0 with input as elb({"Fn::If": ["Tls", "HTTPS", "HTTP"]})
}
