package verdict.kubernetes.seccomp_unconfined_test

import data.verdict.kubernetes.seccomp_unconfined
import rego.v1

pod(pod_sc, container_sc) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"securityContext": pod_sc, "containers": [{"name": "app", "image": "x:1", "securityContext": container_sc}]}}

test_pod_unconfined_fires if {
	some r in seccomp_unconfined.deny with input as pod({"seccompProfile": {"type": "Unconfined"}}, {})
	r.path == ["spec", "securityContext", "seccompProfile", "type"]
}

test_container_unconfined_fires if {
	some r in seccomp_unconfined.deny with input as pod({"seccompProfile": {"type": "RuntimeDefault"}}, {"seccompProfile": {"type": "Unconfined"}})
	r.path == ["spec", "containers", 0, "securityContext", "seccompProfile", "type"]
}

test_runtime_default_or_unset_passes if {
	count(seccomp_unconfined.deny) == 0 with input as pod({"seccompProfile": {"type": "RuntimeDefault"}}, {})
	count(seccomp_unconfined.deny) == 0 with input as pod({}, {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}})
	count(seccomp_unconfined.deny) == 0 with input as pod({}, {})
}
