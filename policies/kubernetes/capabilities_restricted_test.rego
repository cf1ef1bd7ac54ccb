package verdict.kubernetes.capabilities_restricted_test

import data.verdict.kubernetes.capabilities_restricted
import rego.v1

pod(add) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27", "securityContext": {"capabilities": {"drop": ["ALL"], "add": add}}}]}}

test_chown_fires if {
	some r in capabilities_restricted.warn with input as pod(["NET_BIND_SERVICE", "cap_chown"])
	r.path == ["spec", "containers", 0, "securityContext", "capabilities", "add", 1]
}

test_net_bind_service_passes if {
	count(capabilities_restricted.warn) == 0 with input as pod(["NET_BIND_SERVICE"])
}

test_beyond_baseline_is_left_to_vd_k8s_006 if {
	count(capabilities_restricted.warn) == 0 with input as pod(["SYS_ADMIN", "NET_RAW"])
}

test_windows_and_malformed_pass if {
	win := json.patch(pod(["CHOWN"]), [{"op": "add", "path": "/spec/os", "value": {"name": "windows"}}])
	count(capabilities_restricted.warn) == 0 with input as win
	count(capabilities_restricted.warn) == 0 with input as pod("CHOWN")
}
