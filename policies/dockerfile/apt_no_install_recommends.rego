# METADATA
# title: apt-get install without --no-install-recommends
# description: >-
#   Without `--no-install-recommends` apt also installs every "recommended"
#   package, typically doubling the image and adding software (and CVEs)
#   nobody asked for. Not reported when the Dockerfile configures
#   `APT::Install-Recommends` itself.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#apt-get
#   - https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
# custom:
#   id: VD-DOCKER-006
#   severity: low
#   remediation: >-
#     Use `apt-get install -y --no-install-recommends <packages>` and list any
#     recommended package you do need explicitly.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.3"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     FROM debian:12-slim
#     RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
package verdict.dockerfile.apt_no_install_recommends

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": sprintf("RUN installs packages without --no-install-recommends: %s", [segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	not configured
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	regex.match(`\bapt-get\s(.*\s)?install(\s|$)`, segment)
	not contains(segment, "--no-install-recommends")
	not regex.match(`(?i)Install-Recommends=("|')?(false|0|no)`, segment)
}

# `echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/…` somewhere.
configured if {
	some x in docker.of_cmd("run")
	regex.match(`Install-Recommends.*(>|\btee\b).*apt\.conf`, docker.command(x))
}
