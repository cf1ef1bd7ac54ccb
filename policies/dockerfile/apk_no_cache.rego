# METADATA
# title: apk add without --no-cache
# description: >-
#   `apk add` without `--no-cache` keeps the downloaded index in
#   /var/cache/apk in the layer. Not reported when the same RUN deletes
#   /var/cache/apk or mounts a build cache there.
# related_resources:
#   - https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Add_a_Package
#   - https://docs.docker.com/build/building/best-practices/#run
# custom:
#   id: VD-DOCKER-010
#   severity: low
#   remediation: >-
#     Use `apk add --no-cache <packages>` (which also makes `apk update`
#     unnecessary).
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.3"]
#   example: |
#     FROM alpine:3.20
#     RUN apk update && apk add curl
package verdict.dockerfile.apk_no_cache

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": sprintf("RUN uses apk add without --no-cache: %s", [segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	not regex.match(`\brm\s[^;&|]*/var/cache/apk`, docker.command(x))
	not docker.cache_mount(x, "/var/cache/apk")
	some segment in docker.segments(x)
	regex.match(`\bapk\s(.*\s)?add(\s|$)`, segment)
	not contains(segment, "--no-cache")
}
