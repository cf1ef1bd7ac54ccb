package verdict.kubernetes.volume_types_test

import data.verdict.kubernetes.volume_types
import rego.v1

pod(volumes) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}], "volumes": volumes}}

test_nfs_fires if {
	some r in volume_types.deny with input as pod([{"name": "cfg", "configMap": {"name": "c"}}, {"name": "share", "nfs": {"server": "n", "path": "/x"}}])
	r.path == ["spec", "volumes", 1, "nfs"]
}

test_cronjob_git_repo_fires if {
	cron := {"kind": "CronJob", "metadata": {"name": "sync"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"containers": [{"name": "c", "image": "x:1"}],
		"volumes": [{"name": "src", "gitRepo": {"repository": "https://example.com/r.git"}}],
	}}}}}}
	some r in volume_types.deny with input as cron
	r.path == ["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "gitRepo"]
}

test_allowed_types_pass if {
	count(volume_types.deny) == 0 with input as pod([
		{"name": "a", "emptyDir": {}}, {"name": "b", "secret": {"secretName": "s"}},
		{"name": "c", "persistentVolumeClaim": {"claimName": "d"}}, {"name": "d", "projected": {"sources": []}},
		{"name": "e", "csi": {"driver": "x"}}, {"name": "f", "downwardAPI": {}}, {"name": "g", "ephemeral": {}},
	])
}

test_host_path_and_missing_volumes_are_not_reported_here if {
	count(volume_types.deny) == 0 with input as pod([{"name": "h", "hostPath": {"path": "/"}}])
	count(volume_types.deny) == 0 with input as pod("not-a-list")
	count(volume_types.deny) == 0 with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {}}
}
