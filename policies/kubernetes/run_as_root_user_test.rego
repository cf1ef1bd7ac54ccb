package verdict.kubernetes.run_as_root_user_test

import data.verdict.kubernetes.run_as_root_user
import rego.v1

deployment(pod_sc, container_sc) := {
	"kind": "Deployment",
	"metadata": {"name": "api", "namespace": "prod"},
	"spec": {"template": {"spec": {
		"securityContext": pod_sc,
		"containers": [{"name": "app", "image": "x:1", "securityContext": container_sc}],
	}}},
}

test_pod_level_root_fires_at_the_pod_setting if {
	some r in run_as_root_user.deny with input as deployment({"runAsUser": 0}, {})
	r.path == ["spec", "template", "spec", "securityContext", "runAsUser"]
	r.resource == "Deployment/prod/api"
}

test_container_level_root_fires if {
	some r in run_as_root_user.deny with input as deployment({"runAsUser": 1000}, {"runAsUser": 0})
	r.path == ["spec", "template", "spec", "containers", 0, "securityContext", "runAsUser"]
}

test_container_override_passes if {
	count(run_as_root_user.deny) == 0 with input as deployment({"runAsUser": 0}, {"runAsUser": 1000})
}

test_unset_passes if {
	count(run_as_root_user.deny) == 0 with input as deployment({}, {})
}
