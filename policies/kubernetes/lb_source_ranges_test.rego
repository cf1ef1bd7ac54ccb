package verdict.kubernetes.lb_source_ranges_test

import data.verdict.kubernetes.lb_source_ranges
import rego.v1

svc(annotations, spec) := {"kind": "Service", "metadata": {"name": "db", "namespace": "data", "annotations": annotations}, "spec": object.union({"type": "LoadBalancer", "ports": [{"port": 5432}]}, spec)}

test_open_load_balancer_fires if {
	some r in lb_source_ranges.warn with input as svc({}, {})
	r.path == ["spec", "type"]
	r.resource == "Service/data/db"
}

test_source_ranges_pass if {
	count(lb_source_ranges.warn) == 0 with input as svc({}, {"loadBalancerSourceRanges": ["10.0.0.0/8"]})
	count(lb_source_ranges.warn) == 0 with input as svc({"service.beta.kubernetes.io/load-balancer-source-ranges": "10.0.0.0/8"}, {})
}

test_internal_load_balancers_pass if {
	count(lb_source_ranges.warn) == 0 with input as svc({"networking.gke.io/load-balancer-type": "Internal"}, {})
	count(lb_source_ranges.warn) == 0 with input as svc({"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal"}, {})
	count(lb_source_ranges.warn) == 1 with input as svc({"service.beta.kubernetes.io/azure-load-balancer-internal": "false"}, {})
}

test_other_types_and_empty_ranges if {
	count(lb_source_ranges.warn) == 0 with input as svc({}, {"type": "ClusterIP"})
	count(lb_source_ranges.warn) == 1 with input as svc({}, {"loadBalancerSourceRanges": []})
	count(lb_source_ranges.warn) == 1 with input as {"kind": "Service", "metadata": {"name": "x"}, "spec": {"type": "LoadBalancer"}}
}
