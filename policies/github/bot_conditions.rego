# METADATA
# title: Spoofable bot check on github.actor
# description: >-
#   `github.actor` is whoever caused the latest event of the run, not who
#   wrote the code: in a pull_request_target, workflow_run or issue_comment
#   workflow (which run with secrets and a write token), an attacker can get
#   a bot to update their pull request (e.g. `@dependabot recreate`, a
#   Renovate rebase) and pass a condition such as
#   `github.actor == 'dependabot[bot]'`, reaching an auto-merge or a
#   privileged step. Checked on job and step `if:` conditions, for `[bot]`
#   logins and for `github.actor_id` compared with a number.
# related_resources:
#   - https://docs.zizmor.sh/audits/#bot-conditions
#   - https://www.synacktiv.com/publications/github-actions-exploitation-dependabot
#   - https://docs.github.com/en/code-security/dependabot/working-with-dependabot/automating-dependabot-with-github-actions
# custom:
#   id: VD-GHA-021
#   severity: high
#   remediation: >-
#     Check who opened the pull request instead:
#     `github.event.pull_request.user.login == 'dependabot[bot]'`, and for
#     Dependabot use dependabot/fetch-metadata, or move the work to a
#     `pull_request` workflow.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-1", "CICD-SEC-4"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     on: pull_request_target
#     jobs:
#       automerge:
#         runs-on: ubuntu-latest
#         if: github.actor == 'dependabot[bot]'
#         steps:
#           - run: gh pr merge --auto --squash "$PR"
package verdict.github.bot_conditions

import data.verdict.lib.github as gh
import rego.v1

privileged_triggers := {"pull_request_target", "workflow_run", "issue_comment"}

actor := `github\s*(\.\s*actor|\[\s*'actor'\s*\])`

actor_id := `github\s*(\.\s*actor_id|\[\s*'actor_id'\s*\])`

patterns := [
	concat("", [`(?i)`, actor, `\s*==\s*'[^']*\[bot\]'`]),
	concat("", [`(?i)'[^']*\[bot\]'\s*==\s*`, actor, `\b`]),
	concat("", [`(?i)`, actor_id, `\s*==\s*'?[0-9]+`]),
	concat("", [`(?i)'?[0-9]+'?\s*==\s*`, actor_id]),
]

deny contains {
	"msg": sprintf("the condition of %s trusts github.actor to be a bot in a workflow triggered by %s", [c.owner, concat("/", sort(triggered_by))]),
	"path": c.path,
} if {
	triggered_by := gh.triggers & privileged_triggers
	count(triggered_by) > 0
	some c in gh.conditions
	some pattern in patterns
	regex.match(pattern, c.value)
}
