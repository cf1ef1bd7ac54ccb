package verdict.kubernetes.proc_mount_test

import data.verdict.kubernetes.proc_mount
import rego.v1

pod(sc) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "x:1", "securityContext": sc}]}}

test_unmasked_fires if {
	some r in proc_mount.deny with input as pod({"procMount": "Unmasked"})
	r.path == ["spec", "containers", 0, "securityContext", "procMount"]
}

test_default_or_unset_passes if {
	count(proc_mount.deny) == 0 with input as pod({"procMount": "Default"})
	count(proc_mount.deny) == 0 with input as pod({})
}
