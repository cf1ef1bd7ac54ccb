package verdict.kubernetes.apiserver_profiling_test

import data.verdict.kubernetes.apiserver_profiling
import rego.v1

apiserver(command) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": command}]}}

test_missing_flag_fires if {
	some r in apiserver_profiling.warn with input as apiserver(["kube-apiserver"])
	r.path == ["spec", "containers", 0, "command"]
}

test_profiling_true_fires_at_flag if {
	some r in apiserver_profiling.warn with input as apiserver(["kube-apiserver", "--profiling=true"])
	r.path == ["spec", "containers", 0, "command", 1]
	count(apiserver_profiling.warn) == 1 with input as apiserver(["kube-apiserver", "--profiling"])
}

test_profiling_false_passes if {
	count(apiserver_profiling.warn) == 0 with input as apiserver(["kube-apiserver", "--profiling=false"])
	count(apiserver_profiling.warn) == 0 with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}]}}
}
