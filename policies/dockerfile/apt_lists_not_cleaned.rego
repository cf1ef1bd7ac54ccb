# METADATA
# title: apt lists left in the image
# description: >-
#   A RUN that runs `apt-get update` leaves the package index in
#   /var/lib/apt/lists (tens of MB) in its layer unless the same RUN deletes
#   it; a later RUN cannot reclaim the space. Only the stages that make up
#   the final image are checked, and a RUN with a cache mount over /var/lib/apt
#   is fine.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: VD-DOCKER-007
#   severity: low
#   remediation: >-
#     End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or use
#     `RUN --mount=type=cache,target=/var/lib/apt,sharing=locked …`.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.3"]
#   example: |
#     FROM ubuntu:24.04
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
package verdict.dockerfile.apt_lists_not_cleaned

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": "RUN runs apt-get update without removing /var/lib/apt/lists in the same layer",
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	docker.in_final_image(x)
	some segment in docker.segments(x)
	regex.match(`\bapt-get\s(.*\s)?update(\s|$)`, segment)
	not cleaned(x)
	not docker.cache_mount(x, "/var/lib/apt")
}

cleaned(x) if regex.match(`\brm\s[^;&|]*/var/lib/apt/lists`, docker.command(x))
