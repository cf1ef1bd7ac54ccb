package verdict.kubernetes.capabilities_added_test

import data.verdict.kubernetes.capabilities_added
import rego.v1

pod(caps) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "x:1", "securityContext": {"capabilities": caps}}]}}

test_sys_admin_fires if {
	some r in capabilities_added.deny with input as pod({"add": ["CHOWN", "SYS_ADMIN"]})
	r.path == ["spec", "containers", 0, "securityContext", "capabilities", "add", 1]
	contains(r.msg, "SYS_ADMIN")
}

test_net_raw_and_prefixed_names_fire if {
	count(capabilities_added.deny) == 2 with input as pod({"add": ["net_raw", "CAP_SYS_PTRACE"]})
}

test_all_fires if {
	count(capabilities_added.deny) == 1 with input as pod({"add": ["ALL"]})
}

test_baseline_set_passes if {
	count(capabilities_added.deny) == 0 with input as pod({"add": ["NET_BIND_SERVICE", "CAP_CHOWN", "kill"], "drop": ["ALL"]})
}

test_no_add_passes if {
	count(capabilities_added.deny) == 0 with input as pod({"drop": ["ALL"]})
	count(capabilities_added.deny) == 0 with input as pod({"add": null})
}
