package verdict.kubernetes.host_namespaces_test

import data.verdict.kubernetes.host_namespaces
import rego.v1

pod(spec) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "web"}, "spec": object.union({"containers": [{"name": "app", "image": "nginx:1.27"}]}, spec)}

test_host_network_fires if {
	some r in host_namespaces.deny with input as pod({"hostNetwork": true})
	r.path == ["spec", "hostNetwork"]
	r.resource == "Pod/web"
}

test_every_namespace_reported if {
	count(host_namespaces.deny) == 3 with input as pod({"hostNetwork": true, "hostPID": true, "hostIPC": true})
}

test_cronjob_host_pid_fires if {
	cronjob := {"kind": "CronJob", "metadata": {"name": "backup", "namespace": "ops"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostPID": true, "containers": [{"name": "c", "image": "x:1"}]}}}}}}
	some r in host_namespaces.deny with input as cronjob
	r.path == ["spec", "jobTemplate", "spec", "template", "spec", "hostPID"]
	r.resource == "CronJob/ops/backup"
}

test_false_or_absent_passes if {
	count(host_namespaces.deny) == 0 with input as pod({"hostNetwork": false})
	count(host_namespaces.deny) == 0 with input as pod({})
}
