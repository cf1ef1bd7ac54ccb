package verdict.kubernetes.apiserver_insecure_port_test

import data.verdict.kubernetes.apiserver_insecure_port
import rego.v1

apiserver(command) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.18.0", "command": command}]}}

test_insecure_port_fires if {
	some r in apiserver_insecure_port.deny with input as apiserver(["kube-apiserver", "--insecure-port=8080"])
	r.path == ["spec", "containers", 0, "command", 1]
}

test_public_bind_address_fires if {
	count(apiserver_insecure_port.deny) == 2 with input as apiserver(["kube-apiserver", "--insecure-port=8080", "--insecure-bind-address=0.0.0.0"])
	count(apiserver_insecure_port.deny) == 1 with input as apiserver(["kube-apiserver", "--insecure-bind-address=0.0.0.0"])
}

test_disabled_or_absent_passes if {
	count(apiserver_insecure_port.deny) == 0 with input as apiserver(["kube-apiserver", "--insecure-port=0"])
	count(apiserver_insecure_port.deny) == 0 with input as apiserver(["kube-apiserver", "--insecure-port=0", "--insecure-bind-address=0.0.0.0"])
	count(apiserver_insecure_port.deny) == 0 with input as apiserver(["kube-apiserver", "--secure-port=6443"])
}

test_space_separated_port_fires if {
	some r in apiserver_insecure_port.deny with input as apiserver(["kube-apiserver", "--insecure-port", "8080"])
	contains(r.msg, "--insecure-port=8080")
	count(apiserver_insecure_port.deny) == 0 with input as apiserver(["kube-apiserver", "--insecure-port", "0"])
}
