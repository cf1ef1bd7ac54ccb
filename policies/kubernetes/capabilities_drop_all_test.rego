package verdict.kubernetes.capabilities_drop_all_test

import data.verdict.kubernetes.capabilities_drop_all
import rego.v1

pod(container) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [object.union({"name": "app", "image": "x:1"}, container)]}}

test_no_security_context_fires_at_the_container if {
	some r in capabilities_drop_all.warn with input as pod({})
	r.path == ["spec", "containers", 0]
}

test_partial_drop_fires_at_the_drop_list if {
	some r in capabilities_drop_all.warn with input as pod({"securityContext": {"capabilities": {"drop": ["NET_RAW"]}}})
	r.path == ["spec", "containers", 0, "securityContext", "capabilities", "drop"]
}

test_drop_all_passes if {
	count(capabilities_drop_all.warn) == 0 with input as pod({"securityContext": {"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}}})
	count(capabilities_drop_all.warn) == 0 with input as pod({"securityContext": {"capabilities": {"drop": ["all"]}}})
}

test_baseline_add_fires_under_restricted if {
	some r in capabilities_drop_all.warn with input as pod({"securityContext": {"capabilities": {"drop": ["ALL"], "add": ["CHOWN"]}}})
	r.path == ["spec", "containers", 0, "securityContext", "capabilities", "add", 0]
}

test_non_baseline_add_left_to_vd_k8s_006 if {
	count(capabilities_drop_all.warn) == 0 with input as pod({"securityContext": {"capabilities": {"drop": ["ALL"], "add": ["SYS_ADMIN"]}}})
}

test_windows_pod_exempt if {
	windows := {"kind": "Pod", "metadata": {"name": "w"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "app", "image": "x:1"}]}}
	count(capabilities_drop_all.warn) == 0 with input as windows
}
