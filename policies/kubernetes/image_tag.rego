# METADATA
# title: Image not pinned to a version
# description: >-
#   An image with no tag or the `latest` tag changes under the same name, so
#   what runs is not what was reviewed and rollbacks are unreliable.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-names
# custom:
#   id: VD-K8S-004
#   severity: medium
#   remediation: >-
#     Reference the image by an immutable version tag or, better, by digest
#     (`registry/app:1.4.2@sha256:…`).
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["CM-2", "SI-7"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "nginx:latest"}
package verdict.kubernetes.image_tag

import data.verdict.lib.kubernetes as k8s
import rego.v1

warn contains {
	"msg": sprintf("container %q uses image %q without a pinned version", [c.container.name, c.container.image]),
	"path": array.concat(c.path, ["image"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	unpinned(c.container.image)
}

unpinned(image) if {
	not contains(image, "@")
	tag := image_tag(image)
	tag in {"", "latest"}
}

# The tag is what follows the last ':' after the last '/' (a registry port is not a tag).
image_tag(image) := tag if {
	parts := split(image, "/")
	last := parts[count(parts) - 1]
	contains(last, ":")
	tag := split(last, ":")[1]
} else := ""
