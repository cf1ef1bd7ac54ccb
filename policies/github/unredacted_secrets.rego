# METADATA
# title: Structured secret parsed with fromJSON
# description: >-
#   The runner masks a secret's exact value in logs. `fromJSON(secrets.X)`
#   turns a JSON secret into fields whose values were never registered as
#   secrets, so `fromJSON(secrets.CREDS).password` (or the parsed object
#   itself, printed or passed on) can appear in logs unmasked.
# related_resources:
#   - https://docs.zizmor.sh/audits/#unredacted-secrets
#   - https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow
# custom:
#   id: VD-GHA-019
#   severity: medium
#   remediation: >-
#     Store each field as its own secret (`secrets.DB_PASSWORD`) or, if the
#     JSON must stay whole, register each extracted value with
#     `echo "::add-mask::$VALUE"` before anything can print it.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-6", "CICD-SEC-10"]
#     NIST-800-53: ["IA-5", "AU-9"]
#   example: |
#     on: push
#     jobs:
#       deploy:
#         runs-on: ubuntu-latest
#         steps:
#           - run: ./deploy.sh
#             env:
#               DB_PASSWORD: ${{ fromJSON(secrets.DB).password }}
package verdict.github.unredacted_secrets

import data.verdict.lib.github as gh
import rego.v1

warn contains {
	"msg": sprintf("%q parses a secret with fromJSON; its fields are not masked in logs", [expr]),
	"path": s.path,
} if {
	some s in gh.strings
	some expr in gh.expressions(s.value)
	regex.match(`(?i)\bfromjson\(\s*secrets\s*(\.|\[)`, expr)
}
