package verdict.kubernetes.apiserver_anonymous_auth_test

import data.verdict.kubernetes.apiserver_anonymous_auth
import rego.v1

apiserver(command) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": command}]}}

test_anonymous_true_fires_at_the_flag if {
	some r in apiserver_anonymous_auth.deny with input as apiserver(["kube-apiserver", "--secure-port=6443", "--anonymous-auth=true"])
	r.path == ["spec", "containers", 0, "command", 2]
}

test_missing_flag_fires_at_the_command if {
	some r in apiserver_anonymous_auth.deny with input as apiserver(["kube-apiserver", "--secure-port=6443"])
	r.path == ["spec", "containers", 0, "command"]
	r.resource == "Pod/kube-system/kube-apiserver"
}

test_false_passes_and_last_flag_wins if {
	count(apiserver_anonymous_auth.deny) == 0 with input as apiserver(["kube-apiserver", "--anonymous-auth=false"])
	count(apiserver_anonymous_auth.deny) == 1 with input as apiserver(["kube-apiserver", "--anonymous-auth=false", "--anonymous-auth"])
	count(apiserver_anonymous_auth.deny) == 0 with input as apiserver(["kube-apiserver", "--anonymous-auth=true", "--anonymous-auth=false"])
}

test_structured_config_and_other_binaries_pass if {
	count(apiserver_anonymous_auth.deny) == 0 with input as apiserver(["kube-apiserver", "--authentication-config=/etc/kubernetes/authn.yaml"])
	count(apiserver_anonymous_auth.deny) == 0 with input as apiserver(["kube-scheduler", "--anonymous-auth=true"])
	count(apiserver_anonymous_auth.deny) == 0 with input as apiserver("kube-apiserver --anonymous-auth=true")
}
