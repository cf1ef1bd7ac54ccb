# METADATA
# title: RUN without the build sandbox or with the host network
# description: >-
#   `RUN --security=insecure` runs the step like a privileged container
#   (all capabilities, no seccomp or AppArmor, host devices), and
#   `RUN --network=host` gives it the build host's network: the step can
#   reach services bound to the host's localhost, cloud metadata endpoints
#   and other machines the builder can, so a malicious dependency or build
#   script escapes the build's isolation. Both need a builder entitlement
#   (`--allow security.insecure` / `network.host`) that should stay off.
# related_resources:
#   - https://docs.docker.com/reference/dockerfile/#run---security
#   - https://docs.docker.com/reference/dockerfile/#run---network
# custom:
#   id: VD-DOCKER-021
#   severity: high
#   remediation: >-
#     Drop the flag; do what needed privileges at run time in a container
#     with only the capability it requires, and fetch from the network
#     through the default (sandboxed) build network or a build secret/
#     context instead of host services.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["5.5", "5.10"]
#     NIST-800-53: ["AC-6", "SC-7"]
#   example: |
#     # syntax=docker/dockerfile:1-labs
#     FROM debian:12-slim
#     RUN --security=insecure mount -t tmpfs none /mnt
package verdict.dockerfile.run_insecure_mode

import data.verdict.lib.dockerfile as docker
import rego.v1

deny contains {
	"msg": "RUN --security=insecure runs the build step without the sandbox (like a privileged container)",
	"path": array.concat(x.path, ["Flags", k]),
} if {
	some x in docker.of_cmd("run")
	[k, value] := docker.flag_value(x, "security")
	lower(value) == "insecure"
}

deny contains {
	"msg": "RUN --network=host gives the build step the build host's network",
	"path": array.concat(x.path, ["Flags", k]),
} if {
	some x in docker.of_cmd("run")
	[k, value] := docker.flag_value(x, "network")
	lower(value) == "host"
}
