# METADATA
# title: Image not pinned by digest
# description: >-
#   A version tag is still mutable: the registry (or anyone who can push to
#   it) can move `app:1.4.2` to different content, and nodes that pull later
#   run something other than what was scanned and approved. Only a digest
#   (`@sha256:…`) names exact content. Images with no tag or `latest` are
#   VD-K8S-004's and not reported here; images still holding a template
#   expression (`{{ }}`, `${}`) are skipped. A hygiene warning of low
#   severity: many teams pin by digest in CI rather than in source.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-names
#   - https://kubernetes.io/docs/concepts/configuration/overview/#container-images
# custom:
#   id: VD-K8S-040
#   severity: low
#   remediation: >-
#     Reference the image by digest, keeping the tag for readers:
#     `registry/app:1.4.2@sha256:…` (Renovate and Dependabot keep digests
#     current).
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["CM-2", "SI-7"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "nginx:1.27"}
package verdict.kubernetes.image_digest

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q uses image %q without a digest", [c.container.name, c.container.image]),
	"path": array.concat(c.path, ["image"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	not k8s.templated(c.container.image)
	ref := k8s.image_ref(c.container.image)
	ref.digest == ""
	not lower(ref.tag) in {"", "latest"}
}
