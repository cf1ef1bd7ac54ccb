# METADATA
# title: Container image without a tag or on latest
# description: >-
#   A job's `container:`, a `services:` container or a `docker://` step
#   whose image has no tag, or the `latest` tag, runs whatever the registry
#   serves at that moment: a compromised or re-pushed image then runs inside
#   the job with its token and secrets, and builds stop being reproducible.
#   Images given by digest (`@sha256:…`) or by an explicit version tag are not
#   reported (a tag can still be moved; a digest cannot), nor are images
#   given as `${{ }}` expressions.
# related_resources:
#   - https://docs.zizmor.sh/audits/#unpinned-images
#   - https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainerimage
# custom:
#   id: VD-GHA-016
#   severity: medium
#   remediation: >-
#     Pin the image by digest, keeping the version as a comment:
#     `image: node:20-bookworm@sha256:<digest>  # node:20-bookworm`; Dependabot
#     (`package-ecosystem: docker`) and Renovate update such pins.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-3"]
#     NIST-800-53: ["SR-3", "CM-2"]
#   example: |
#     on: push
#     jobs:
#       test:
#         runs-on: ubuntu-latest
#         container: node
#         services:
#           db:
#             image: postgres:latest
#         steps:
#           - run: npm test
package verdict.github.unpinned_image

import data.verdict.lib.github as gh
import rego.v1

warn contains {
	"msg": sprintf("job %q runs %s image %q %s", [c.job_id, c.owner, c.image, problem(c.image)]),
	"path": c.path,
} if {
	some c in gh.containers
	unpinned(c.image)
}

warn contains {
	"msg": sprintf("step %s of %s runs image %q %s", [gh.step_label(s.step, s.index), s.owner, image, problem(image)]),
	"path": array.concat(s.path, ["uses"]),
} if {
	some s in gh.steps
	is_string(s.step.uses)
	startswith(s.step.uses, "docker://")
	image := substring(s.step.uses, 9, -1)
	unpinned(image)
}

# A Docker action's image (`runs.image: docker://…`; a Dockerfile path is
# built from source instead).
warn contains {
	"msg": sprintf("the Docker action runs image %q %s", [image, problem(image)]),
	"path": ["runs", "image"],
} if {
	is_object(input.runs)
	is_string(input.runs.image)
	startswith(input.runs.image, "docker://")
	image := substring(input.runs.image, 9, -1)
	unpinned(image)
}

unpinned(image) if {
	image != ""
	not contains(image, "${{")
	not contains(image, "@sha256:")
	tag(image) in {"", "latest"}
}

# The tag: after a `:` in the last path segment (a `:` before it is a registry port).
tag(image) := t if {
	segments := split(image, "/")
	last := segments[count(segments) - 1]
	parts := split(last, ":")
	t := lower(trim_space(parts[count(parts) - 1]))
	count(parts) > 1
} else := ""

problem(image) := "on the latest tag" if tag(image) == "latest"

else := "without a tag or digest"
