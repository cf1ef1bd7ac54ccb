package verdict.kubernetes.host_path_test

import data.verdict.kubernetes.host_path
import rego.v1

pod(volumes) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}], "volumes": volumes}}

test_host_path_fires if {
	some r in host_path.deny with input as pod([{"name": "cfg", "configMap": {"name": "c"}}, {"name": "sock", "hostPath": {"path": "/var/run/docker.sock"}}])
	r.path == ["spec", "volumes", 1, "hostPath"]
	contains(r.msg, "/var/run/docker.sock")
}

test_other_volumes_pass if {
	count(host_path.deny) == 0 with input as pod([{"name": "tmp", "emptyDir": {}}, {"name": "data", "persistentVolumeClaim": {"claimName": "d"}}])
}

test_no_volumes_pass if {
	count(host_path.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": []}}
}
