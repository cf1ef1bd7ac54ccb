# METADATA
# title: yum/dnf/zypper cache left in the image
# description: >-
#   `yum install`, `dnf install`, `microdnf install` and `zypper install`
#   keep repository metadata (and with yum downloaded packages) under
#   /var/cache in the layer unless the same RUN cleans it; a later RUN
#   cannot reclaim the space. Only the stages that make up the final image
#   are checked; a RUN that mounts a build cache over /var/cache, or deletes
#   the cache directory, is fine.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3032
#   - https://github.com/hadolint/hadolint/wiki/DL3040
#   - https://github.com/hadolint/hadolint/wiki/DL3036
# custom:
#   id: VD-DOCKER-029
#   severity: low
#   remediation: >-
#     End the same RUN with `&& yum clean all` (`dnf clean all`,
#     `microdnf clean all`, `zypper clean --all`), or `&& rm -rf /var/cache/dnf`.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.3"]
#   example: |
#     FROM rockylinux:9.3
#     RUN dnf install -y nginx-1.20.1
package verdict.dockerfile.rpm_cache_not_cleaned

import data.verdict.lib.dockerfile as docker
import rego.v1

managers := {"yum", "dnf", "microdnf", "tdnf", "zypper"}

install_verbs := {"install", "in", "groupinstall", "localinstall", "reinstall", "update", "upgrade", "up"}

warn contains {
	"msg": sprintf("RUN installs with %s without cleaning its cache in the same layer", [tool]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	docker.in_final_image(x)
	not docker.cache_mount(x, "/var/cache")
	some segment in docker.segments(x)
	some tool in managers
	docker.command_args(segment, sprintf(`^(.*/)?%s$`, [tool]), install_verbs, {"--setopt", "--repo", "--enablerepo", "--disablerepo", "-c", "--config", "--installroot", "--releasever"})
	not cleaned(x, tool)
}

cleaned(x, tool) if regex.match(sprintf(`\b%s\s+(.*\s)?clean(\s|$)`, [tool]), docker.command(x))

cleaned(x, _) if regex.match(`\brm\s[^;&|]*/var/cache/(yum|dnf|zypp|tdnf|libdnf5)?`, docker.command(x))
