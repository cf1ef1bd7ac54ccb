# METADATA
# title: Remote script piped into a shell
# description: >-
#   `curl … | sh`, `wget -O- … | bash`, `bash <(curl …)` or
#   `sh -c "$(curl …)"` in a RUN executes whatever the server returns at
#   build time, as root, with no integrity check: a compromised download site
#   or mirror (as with the Codecov bash uploader) owns the image.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#run
#   - https://www.cisa.gov/resources-tools/resources/securing-software-supply-chain-recommended-practices-guide-developers
# custom:
#   id: VD-DOCKER-005
#   severity: high
#   remediation: >-
#     Download the script to a file, verify it against a published checksum
#     or signature (`echo "<sha256>  install.sh" | sha256sum -c -`), then run
#     it; better, install a pinned release artifact or a distribution package.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.11"]
#     NIST-800-53: ["SI-7", "SR-11"]
#   example: |
#     FROM debian:12-slim
#     RUN curl -fsSL https://get.example.com/install.sh | sh
package verdict.dockerfile.curl_pipe_shell

import data.verdict.lib.dockerfile as docker
import rego.v1

shells := `(sudo\s+(-\S+\s+)*)?(env\s+\S+=\S*\s+)*(/usr)?(/bin/)?((ba|z|k|da|a)?sh|python[0-9.]*)\b`

patterns := [
	# curl … | sh   /   wget -qO- … | sudo bash -s --
	sprintf(`\b(curl|wget)\b[^|;&]*\|\s*%s`, [shells]),
	# bash <(curl …)   /   sh -c "$(curl …)"
	sprintf(`%s\s+(-\S+\s+)*(<\(|"?\$\()\s*(curl|wget)\b`, [shells]),
]

deny contains {
	"msg": sprintf("RUN pipes a download into a shell: %s", [snippet]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	text := docker.command(x)
	some pattern in patterns
	matches := regex.find_n(pattern, text, 1)
	count(matches) > 0
	snippet := truncate(matches[0])
}

truncate(s) := sprintf("%s…", [substring(s, 0, 80)]) if {
	count(s) > 80
} else := s
