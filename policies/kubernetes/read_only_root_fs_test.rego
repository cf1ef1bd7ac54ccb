package verdict.kubernetes.read_only_root_fs_test

import data.verdict.kubernetes.read_only_root_fs
import rego.v1

pod(container) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [object.union({"name": "app", "image": "x:1"}, container)]}}

test_unset_fires_at_the_container if {
	some r in read_only_root_fs.warn with input as pod({})
	r.path == ["spec", "containers", 0]
}

test_false_fires_at_the_field if {
	some r in read_only_root_fs.warn with input as pod({"securityContext": {"readOnlyRootFilesystem": false}})
	r.path == ["spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]
}

test_true_passes if {
	count(read_only_root_fs.warn) == 0 with input as pod({"securityContext": {"readOnlyRootFilesystem": true}})
}

test_ephemeral_container_exempt if {
	p := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
		"containers": [{"name": "app", "image": "x:1", "securityContext": {"readOnlyRootFilesystem": true}}],
		"ephemeralContainers": [{"name": "debugger", "image": "busybox:1.36"}],
	}}
	count(read_only_root_fs.warn) == 0 with input as p
}
