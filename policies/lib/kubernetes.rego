# Shared helpers for Kubernetes rules: where a workload's pod spec and
# containers live, with the path to each so findings point at the right line.
package verdict.lib.kubernetes

import rego.v1

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"}

pod_spec_path := ["spec"] if input.kind == "Pod"

pod_spec_path := ["spec", "template", "spec"] if input.kind in workload_kinds

pod_spec_path := ["spec", "jobTemplate", "spec", "template", "spec"] if input.kind == "CronJob"

pod_spec := object.get(input, pod_spec_path, {})

# Every container of the pod spec: regular, init and ephemeral.
containers contains {"container": c, "path": array.concat(pod_spec_path, [field, i])} if {
	some field in ["containers", "initContainers", "ephemeralContainers"]
	some i, c in pod_spec[field]
}

# The object a finding is about, e.g. "Deployment/prod/web".
resource := sprintf("%s/%s/%s", [input.kind, input.metadata.namespace, input.metadata.name]) if {
	input.metadata.namespace
} else := sprintf("%s/%s", [input.kind, object.get(input, ["metadata", "name"], "")])

# Where the pod template's metadata lives (per-container AppArmor annotations
# are read from there).
pod_meta_path := ["metadata"] if input.kind == "Pod"

pod_meta_path := ["spec", "template", "metadata"] if input.kind in workload_kinds

pod_meta_path := ["spec", "jobTemplate", "spec", "template", "metadata"] if input.kind == "CronJob"

pod_annotations := object.get(input, array.concat(pod_meta_path, ["annotations"]), {})

# A Windows pod (`spec.os.name: windows`): Pod Security Standards exempt it
# from the Linux-only restricted checks (seccomp, capabilities).
windows if pod_spec.os.name == "windows"

# A container's effective securityContext setting: its own wins over the pod's.
security_setting(c, key) := value if {
	value := c.container.securityContext[key]
} else := value if {
	value := pod_spec.securityContext[key]
}

# Where that effective setting is written; when neither the container nor the
# pod sets it, the container's securityContext (or the container itself).
security_setting_path(c, key) := array.concat(c.path, ["securityContext", key]) if {
	has_key(c.container.securityContext, key)
} else := array.concat(pod_spec_path, ["securityContext", key]) if {
	has_key(pod_spec.securityContext, key)
} else := deepest_path(c.path, c.container, ["securityContext", key])

# Whether `obj` is an object holding `key` (whatever the value, even false).
has_key(obj, key) if {
	is_object(obj)
	_ = obj[key]
}

# `base` extended by the longest prefix of `keys` present under `obj` (which
# sits at `base`): a finding about a missing setting points at its parent.
deepest_path(base, obj, keys) := array.concat(base, array.slice(keys, 0, n)) if {
	present := {i |
		some i in numbers.range(1, count(keys))
		object.get(obj, array.slice(keys, 0, i), null) != null
	}
	n := max(present | {0})
}
