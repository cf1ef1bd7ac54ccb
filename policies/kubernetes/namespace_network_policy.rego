# METADATA
# title: Namespace without a NetworkPolicy
# description: >-
#   Pods in a namespace that no NetworkPolicy selects accept traffic from
#   every pod of the cluster and can reach every one, so one compromised
#   workload reaches all the others. Whether a namespace has a policy is a
#   property of the whole set of manifests, not of one document, so this
#   rule reads the cross-document view of `verdict scan --combine` (kind
#   `combined`, input `[{"path", "kind", "contents"}]`): a plain scan never
#   reports it. Every namespace that a Namespace object declares or a
#   workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
#   CronJob, ReplicationController) runs in must have a NetworkPolicy in the
#   same namespace. Manifests without `metadata.namespace` count as one
#   namespace, the one they are applied to. Reported at the Namespace object
#   when there is one, else at the namespace's first workload (in path order).
# related_resources:
#   - https://kubernetes.io/docs/concepts/services-networking/network-policies/
#   - https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies
# custom:
#   id: VD-K8S-055
#   severity: medium
#   remediation: >-
#     Add a default-deny NetworkPolicy to the namespace (`podSelector: {}`,
#     `policyTypes: [Ingress, Egress]`) and allow the traffic each workload
#     needs with further policies.
#   kinds: [combined]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.3.2"]
#     NIST-800-53: ["SC-7", "AC-4"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     [{"path": "app.yaml", "kind": "kubernetes", "contents":
#       {"apiVersion": "apps/v1", "kind": "Deployment",
#        "metadata": {"name": "api", "namespace": "shop"},
#        "spec": {"template": {"spec": {"containers": [{"name": "api", "image": "api:1.2"}]}}}}}]
package verdict.kubernetes.namespace_network_policy

import rego.v1

warn contains {
	"msg": sprintf("%s has no NetworkPolicy: its pods accept and open connections to every pod of the cluster", [label(ns)]),
	"path": [at(ns), "contents", "metadata"],
	"resource": sprintf("Namespace/%s", [ns]),
} if {
	some ns in namespaces
	not ns in protected
}

# Kubernetes documents of the combined view, by index.
documents[i] := doc.contents if {
	is_array(input)
	some i, doc in input
	is_object(doc)
	doc.kind == "kubernetes"
	is_object(doc.contents)
	is_string(doc.contents.kind)
}

workload_kinds := {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"}

namespace_of(d) := d.metadata.namespace if {
	is_string(d.metadata.namespace)
	d.metadata.namespace != ""
} else := ""

# [namespace, index] of each Namespace object and of each workload.
declarations contains [d.metadata.name, i] if {
	some i, d in documents
	d.kind == "Namespace"
	is_string(d.metadata.name)
}

workloads contains [namespace_of(d), i] if {
	some i, d in documents
	d.kind in workload_kinds
}

namespaces contains pair[0] if some pair in declarations

namespaces contains pair[0] if some pair in workloads

protected contains namespace_of(d) if {
	some d in documents
	d.kind == "NetworkPolicy"
}

# Where a finding points: the namespace's Namespace object, else its first
# workload.
at(ns) := min({d[1] | some d in declarations; d[0] == ns}) if {
	ns in {n[0] | some n in declarations}
} else := min({w[1] | some w in workloads; w[0] == ns})

label(ns) := "the namespace the manifests without metadata.namespace are applied to" if ns == ""

else := sprintf("namespace %q", [ns])
