# METADATA
# title: World-writable files or directories
# description: >-
#   `chmod 777` (or `666`, `o+w`, `a+rwx`) and `COPY/ADD --chmod=777` let
#   every user in the container, including a compromised unprivileged
#   process, rewrite the application, its configuration or the scripts root
#   runs, turning a foothold into persistence or privilege escalation.
#   Modes with the sticky bit (`1777`, `+t`, as for /tmp) are not reported.
# related_resources:
#   - https://docs.docker.com/reference/dockerfile/#copy---chmod
#   - https://www.cisecurity.org/benchmark/docker
# custom:
#   id: VD-DOCKER-020
#   severity: medium
#   remediation: >-
#     Grant write access only to the user that needs it:
#     `COPY --chown=10001:10001 --chmod=0755 …` or `chown app /data && chmod 750 /data`;
#     for OpenShift-style arbitrary UIDs use group permissions (`chgrp -R 0 /app && chmod -R g=u /app`).
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6", "CM-6"]
#   example: |
#     FROM node:22-alpine
#     COPY . /app
#     RUN chmod -R 777 /app
package verdict.dockerfile.world_writable_permissions

import data.verdict.lib.dockerfile as docker
import rego.v1

deny contains {
	"msg": sprintf("RUN makes files world-writable (chmod %s): %s", [mode, segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	ws := docker.words(segment)
	some j, w in ws
	regex.match(`^(.*/)?chmod$`, w)
	modes := [m | some m in array.slice(ws, j + 1, count(ws)); not startswith(m, "-")]
	count(modes) > 0
	mode := modes[0]
	world_writable(mode)
}

deny contains {
	"msg": sprintf("%s --chmod=%s makes the copied files world-writable", [upper(x.cmd), mode]),
	"path": array.concat(x.path, ["Flags", k]),
} if {
	some x in docker.instructions
	x.cmd in {"copy", "add"}
	[k, mode] := docker.flag_value(x, "chmod")
	world_writable(mode)
}

# Octal: the "others" digit has the write bit, and no sticky bit is set.
world_writable(mode) if {
	regex.match(`^0?[0-7]?[0-7][0-7][2367]$`, mode)
	not regex.match(`^0?[1357][0-7]{3}$`, mode)
}

# Symbolic: a clause for o or a (or ugo) that adds or sets w, without +t.
world_writable(mode) if {
	some clause in split(mode, ",")
	regex.match(`^[ugoa]*[oa][ugoa]*[+=][rwxXst]*w`, clause)
	not regex.match(`^[ugoa]*[+=][rwxXs]*t`, clause)
}
