# METADATA
# title: Default service account token mounted
# description: >-
#   A pod that runs as the namespace's `default` service account (no
#   `serviceAccountName`) and does not set `automountServiceAccountToken:
#   false` gets an API token it almost never needs; anyone with code
#   execution in the pod can use it, and whatever RoleBindings the default
#   account accumulates. Pods with their own service account are not
#   reported: they exist to talk to the API. The ServiceAccount's own
#   `automountServiceAccountToken: false`, if set elsewhere, also disables
#   the mount.
# related_resources:
#   - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
#   - https://kubernetes.io/docs/concepts/security/service-accounts/
# custom:
#   id: VD-K8S-024
#   severity: low
#   remediation: >-
#     Set `automountServiceAccountToken: false` in the pod spec, or give the
#     workload its own ServiceAccount with only the permissions it needs.
#   kinds: [kubernetes]
#   frameworks:
#     CIS-Kubernetes-1.8: ["5.1.5", "5.1.6"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     apiVersion: apps/v1
#     kind: Deployment
#     metadata: {name: web}
#     spec:
#       template:
#         spec:
#           containers:
#             - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.service_account_token

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("%s %q mounts the default service account's token", [input.kind, object.get(input, ["metadata", "name"], "")]),
	"path": token_path,
	"resource": k8s.resource,
} if {
	k8s.pod_spec_path
	not k8s.pod_spec.automountServiceAccountToken == false
	account(k8s.pod_spec) == "default"
}

token_path := array.concat(k8s.pod_spec_path, ["automountServiceAccountToken"]) if {
	k8s.has_key(k8s.pod_spec, "automountServiceAccountToken")
} else := k8s.pod_spec_path

# `serviceAccount` is the deprecated alias of `serviceAccountName`.
account(spec) := spec.serviceAccountName if {
	is_string(spec.serviceAccountName)
	spec.serviceAccountName != ""
} else := spec.serviceAccount if {
	is_string(spec.serviceAccount)
	spec.serviceAccount != ""
} else := "default"
