package verdict.kubernetes.host_port_test

import data.verdict.kubernetes.host_port
import rego.v1

pod(ports) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "x:1", "ports": ports}]}}

test_host_port_fires if {
	some r in host_port.deny with input as pod([{"containerPort": 8080}, {"containerPort": 80, "hostPort": 80}])
	r.path == ["spec", "containers", 0, "ports", 1, "hostPort"]
	contains(r.msg, "80")
}

test_container_port_only_passes if {
	count(host_port.deny) == 0 with input as pod([{"containerPort": 80}])
}

test_zero_host_port_passes if {
	count(host_port.deny) == 0 with input as pod([{"containerPort": 80, "hostPort": 0}])
}

test_no_ports_passes if {
	count(host_port.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "x:1"}]}}
}
