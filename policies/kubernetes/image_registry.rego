# METADATA
# title: Image from a registry outside the allow-list
# description: >-
#   Images pulled from an arbitrary registry bypass the scanning, signing
#   and retention an organisation applies to its own. The allow-list is read
#   from `data.verdict.config.allowed_registries` (default: none configured,
#   and the rule is quiet): each entry is a registry (`ghcr.io`,
#   `registry.local:5000`) or a registry and repository prefix
#   (`ghcr.io/my-org`, `docker.io/library`). Images without a registry are
#   Docker Hub's (`nginx` is `docker.io/library/nginx`). Images still holding
#   a template expression (`{{ }}`, `${}`) are not reported.
# related_resources:
#   - https://kubernetes.io/docs/concepts/containers/images/#image-names
#   - https://kubernetes.io/docs/concepts/security/security-checklist/#images
# custom:
#   id: VD-K8S-039
#   severity: medium
#   remediation: >-
#     Mirror the image into an allowed registry (or add its registry to
#     `allowed_registries` after review) and reference it there.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["CM-7(5)", "SR-3"]
#   example: |
#     # with data.verdict.config.allowed_registries: ["registry.example.com"]
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: web}
#     spec:
#       containers:
#         - {name: app, image: "docker.io/library/nginx:1.27"}
package verdict.kubernetes.image_registry

import data.verdict.lib.kubernetes as k8s
import rego.v1

allowed := value if {
	value := data.verdict.config.allowed_registries
} else := []

deny contains {
	"msg": sprintf("container %q uses image %q from %s, which is not in allowed_registries", [c.container.name, c.container.image, ref.registry]),
	"path": array.concat(c.path, ["image"]),
	"resource": k8s.resource,
} if {
	is_array(allowed)
	count(allowed) > 0
	some c in k8s.containers
	not k8s.templated(c.container.image)
	ref := k8s.image_ref(c.container.image)
	not permitted(ref)
}

permitted(ref) if {
	some entry in allowed
	is_string(entry)
	prefix := trim_suffix(lower(entry), "/")
	matches(lower(ref.name), prefix)
}

matches(name, prefix) if startswith(name, concat("", [prefix, "/"]))

matches(name, prefix) if name == prefix
