# METADATA
# title: SSH port exposed
# description: >-
#   `EXPOSE 22` says the image runs an SSH server: another long-lived
#   process with credentials to manage, a remote login surface, and a way
#   around the container runtime's exec and audit path. Ranges that include
#   22 are reported too. Containers are entered with `docker exec` or
#   `kubectl exec`, not SSH.
# related_resources:
#   - https://avd.aquasec.com/misconfig/dockerfile/general/avd-ds-0004/
#   - https://docs.docker.com/reference/dockerfile/#expose
# custom:
#   id: VD-DOCKER-023
#   severity: medium
#   remediation: >-
#     Remove `EXPOSE 22` and the SSH server; use `docker exec`/`kubectl exec`
#     (or an ephemeral debug container) to get a shell.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["5.7"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     FROM ubuntu:24.04
#     RUN apt-get update && apt-get install -y --no-install-recommends openssh-server=1:9.6p1-3ubuntu13.5
#     EXPOSE 22
package verdict.dockerfile.ssh_port_exposed

import data.verdict.lib.dockerfile as docker
import rego.v1

deny contains {
	"msg": sprintf("EXPOSE %s exposes the SSH port", [value]),
	"path": array.concat(x.path, ["Value", j]),
	"resource": value,
} if {
	some x in docker.of_cmd("expose")
	some j, value in x.values
	port := split(value, "/")[0]
	includes_22(port)
	not endswith(lower(value), "/udp")
}

includes_22(port) if port == "22"

includes_22(port) if {
	[low, high] := split(port, "-")
	regex.match(`^[0-9]+$`, low)
	regex.match(`^[0-9]+$`, high)
	to_number(low) <= 22
	to_number(high) >= 22
}
