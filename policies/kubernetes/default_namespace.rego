# METADATA
# title: Workload in the default namespace
# description: >-
#   The default namespace is where everything without a home ends up: it
#   usually has no ResourceQuota, NetworkPolicy or Pod Security label, and
#   sharing it defeats namespaces as the unit of RBAC and isolation. Only an
#   explicit `metadata.namespace: default` on a workload (Pod, Deployment,
#   StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob)
#   is reported: a manifest without a namespace gets one when it is applied
#   (`kubectl apply -n`, kustomize `namespace:`, Helm `--namespace`, an Argo CD
#   or Flux destination), which the file alone cannot tell.
# related_resources:
#   - https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
#   - https://kubernetes.io/docs/concepts/security/multi-tenancy/
# custom:
#   id: VD-K8S-022
#   severity: low
#   remediation: >-
#     Create a namespace for the application (with its own quotas, network
#     policies and `pod-security.kubernetes.io/enforce` label) and set
#     `metadata.namespace` to it.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.7.1", "5.7.4"]
#     NIST-800-53: ["SC-2"]
#   example: |
#     apiVersion: apps/v1
#     kind: Deployment
#     metadata: {name: api, namespace: default}
#     spec:
#       template:
#         spec:
#           containers:
#             - {name: app, image: "api:1.2"}
package verdict.kubernetes.default_namespace

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("%s %q is deployed to the default namespace", [input.kind, object.get(input, ["metadata", "name"], "")]),
	"path": ["metadata", "namespace"],
	"resource": k8s.resource,
} if {
	input.kind in (k8s.workload_kinds | {"Pod", "CronJob"})
	input.metadata.namespace == "default"
}
