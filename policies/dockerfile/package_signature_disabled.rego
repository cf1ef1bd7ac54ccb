# METADATA
# title: Package signature checks turned off
# description: >-
#   Package managers verify repository and package signatures so that a
#   mirror, proxy or network attacker cannot serve altered packages.
#   `apt-get --allow-unauthenticated` (or the deprecated `--force-yes`, which
#   implies it), `--allow-insecure-repositories`,
#   `[trusted=yes]` sources, `apk --allow-untrusted`, `yum/dnf --nogpgcheck`
#   or `gpgcheck=0`, `rpm --nosignature` and `zypper --no-gpg-checks`
#   install whatever is served. (apt over plain http is safe only because of
#   these signatures.)
# related_resources:
#   - https://wiki.debian.org/SecureApt
#   - https://manpages.debian.org/bookworm/apt/apt-get.8.en.html
#   - https://docs.docker.com/build/building/best-practices/#run
# custom:
#   id: VD-DOCKER-019
#   severity: high
#   remediation: >-
#     Remove the switch and import the repository's signing key instead
#     (`curl -fsSL https://repo.example/key.gpg | gpg --dearmor -o /usr/share/keyrings/repo.gpg`
#     with `signed-by=` in the source; `rpm --import <key>`; for apk, copy the
#     key to /etc/apk/keys).
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["SI-7", "SR-11"]
#   example: |
#     FROM debian:12-slim
#     RUN apt-get update && apt-get install -y --allow-unauthenticated agent
package verdict.dockerfile.package_signature_disabled

import data.verdict.lib.dockerfile as docker
import rego.v1

patterns := {
	"apt --allow-unauthenticated": `(^|\s)(--allow-(unauthenticated|insecure-repositories|downgrade-to-insecure)|--force-yes)(\s|$)`,
	"APT AllowUnauthenticated/AllowInsecureRepositories": `(?i)(AllowUnauthenticated|AllowInsecureRepositories|AllowDowngradeToInsecureRepositories)(\s*=\s*|\s+)("|')?(true|1|yes)`,
	"apt source [trusted=yes]": `(?i)\[[^\]]*\btrusted=yes\b`,
	"apk --allow-untrusted": `\bapk\s(.*\s)?--allow-untrusted\b`,
	"--nogpgcheck": `(^|\s)--(nogpgcheck|no-gpg-checks|nosignature|nodigest)(\s|$)`,
	"gpgcheck=0": `(?i)gpgcheck\s*=\s*(0|false|no)\b`,
}

deny contains {
	"msg": sprintf("RUN turns package signature verification off (%s): %s", [concat(", ", sort(whats)), segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	whats := [what | some what, pattern in patterns; regex.match(pattern, segment)]
	count(whats) > 0
}
