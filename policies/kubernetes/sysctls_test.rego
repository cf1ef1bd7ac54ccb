package verdict.kubernetes.sysctls_test

import data.verdict.kubernetes.sysctls
import rego.v1

pod(sysctl_list) := {"kind": "Pod", "metadata": {"name": "db"}, "spec": {"securityContext": {"sysctls": sysctl_list}, "containers": [{"name": "app", "image": "x:1"}]}}

test_unsafe_sysctl_fires if {
	some r in sysctls.deny with input as pod([{"name": "net.ipv4.tcp_syncookies", "value": "1"}, {"name": "kernel.msgmax", "value": "65536"}])
	r.path == ["spec", "securityContext", "sysctls", 1, "name"]
	contains(r.msg, "kernel.msgmax")
}

test_safe_sysctls_pass if {
	count(sysctls.deny) == 0 with input as pod([{"name": "net.ipv4.ip_local_port_range", "value": "1024 65535"}, {"name": "kernel.shm_rmid_forced", "value": "1"}])
}

test_no_sysctls_pass if {
	count(sysctls.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "db"}, "spec": {"containers": [{"name": "app", "image": "x:1"}]}}
}
