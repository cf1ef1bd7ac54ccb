# METADATA
# title: apt-get install without pinned versions
# description: >-
#   `apt-get install curl` installs whatever version the mirror serves on
#   the day of the build, so two builds of the same Dockerfile differ and a
#   rebuild can silently pick up a broken or compromised package. A package
#   written `name=version` is pinned; local `.deb` files, release selections
#   (`name/bookworm-backports`) and names that are variables (`$PKGS`) are
#   not reported. One finding per RUN lists its unpinned packages. Heredoc
#   bodies (`RUN <<EOF`) are not visible to policies.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3008
#   - https://docs.docker.com/build/building/best-practices/#apt-get
# custom:
#   id: VD-DOCKER-013
#   severity: low
#   remediation: >-
#     Pin each package: `apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6`
#     (`apt-cache policy curl` shows the candidate), and let Renovate bump
#     the pins; or build on a dated snapshot mirror (snapshot.debian.org).
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SR-3"]
#   example: |
#     FROM debian:12-slim
#     RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
package verdict.dockerfile.apt_version_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

takes_value := {"-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file"}

warn contains {
	"msg": sprintf("RUN installs apt packages without a version: %s", [concat(", ", sort(packages))]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	names := {p |
		some segment in docker.segments(x)
		args := docker.command_args(segment, `^(.*/)?apt(-get)?$`, {"install"}, takes_value)
		some p in docker.operands(args, takes_value)
		regex.match(`^[a-z0-9][a-z0-9+.-]*(:[a-z0-9-]+)?$`, p)
	}
	packages := [p | some p in names]
	count(packages) > 0
}
