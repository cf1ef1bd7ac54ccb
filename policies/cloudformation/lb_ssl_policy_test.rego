package verdict.cloudformation.lb_ssl_policy_test

import data.verdict.cloudformation.lb_ssl_policy as tls
import rego.v1

listener(protocol, policy) := {"Resources": {"Https": {"Type": "AWS::ElasticLoadBalancingV2::Listener", "Properties": {
	"LoadBalancerArn": {"Ref": "Alb"},
	"Protocol": protocol,
	"Port": 443,
	"SslPolicy": policy,
}}}}

test_outdated_policy_fires if {
	some r in tls.deny with input as listener("HTTPS", "ELBSecurityPolicy-2016-08")
	r.path == ["Resources", "Https", "Properties", "SslPolicy"]
	r.resource == "Https"
	count(tls.deny) == 1 with input as listener("TLS", "ELBSecurityPolicy-TLS13-1-1-2021-06")
	count(tls.deny) == 1 with input as listener("HTTPS", "ELBSecurityPolicy-FS-1-1-2019-08")
}

test_modern_policy_passes if {
	count(tls.deny) == 0 with input as listener("HTTPS", "ELBSecurityPolicy-TLS13-1-2-2021-06")
	count(tls.deny) == 0 with input as listener("HTTPS", "ELBSecurityPolicy-TLS-1-2-Ext-2018-06")
	count(tls.deny) == 0 with input as listener("TLS", "ELBSecurityPolicy-FS-1-2-Res-2020-10")
	count(tls.deny) == 0 with input as listener("HTTPS", "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04")
	count(tls.deny) == 0 with input as listener("HTTP", "ELBSecurityPolicy-2016-08")
}

test_unknown_passes if {
	count(tls.deny) == 0 with input as listener("HTTPS", {"Ref": "Policy"})
	count(tls.deny) == 0 with input as listener({"Ref": "Protocol"}, "ELBSecurityPolicy-2016-08")
	count(tls.deny) == 0 with input as listener("HTTPS", {"Fn::If": ["Legacy", "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-TLS13-1-2-2021-06"]})
}
