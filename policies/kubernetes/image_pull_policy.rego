# METADATA
# title: Floating image tag not pulled on every start
# description: >-
#   A floating tag (`latest`, no tag, `stable`, `main`, `master`, `dev`,
#   `develop`, `edge`, `nightly`, `canary`) with `imagePullPolicy:
#   IfNotPresent` or `Never` runs whatever copy the node cached, so pods of
#   one Deployment run different code, and a pod may start from an image its
#   own pull credentials would not grant (CIS 1.2.11's AlwaysPullImages is
#   the cluster-side fix). Version tags with the default policy and images
#   pinned by digest are not reported; `latest` and untagged images default
#   to `Always` and are reported only with an explicit other policy.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy
#   - https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages
# custom:
#   id: VD-K8S-038
#   severity: low
#   remediation: >-
#     Pin the image to a version tag or a digest; if it must float, set
#     `imagePullPolicy: Always`.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["CM-2", "SI-7"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "nginx:latest", imagePullPolicy: IfNotPresent}
package verdict.kubernetes.image_pull_policy

import data.verdict.lib.kubernetes as k8s
import rego.v1

floating := {"", "latest", "stable", "main", "master", "dev", "develop", "edge", "nightly", "canary"}

warn contains {
	"msg": sprintf("container %q runs floating image %q with imagePullPolicy %s", [c.container.name, c.container.image, policy]),
	"path": where(c),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	not k8s.templated(c.container.image)
	ref := k8s.image_ref(c.container.image)
	ref.digest == ""
	lower(ref.tag) in floating
	policy := effective_policy(c.container, ref.tag)
	policy != "Always"
}

# The policy written, else the API server's default for the tag.
effective_policy(container, tag) := policy if {
	policy := container.imagePullPolicy
	is_string(policy)
} else := "Always" if {
	lower(tag) in {"", "latest"}
} else := "IfNotPresent (the default)"

where(c) := array.concat(c.path, ["imagePullPolicy"]) if {
	k8s.has_key(c.container, "imagePullPolicy")
} else := array.concat(c.path, ["image"])
