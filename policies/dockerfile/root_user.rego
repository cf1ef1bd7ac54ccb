# METADATA
# title: Final image runs as root
# description: >-
#   The image's default user is root when its final stage (or the stage it
#   is built FROM) has no USER instruction, or its last one is `root` or UID
#   `0`; a process compromise is then root in the container, one kernel bug
#   or mount away from the host. USER lines in other build stages do not
#   carry over; `USER $UID` is resolved with the build arguments' defaults.
#   Base images whose tag or name says they are non-root
#   (`…:nonroot`, `…-nonroot`, `…-rootless`, `…-unprivileged`) are trusted to
#   set a user.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#user
#   - https://docs.docker.com/reference/dockerfile/#user
# custom:
#   id: VD-DOCKER-002
#   severity: high
#   remediation: >-
#     Create an unprivileged user and switch to it at the end of the final
#     stage: `RUN useradd --uid 10001 --no-create-home app` then
#     `USER 10001` (a numeric UID also satisfies Kubernetes' runAsNonRoot).
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.1"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     FROM node:22-alpine
#     COPY . /app
#     CMD ["node", "/app/server.js"]
package verdict.dockerfile.root_user

import data.verdict.lib.dockerfile as docker
import rego.v1

# The last USER that applies to the final image.
effective_user := x if {
	users := [u | some u in docker.of_cmd("user"); docker.in_final_image(u)]
	count(users) > 0
	last := max({u.index | some u in users})
	some x in users
	x.index == last
}

deny contains {
	"msg": sprintf("the final image runs as %q%s", [x.values[0], default_note(x.values[0], user)]),
	"path": array.concat(x.path, ["Value", 0]),
} if {
	x := effective_user
	count(x.values) > 0
	user := trim_space(docker.resolve_final(x.values[0]))
	regex.match(`^(root|0)(:.*)?$`, user)
}

default_note(written, user) := sprintf(" (%s with the build arguments' defaults)", [user]) if {
	written != user
} else := ""

deny contains {
	"msg": sprintf("the final stage (FROM %q) sets no USER, so the image runs as root", [image]),
	"path": final_from.path,
} if {
	docker.final_stage >= 0
	not effective_user
	final_from := docker.from_of(root_stage)
	image := final_from.values[0]
	not nonroot_image(lower(image))
}

# The first stage of the final image's chain: the one built on a real image.
root_stage := min(docker.final_chain)

nonroot_image(image) if regex.match(`(nonroot|non-root|rootless|unprivileged)`, image)
