# METADATA
# title: CMD or ENTRYPOINT given more than once in a stage
# description: >-
#   Only the last CMD and the last ENTRYPOINT of a stage take effect; an
#   earlier one is dead code that tells readers (and reviewers of what the
#   container runs) something the image does not do. Each overridden
#   instruction is reported.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL4003
#   - https://github.com/hadolint/hadolint/wiki/DL4004
#   - https://docs.docker.com/reference/dockerfile/#cmd
# custom:
#   id: VD-DOCKER-030
#   severity: low
#   remediation: >-
#     Keep one CMD and at most one ENTRYPOINT per stage, at its end; combine
#     them as `ENTRYPOINT ["/app"]` plus `CMD ["--serve"]` for default
#     arguments.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-6"]
#   example: |
#     FROM node:22-alpine
#     CMD ["node", "migrate.js"]
#     CMD ["node", "server.js"]
package verdict.dockerfile.cmd_entrypoint_repeated

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": sprintf("%s is overridden by a later %s in the same stage", [upper(x.cmd), upper(x.cmd)]),
	"path": x.path,
} if {
	some x in docker.instructions
	x.cmd in {"cmd", "entrypoint"}
	stage := docker.stage_of(x.index)
	laters := [y.index |
		some y in docker.of_cmd(x.cmd)
		y.index > x.index
		docker.stage_of(y.index) == stage
	]
	count(laters) > 0
}
