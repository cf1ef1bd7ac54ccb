package verdict.kubernetes.resource_requests_test

import data.verdict.kubernetes.resource_requests
import rego.v1

pod(resources) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27", "resources": resources}]}}

test_no_requests_fires if {
	some r in resource_requests.warn with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}]}}
	r.path == ["spec", "containers", 0]
	contains(r.msg, "cpu or memory")
}

test_memory_request_missing_fires_at_requests if {
	some r in resource_requests.warn with input as pod({"requests": {"cpu": "100m"}})
	r.path == ["spec", "containers", 0, "resources", "requests"]
	contains(r.msg, "no memory request")
}

test_requests_or_limits_pass if {
	count(resource_requests.warn) == 0 with input as pod({"requests": {"cpu": "100m", "memory": "64Mi"}})
	count(resource_requests.warn) == 0 with input as pod({"limits": {"cpu": "1", "memory": "1Gi"}})
	count(resource_requests.warn) == 0 with input as pod({"requests": {"cpu": "100m"}, "limits": {"memory": "1Gi"}})
}

test_pod_level_and_ephemeral_pass if {
	count(resource_requests.warn) == 0 with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
		"resources": {"requests": {"cpu": "1", "memory": "1Gi"}},
		"containers": [{"name": "app", "image": "nginx:1.27"}],
	}}
	count(resource_requests.warn) == 0 with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
		"containers": [],
		"ephemeralContainers": [{"name": "debug", "image": "busybox:1.36"}],
	}}
}
