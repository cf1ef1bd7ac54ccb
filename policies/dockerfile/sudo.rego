# METADATA
# title: sudo in RUN
# description: >-
#   Build steps already run as the current USER; `sudo` in a RUN means the
#   image ships sudo (and its setuid binary and configuration), and its TTY
#   and signal handling make builds behave unpredictably. Only sudo used as
#   a command is reported, not a package named sudo.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#user
# custom:
#   id: VD-DOCKER-009
#   severity: medium
#   remediation: >-
#     Run the privileged steps before switching `USER`, or switch back with
#     `USER root` around them; use `gosu`/`su-exec` only in entrypoints that
#     must drop privileges.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#   example: |
#     FROM ubuntu:24.04
#     USER app
#     RUN sudo apt-get update
package verdict.dockerfile.sudo

import data.verdict.lib.dockerfile as docker
import rego.v1

deny contains {
	"msg": sprintf("RUN uses sudo: %s", [segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	regex.match(`^(\S+=\S*\s+)*sudo(\s|$)`, segment)
}
