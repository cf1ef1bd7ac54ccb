package verdict.kubernetes.apiserver_always_allow_test

import data.verdict.kubernetes.apiserver_always_allow
import rego.v1

apiserver(args) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": ["kube-apiserver"], "args": args}]}}

test_always_allow_fires_at_the_flag if {
	some r in apiserver_always_allow.deny with input as apiserver(["--secure-port=6443", "--authorization-mode=RBAC,AlwaysAllow"])
	r.path == ["spec", "containers", 0, "args", 1]
}

test_missing_mode_fires if {
	some r in apiserver_always_allow.deny with input as apiserver(["--secure-port=6443"])
	r.path == ["spec", "containers", 0, "command"]
}

test_node_rbac_or_config_passes if {
	count(apiserver_always_allow.deny) == 0 with input as apiserver(["--authorization-mode=Node,RBAC"])
	count(apiserver_always_allow.deny) == 0 with input as apiserver(["--authorization-config=/etc/kubernetes/authz.yaml"])
}

test_static_pod_in_a_daemonset_template if {
	ds := {"kind": "DaemonSet", "metadata": {"name": "cp"}, "spec": {"template": {"spec": {"containers": [{"name": "api", "image": "x:1", "command": ["/usr/local/bin/kube-apiserver", "--authorization-mode=AlwaysAllow"]}]}}}}
	some r in apiserver_always_allow.deny with input as ds
	r.path == ["spec", "template", "spec", "containers", 0, "command", 1]
}

test_space_separated_value_fires if {
	some r in apiserver_always_allow.deny with input as apiserver(["--authorization-mode", "AlwaysAllow"])
	r.path == ["spec", "containers", 0, "args", 0]
}
