# METADATA
# title: Deprecated set-env/add-path workflow commands re-enabled
# description: >-
#   `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns the `::set-env` and
#   `::add-path` commands back on, which GitHub disabled in 2020
#   (CVE-2020-15228): any step that prints attacker-influenced text (a log
#   line, a PR title, test output) can then set environment variables such
#   as LD_PRELOAD or NODE_OPTIONS, or prepend to PATH, for every later step.
#   Checked on the workflow's, each job's and each step's `env`; the value
#   counts as true the way the runner parses it (case-insensitive `true`,
#   surrounding spaces ignored).
# related_resources:
#   - https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/
#   - https://github.com/advisories/GHSA-mfwh-5m23-j46w
#   - https://docs.zizmor.sh/audits/#insecure-commands
# custom:
#   id: VD-GHA-009
#   severity: high
#   remediation: >-
#     Remove `ACTIONS_ALLOW_UNSECURE_COMMANDS`; write variables with
#     `echo "NAME=value" >> "$GITHUB_ENV"` and paths with
#     `echo "/opt/tool/bin" >> "$GITHUB_PATH"`, and upgrade actions that still
#     use set-env.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4", "CICD-SEC-7"]
#     NIST-800-53: ["CM-7", "SI-10"]
#   example: |
#     on: push
#     jobs:
#       build:
#         runs-on: ubuntu-latest
#         env:
#           ACTIONS_ALLOW_UNSECURE_COMMANDS: true
#         steps:
#           - run: echo "::set-env name=FOO::bar"
package verdict.github.insecure_commands

import data.verdict.lib.github as gh
import rego.v1

name := "ACTIONS_ALLOW_UNSECURE_COMMANDS"

# Every env block with where it is and whose it is.
envs contains {"owner": "the workflow", "env": input.env, "path": ["env"]} if is_object(input.env)

envs contains {"owner": sprintf("job %q", [j.id]), "env": j.job.env, "path": ["jobs", j.id, "env"]} if {
	some j in gh.jobs
	is_object(j.job.env)
}

envs contains {"owner": sprintf("step %s of %s", [gh.step_label(s.step, s.index), s.owner]), "env": s.step.env, "path": array.concat(s.path, ["env"])} if {
	some s in gh.steps
	is_object(s.step.env)
}

deny contains {
	"msg": sprintf("%s sets %s, re-enabling set-env and add-path", [e.owner, name]),
	"path": array.concat(e.path, [name]),
} if {
	some e in envs
	enabled(e.env[name])
}

enabled(value) if value == true

enabled(value) if {
	is_string(value)
	lower(trim_space(value)) == "true"
}
