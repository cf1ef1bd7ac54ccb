package verdict.kubernetes.windows_host_process_test

import data.verdict.kubernetes.windows_host_process
import rego.v1

pod(pod_sc, container_sc) := {"kind": "Pod", "metadata": {"name": "agent"}, "spec": {"securityContext": pod_sc, "containers": [{"name": "app", "image": "x:1", "securityContext": container_sc}]}}

test_pod_host_process_fires if {
	some r in windows_host_process.deny with input as pod({"windowsOptions": {"hostProcess": true}}, {})
	r.path == ["spec", "securityContext", "windowsOptions", "hostProcess"]
}

test_container_host_process_fires if {
	some r in windows_host_process.deny with input as pod({}, {"windowsOptions": {"hostProcess": true}})
	r.path == ["spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"]
}

test_regular_windows_pod_passes if {
	count(windows_host_process.deny) == 0 with input as pod({"windowsOptions": {"runAsUserName": "ContainerUser"}}, {"windowsOptions": {"hostProcess": false}})
}
