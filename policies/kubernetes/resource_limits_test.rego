package verdict.kubernetes.resource_limits_test

import data.verdict.kubernetes.resource_limits
import rego.v1

pod(resources) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "x:1", "resources": resources}]}}

test_no_limits_fires if {
	some r in resource_limits.warn with input as pod({"requests": {"cpu": "100m"}})
	r.path == ["spec", "containers", 0, "resources"]
	contains(r.msg, "cpu or memory")
}

test_missing_memory_fires_at_limits if {
	some r in resource_limits.warn with input as pod({"limits": {"cpu": "500m"}})
	r.path == ["spec", "containers", 0, "resources", "limits"]
	contains(r.msg, "no memory limit")
}

test_both_limits_pass if {
	count(resource_limits.warn) == 0 with input as pod({"limits": {"cpu": "500m", "memory": "256Mi"}})
}

test_pod_level_limits_count if {
	p := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"resources": {"limits": {"cpu": "1", "memory": "1Gi"}}, "containers": [{"name": "app", "image": "x:1"}]}}
	count(resource_limits.warn) == 0 with input as p
}

test_required_limits_are_tunable if {
	count(resource_limits.warn) == 0 with input as pod({"limits": {"memory": "256Mi"}})
		with data.verdict.config.kubernetes_required_limits as ["memory"]
}

test_ephemeral_container_exempt if {
	p := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
		"containers": [{"name": "app", "image": "x:1", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}],
		"ephemeralContainers": [{"name": "debugger", "image": "busybox:1.36"}],
	}}
	count(resource_limits.warn) == 0 with input as p
}
