package verdict.kubernetes.apiserver_token_auth_file_test

import data.verdict.kubernetes.apiserver_token_auth_file
import rego.v1

apiserver(command) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": command}]}}

test_token_file_fires if {
	some r in apiserver_token_auth_file.deny with input as apiserver(["kube-apiserver", "--anonymous-auth=false", "--token-auth-file=/etc/kubernetes/tokens.csv"])
	r.path == ["spec", "containers", 0, "command", 2]
}

test_no_token_file_passes if {
	count(apiserver_token_auth_file.deny) == 0 with input as apiserver(["kube-apiserver", "--client-ca-file=/etc/kubernetes/pki/ca.crt"])
	count(apiserver_token_auth_file.deny) == 0 with input as apiserver(["kube-apiserver", "--token-auth-file="])
}

test_other_containers_pass if {
	count(apiserver_token_auth_file.deny) == 0 with input as apiserver(["/bin/proxy", "--token-auth-file=/x.csv"])
}
