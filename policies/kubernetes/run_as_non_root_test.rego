package verdict.kubernetes.run_as_non_root_test

import data.verdict.kubernetes.run_as_non_root
import rego.v1

pod(pod_sc, container) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"securityContext": pod_sc, "containers": [object.union({"name": "app", "image": "x:1"}, container)]}}

test_unset_fires_at_the_container if {
	some r in run_as_non_root.warn with input as pod({}, {})
	r.path == ["spec", "containers", 0]
}

test_container_false_overrides_pod_true if {
	some r in run_as_non_root.warn with input as pod({"runAsNonRoot": true}, {"securityContext": {"runAsNonRoot": false}})
	r.path == ["spec", "containers", 0, "securityContext", "runAsNonRoot"]
}

test_pod_level_true_passes if {
	count(run_as_non_root.warn) == 0 with input as pod({"runAsNonRoot": true}, {})
}

test_explicit_non_zero_user_passes if {
	count(run_as_non_root.warn) == 0 with input as pod({"runAsUser": 1000}, {})
}

test_uid_zero_left_to_vd_k8s_008 if {
	count(run_as_non_root.warn) == 0 with input as pod({}, {"securityContext": {"runAsUser": 0}})
}
