# METADATA
# title: apk add without pinned versions
# description: >-
#   `apk add curl` installs whatever version the Alpine mirror serves at
#   build time, so rebuilds are not reproducible and a bad package flows
#   straight in. A package written `name=version`, `name~version` or with a
#   `<`/`>` constraint is pinned; the name given to `--virtual`/`-t`, local
#   `.apk` files and variables are not reported. One finding per RUN.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3018
#   - https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Holding_a_specific_package_back
# custom:
#   id: VD-DOCKER-014
#   severity: low
#   remediation: >-
#     Pin each package to the branch's version: `apk add --no-cache curl=8.9.1-r2`
#     (or `curl~8.9` to follow patch releases), together with a pinned
#     `alpine:3.20` base so the branch stays fixed.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SR-3"]
#   example: |
#     FROM alpine:3.20
#     RUN apk add --no-cache curl
package verdict.dockerfile.apk_version_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

takes_value := {"-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir"}

warn contains {
	"msg": sprintf("RUN installs apk packages without a version: %s", [concat(", ", sort(packages))]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	names := {p |
		some segment in docker.segments(x)
		args := docker.command_args(segment, `^(.*/)?apk$`, {"add"}, takes_value)
		some p in docker.operands(args, takes_value)
		regex.match(`^[A-Za-z0-9][A-Za-z0-9+._-]*$`, p)
		not endswith(p, ".apk")
	}
	packages := [p | some p in names]
	count(packages) > 0
}
