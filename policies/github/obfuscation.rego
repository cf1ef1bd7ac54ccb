# METADATA
# title: Obfuscated expression or action reference
# description: >-
#   Constructs that hide what a workflow does from reviewers and from
#   pattern-based checks (this library's included): a context indexed with
#   a literal name (`github['event']['issue']['title']` for
#   `github.event.issue.title`; names with a `-`, often bracketed out of
#   habit, are let through), `format()` over literals only, which
#   reduces to a constant, and `uses:` paths with empty, `.` or `..`
#   segments (`actions/checkout/./@v4`). None is needed to write a working
#   workflow; in a contribution each deserves a second look.
# related_resources:
#   - https://docs.zizmor.sh/audits/#obfuscation
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/evaluate-expressions-in-workflows-and-actions
# custom:
#   id: VD-GHA-020
#   severity: low
#   remediation: >-
#     Write the plain form: `github.event.issue.title` instead of
#     `github['event']['issue']['title']`, the constant instead of
#     `format('{0}', 'abc')`, `actions/checkout@v4` instead of
#     `actions/checkout/./@v4`.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     on: issues
#     jobs:
#       triage:
#         runs-on: ubuntu-latest
#         steps:
#           - run: echo "${{ github['event']['issue']['title'] }}"
package verdict.github.obfuscation

import data.verdict.lib.github as gh
import rego.v1

expression_patterns := {
	"indexes a context with a literal name": `\w\s*\[\s*'[A-Za-z_][A-Za-z0-9_]*'\s*\]`,
	"calls format() on literals only": `(?i)\bformat\(\s*'[^']*'(\s*,\s*('[^']*'|-?[0-9.]+|true|false|null))*\s*\)`,
}

warn contains {
	"msg": sprintf("%q %s", [expr, what]),
	"path": s.path,
} if {
	some s in gh.strings
	some expr in gh.expressions(s.value)
	some what, pattern in expression_patterns
	regex.match(pattern, expr)
}

# `if:` conditions need no `${{ }}`.
warn contains {
	"msg": sprintf("the condition of %s %s", [c.owner, what]),
	"path": c.path,
} if {
	some c in gh.conditions
	not contains(c.value, "${{")
	some what, pattern in expression_patterns
	regex.match(pattern, c.value)
}

warn contains {
	"msg": sprintf("step %s of %s uses %q, a path with empty, . or .. segments", [gh.step_label(s.step, s.index), s.owner, s.step.uses]),
	"path": array.concat(s.path, ["uses"]),
} if {
	some s in gh.steps
	obfuscated_uses(s.step.uses)
}

warn contains {
	"msg": sprintf("job %q calls %q, a path with empty, . or .. segments", [j.id, j.job.uses]),
	"path": ["jobs", j.id, "uses"],
} if {
	some j in gh.jobs
	obfuscated_uses(j.job.uses)
}

obfuscated_uses(uses) if {
	is_string(uses)
	not startswith(uses, "docker://")
	not startswith(uses, "./")
	path := split(uses, "@")[0]
	regex.match(`//|/\.{1,2}(/|$)|/$`, path)
}
