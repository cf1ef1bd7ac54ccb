# METADATA
# title: Write to GITHUB_ENV or GITHUB_PATH in a privileged untrusted-input workflow
# description: >-
#   In a workflow triggered by pull_request_target or workflow_run (which
#   run with secrets and a write token but handle data from forks), a step
#   that writes computed content to `$GITHUB_ENV` or `$GITHUB_PATH` lets
#   whoever controls that content set variables such as LD_PRELOAD, BASH_ENV
#   or NODE_OPTIONS, or put their own binaries first on PATH, for every later
#   step. Writes of fixed text (`echo`/`printf` with no `$` expansion or
#   command substitution) are not reported. Bash/sh redirections and `tee`,
#   PowerShell `$env:GITHUB_ENV` writes and cmd `%GITHUB_ENV%` are recognised.
# related_resources:
#   - https://securitylab.github.com/resources/github-actions-new-patterns-and-mitigations/
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable
#   - https://docs.zizmor.sh/audits/#github-env
# custom:
#   id: VD-GHA-010
#   severity: high
#   remediation: >-
#     Do not feed untrusted data to `$GITHUB_ENV`/`$GITHUB_PATH`; pass values
#     between steps as step outputs (`echo "name=value" >> "$GITHUB_OUTPUT"`)
#     and read them through `env:`, or move the work into an unprivileged
#     `pull_request` workflow.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     on: pull_request_target
#     jobs:
#       label:
#         runs-on: ubuntu-latest
#         steps:
#           - env:
#               TITLE: ${{ github.event.pull_request.title }}
#             run: echo "TITLE=$TITLE" >> "$GITHUB_ENV"
package verdict.github.github_env

import data.verdict.lib.github as gh
import rego.v1

dangerous_triggers := {"pull_request_target", "workflow_run"}

# `… >> $GITHUB_ENV`, `>> "${GITHUB_PATH}"`, `| tee -a $GITHUB_ENV`
# (bash/sh), `>> $env:GITHUB_ENV`, `Out-File … $env:GITHUB_ENV` (pwsh) and
# `>> %GITHUB_ENV%` (cmd). Group 1 is what precedes the write, group 2 the file.
write_patterns := [
	`^(.*?)(?:>>?|\btee\b[^|;&]*?)\s*"?\$\{?(GITHUB_ENV|GITHUB_PATH)\b`,
	`(?i)^(.*?)(?:>>?|\b(?:out-file|add-content|set-content|tee-object)\b[^|;]*?)\s*"?\$env:(GITHUB_ENV|GITHUB_PATH)\b`,
	`(?i)^(.*?)>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%`,
]

deny contains {
	"msg": sprintf("step %s of job %q writes to %s in a %s workflow", [gh.step_label(s.step, s.index), s.job_id, file, concat("/", sort(triggered_by))]),
	"path": array.concat(s.path, ["run"]),
} if {
	triggered_by := gh.triggers & dangerous_triggers
	count(triggered_by) > 0
	some s in gh.steps
	is_string(s.step.run)
	not script_shell(s)
	some file in unsafe_writes(s.step.run)
}

# `shell: python` / `node {0}` steps are not shell scripts.
script_shell(s) if {
	is_string(s.step.shell)
	regex.match(`^\s*(python|node|perl|ruby)`, s.step.shell)
}

unsafe_writes(script) := {upper(m[2]) |
	some line in split(script, "\n")
	some pattern in write_patterns
	some m in regex.find_all_string_submatch_n(pattern, line, 1)
	not fixed_text(m[1])
}

# `echo FOO=bar`, `printf "A=1\n"`, `Write-Output "X=1"`: no expansion, no substitution.
fixed_text(command) if {
	regex.match(`(?i)^\s*(echo|printf|write-output)(\s|$)`, command)
	not contains(command, "$")
	not contains(command, "`")
	not contains(command, "%")
	not contains(command, "<<")
}
