package verdict.kubernetes.service_external_ips_test

import data.verdict.kubernetes.service_external_ips
import rego.v1

svc(spec) := {"kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": spec}

test_external_ip_fires if {
	some r in service_external_ips.deny with input as svc({"ports": [{"port": 80}], "externalIPs": ["203.0.113.10", "203.0.113.11"]})
	r.path == ["spec", "externalIPs", 1]
}

test_no_external_ips_pass if {
	count(service_external_ips.deny) == 0 with input as svc({"ports": [{"port": 80}]})
	count(service_external_ips.deny) == 0 with input as svc({"externalIPs": []})
	count(service_external_ips.deny) == 0 with input as svc({"externalIPs": "203.0.113.10"})
}

test_only_services if {
	count(service_external_ips.deny) == 0 with input as {"kind": "Endpoints", "metadata": {"name": "web"}, "spec": {"externalIPs": ["1.2.3.4"]}}
}
