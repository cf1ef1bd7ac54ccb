# METADATA
# title: Condition tests membership with contains() on a string
# description: >-
#   `contains('refs/heads/main refs/heads/release', github.ref)` is a
#   substring test, not a list lookup: it is also true for any ref that is
#   part of that string (`refs/heads/mai`, `refs/heads/release refs`, an
#   empty value), and branch names, actors and labels are chosen by whoever
#   pushes or opens the pull request. A condition meant to restrict a
#   deployment or a privileged step to some branches or users can then be
#   met by an attacker-created one. Reported when the first argument of
#   contains() in a job or step `if:` is a string literal and the second is
#   not.
# related_resources:
#   - https://docs.zizmor.sh/audits/#unsound-contains
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/evaluate-expressions-in-workflows-and-actions#contains
# custom:
#   id: VD-GHA-022
#   severity: medium
#   remediation: >-
#     Test against an array: `contains(fromJSON('["refs/heads/main", "refs/heads/release"]'), github.ref)`,
#     or compare explicitly: `github.ref == 'refs/heads/main' || github.ref == 'refs/heads/release'`.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-1"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     on: push
#     jobs:
#       deploy:
#         runs-on: ubuntu-latest
#         if: contains('refs/heads/main refs/heads/release', github.ref)
#         steps:
#           - run: ./deploy.sh
package verdict.github.unsound_contains

import data.verdict.lib.github as gh
import rego.v1

deny contains {
	"msg": sprintf("the condition of %s uses %q, a substring test that other values also pass", [c.owner, call[0]]),
	"path": c.path,
} if {
	some c in gh.conditions
	some call in regex.find_all_string_submatch_n(`(?i)\bcontains\(\s*'[^']*'\s*,\s*([^)'\s][^)]*)\)`, c.value, -1)
	not literal(call[1])
}

literal(arg) if regex.match(`^\s*('[^']*'|-?[0-9.]+|true|false|null)\s*$`, arg)
