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
