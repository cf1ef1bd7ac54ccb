package verdict.kubernetes.selinux_options_test

import data.verdict.kubernetes.selinux_options
import rego.v1

pod(pod_opts, container_opts) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
	"securityContext": {"seLinuxOptions": pod_opts},
	"containers": [{"name": "app", "image": "x:1", "securityContext": {"seLinuxOptions": container_opts}}],
}}

test_spc_t_fires_on_the_pod if {
	some r in selinux_options.deny with input as pod({"type": "spc_t"}, {})
	r.path == ["spec", "securityContext", "seLinuxOptions", "type"]
	contains(r.msg, "spc_t")
}

test_user_and_role_fire_on_the_container if {
	results := selinux_options.deny with input as pod({}, {"user": "system_u", "role": "system_r"})
	count(results) == 2
	some r in results
	r.path == ["spec", "containers", 0, "securityContext", "seLinuxOptions", "role"]
}

test_container_types_and_level_pass if {
	count(selinux_options.deny) == 0 with input as pod({"level": "s0:c123,c456"}, {"type": "container_t"})
	count(selinux_options.deny) == 0 with input as pod({"type": "container_init_t", "user": ""}, {})
}
