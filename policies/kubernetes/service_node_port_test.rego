package verdict.kubernetes.service_node_port_test

import data.verdict.kubernetes.service_node_port
import rego.v1

svc(spec) := {"kind": "Service", "metadata": {"name": "web"}, "spec": spec}

test_node_port_fires if {
	some r in service_node_port.warn with input as svc({"type": "NodePort", "ports": [{"port": 80, "nodePort": 30080}]})
	r.path == ["spec", "type"]
}

test_cluster_ip_and_default_pass if {
	count(service_node_port.warn) == 0 with input as svc({"type": "ClusterIP"})
	count(service_node_port.warn) == 0 with input as svc({"ports": [{"port": 80}]})
	count(service_node_port.warn) == 0 with input as {"kind": "Service", "metadata": {"name": "x"}}
}

test_templated_type_passes if {
	count(service_node_port.warn) == 0 with input as svc({"type": "{{ .Values.service.type }}"})
}
