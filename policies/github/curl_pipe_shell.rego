# METADATA
# title: Remote script piped into a shell
# description: >-
#   `curl … | sh`, `wget -O- … | sudo bash`, `bash <(curl …)` and
#   `iex (iwr …)` run whatever the server (or anyone able to change the
#   script there, or its domain, or its CDN) returns at that moment, with the
#   job's token and secrets, and with no checksum or signature check; the
#   build is not reproducible either. Installers from the same origin as the
#   runner's own tooling are no exception: the rule reports the pattern.
# related_resources:
#   - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
#   - https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-03-Dependency-Chain-Abuse
# custom:
#   id: VD-GHA-024
#   severity: low
#   remediation: >-
#     Download to a file, verify it against a pinned checksum and then run
#     it: `curl -fsSLo install.sh "$URL" && echo "$SHA256  install.sh" | sha256sum -c && sh install.sh`,
#     or use a pinned setup action or the distribution's package.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-3"]
#     NIST-800-53: ["SI-7", "SR-3"]
#   example: |
#     on: push
#     jobs:
#       build:
#         runs-on: ubuntu-latest
#         steps:
#           - run: curl -fsSL https://example.com/install.sh | bash
package verdict.github.curl_pipe_shell

import data.verdict.lib.github as gh
import rego.v1

interpreters := `(sudo\s+(-\S+\s+)*)?(env\s+)?(\S*/)?(ba|z|k|da|fi)?sh|python[0-9.]*|perl|ruby|node|pwsh|powershell`

patterns := [
	concat("", [`\b(curl|wget)\b[^|;&\n]*\|\s*`, `(`, interpreters, `)(\s|$)`]),
	concat("", [`\b(`, interpreters, `)\s+(-\S+\s+)*<\(\s*(curl|wget)\b`]),
	`(?i)\b(iex|invoke-expression)\b[^\n]*\b(iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)\b`,
	`(?i)\b(iwr|irm|invoke-webrequest|invoke-restmethod)\b[^|\n]*\|\s*(iex|invoke-expression)\b`,
]

warn contains {
	"msg": sprintf("step %s of %s runs a downloaded script without verifying it: %q", [gh.step_label(s.step, s.index), s.owner, trim_space(line)]),
	"path": array.concat(s.path, ["run"]),
} if {
	some s in gh.steps
	is_string(s.step.run)
	some line in split(s.step.run, "\n")
	not regex.match(`^\s*#`, line)
	some pattern in patterns
	regex.match(pattern, line)
}
