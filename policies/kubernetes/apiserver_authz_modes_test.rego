package verdict.kubernetes.apiserver_authz_modes_test

import data.verdict.kubernetes.apiserver_authz_modes
import rego.v1

apiserver(command) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": command}]}}

test_abac_only_fires_twice if {
	found := apiserver_authz_modes.deny with input as apiserver(["kube-apiserver", "--authorization-mode=ABAC"])
	count(found) == 2
	some r in found
	r.path == ["spec", "containers", 0, "command", 1]
}

test_rbac_without_node_fires if {
	some r in apiserver_authz_modes.deny with input as apiserver(["kube-apiserver", "--authorization-mode=RBAC,Webhook"])
	contains(r.msg, "lacks Node")
}

test_node_rbac_passes if {
	count(apiserver_authz_modes.deny) == 0 with input as apiserver(["kube-apiserver", "--authorization-mode=Node,RBAC,Webhook"])
}

test_always_allow_and_missing_flag_are_vd_k8s_048s if {
	count(apiserver_authz_modes.deny) == 0 with input as apiserver(["kube-apiserver", "--authorization-mode=AlwaysAllow"])
	count(apiserver_authz_modes.deny) == 0 with input as apiserver(["kube-apiserver"])
}
