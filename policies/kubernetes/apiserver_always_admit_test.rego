package verdict.kubernetes.apiserver_always_admit_test

import data.verdict.kubernetes.apiserver_always_admit
import rego.v1

apiserver(command) := {"kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.30.0", "command": command}]}}

test_always_admit_fires if {
	some r in apiserver_always_admit.deny with input as apiserver(["kube-apiserver", "--enable-admission-plugins=NodeRestriction,AlwaysAdmit"])
	r.path == ["spec", "containers", 0, "command", 1]
}

test_legacy_flag_fires if {
	count(apiserver_always_admit.deny) == 1 with input as apiserver(["kube-apiserver", "--admission-control=AlwaysAdmit"])
}

test_other_plugins_pass if {
	count(apiserver_always_admit.deny) == 0 with input as apiserver(["kube-apiserver", "--enable-admission-plugins=NodeRestriction,PodSecurity"])
	count(apiserver_always_admit.deny) == 0 with input as apiserver(["kube-apiserver"])
}
