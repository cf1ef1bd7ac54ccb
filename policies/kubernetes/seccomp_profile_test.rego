package verdict.kubernetes.seccomp_profile_test

import data.verdict.kubernetes.seccomp_profile
import rego.v1

pod(spec, container) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": object.union({"containers": [object.union({"name": "app", "image": "x:1"}, container)]}, spec)}

test_unset_fires if {
	some r in seccomp_profile.warn with input as pod({}, {})
	r.path == ["spec", "containers", 0]
}

test_container_security_context_without_profile_fires_there if {
	some r in seccomp_profile.warn with input as pod({}, {"securityContext": {"runAsNonRoot": true}})
	r.path == ["spec", "containers", 0, "securityContext"]
}

test_legacy_annotation_does_not_count if {
	p := object.union(pod({}, {}), {"metadata": {"name": "web", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}}})
	count(seccomp_profile.warn) == 1 with input as p
}

test_pod_runtime_default_passes if {
	count(seccomp_profile.warn) == 0 with input as pod({"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, {})
}

test_container_localhost_passes if {
	count(seccomp_profile.warn) == 0 with input as pod({}, {"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}})
}

test_unconfined_left_to_vd_k8s_010 if {
	count(seccomp_profile.warn) == 0 with input as pod({"securityContext": {"seccompProfile": {"type": "Unconfined"}}}, {})
}

test_windows_pod_exempt if {
	count(seccomp_profile.warn) == 0 with input as pod({"os": {"name": "windows"}}, {})
}
