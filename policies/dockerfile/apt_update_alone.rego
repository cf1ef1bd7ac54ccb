# METADATA
# title: Package index updated in a RUN of its own
# description: >-
#   `RUN apt-get update` (or `apk update`) on its own line is cached as a
#   layer: later builds reuse the stale index and the install in the next RUN
#   fails or gets old package versions. The update belongs in the same RUN
#   as the install.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: VD-DOCKER-012
#   severity: low
#   remediation: >-
#     Combine them: `RUN apt-get update && apt-get install -y --no-install-recommends <pkgs> && rm -rf /var/lib/apt/lists/*`.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.7"]
#   example: |
#     FROM ubuntu:24.04
#     RUN apt-get update
#     RUN apt-get install -y --no-install-recommends curl
package verdict.dockerfile.apt_update_alone

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": sprintf("RUN updates the %s index without installing in the same layer", [tool]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	some tool, pattern in updates
	regex.match(pattern, segment)
	not installs(x, tool)
}

updates := {
	"apt": `\bapt(-get)?\s(.*\s)?update(\s|$)`,
	"apk": `\bapk\s(.*\s)?update(\s|$)`,
}

installs(x, "apt") if regex.match(`\bapt(-get)?\s(.*\s)?(install|upgrade|dist-upgrade|full-upgrade|build-dep)(\s|$)`, docker.command(x))

installs(x, "apk") if regex.match(`\bapk\s(.*\s)?(add|upgrade)(\s|$)`, docker.command(x))
