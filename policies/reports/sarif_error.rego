# METADATA
# title: Error-level result in an upstream SARIF report
# description: >-
#   An analysis tool (CodeQL, Semgrep, ESLint, Checkov, …) reported a result
#   whose effective SARIF level is `error`. The level is resolved as SARIF
#   2.1.0 §3.27.10 says: the result's own `level`; else `none` when `kind` is
#   not `fail`; else a matching `invocations[].ruleConfigurationOverrides[]`
#   level; else the rule's `defaultConfiguration.level` (the rule found by
#   `rule.index`/`ruleIndex`, or by `ruleId`, in the driver or the
#   `rule.toolComponent` extension); else `warning`. Results suppressed with
#   an accepted (or status-less) suppression, results whose `baselineState`
#   is `absent`, and runs produced by verdict itself are skipped.
# related_resources:
#   - https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html#_Toc141790898
#   - https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
# custom:
#   id: VD-SCAN-003
#   severity: high
#   remediation: >-
#     Fix the code at the reported location as the tool's rule help describes,
#     then re-run the analysis. If the result is a false positive, suppress it
#     where the tool expects (an inline `// nosemgrep`, `# noqa`, a CodeQL
#     dismissal, or a SARIF `suppressions` entry with a justification) rather
#     than lowering the rule's level.
#   kinds: [sarif]
#   frameworks:
#     NIST-800-53: ["SA-11(1)", "RA-5"]
#   example: |
#     {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "CodeQL",
#       "rules": [{"id": "js/sql-injection", "defaultConfiguration": {"level": "error"}}]}},
#       "results": [{"ruleId": "js/sql-injection", "ruleIndex": 0,
#         "message": {"text": "This query depends on a user-provided value."},
#         "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/db.js"},
#           "region": {"startLine": 42}}}]}]}]}
package verdict.reports.sarif_error

import rego.v1

deny contains {
	"msg": sprintf("%s reported %s at %s: %s", [tool_name(run), rule_id(run, r), location(r), text(r)]),
	"path": result_path(i, j, r),
	"resource": rule_id(run, r),
} if {
	some i, run in runs
	not own_run(run)
	is_array(run.results)
	some j, r in run.results
	is_object(r)
	level(run, r) == "error"
	not suppressed(r)
	object.get(r, "baselineState", "") != "absent"
}

runs := input.runs if is_array(input.runs)

own_run(run) if run.tool.driver.name == "verdict"

result_path(i, j, r) := ["runs", i, "results", j, "level"] if {
	is_string(r.level)
} else := ["runs", i, "results", j]

# --- effective level (SARIF 2.1.0 §3.27.10) --------------------------------

level(run, r) := r.level if {
	is_string(r.level)
} else := "none" if {
	is_string(r.kind)
	r.kind != "fail"
} else := override_level(run, r) if {
	override_level(run, r)
} else := rule.defaultConfiguration.level if {
	rule := rule_of(run, r)
	is_string(rule.defaultConfiguration.level)
} else := "warning"

override_level(run, r) := o.configuration.level if {
	some inv in run.invocations
	some o in inv.ruleConfigurationOverrides
	is_string(o.configuration.level)
	describes(o.descriptor, run, r)
}

describes(d, run, r) if {
	is_string(d.id)
	d.id == rule_id(run, r)
}

describes(d, _, r) if {
	is_number(d.index)
	d.index == rule_index(r)
}

# The reportingDescriptor of the result's rule: by index into the driver's (or
# the referenced extension's) rules, else by id.
rule_of(run, r) := rules_of(run, r)[rule_index(r)] if {
	is_number(rule_index(r))
	rule_index(r) >= 0
} else := rule if {
	some rule in rules_of(run, r)
	rule.id == rule_id(run, r)
}

rules_of(run, r) := run.tool.extensions[r.rule.toolComponent.index].rules if {
	is_number(r.rule.toolComponent.index)
} else := run.tool.driver.rules if {
	is_array(run.tool.driver.rules)
} else := []

rule_index(r) := r.rule.index if {
	is_number(r.rule.index)
} else := r.ruleIndex if {
	is_number(r.ruleIndex)
}

rule_id(run, r) := r.ruleId if {
	is_string(r.ruleId)
} else := r.rule.id if {
	is_string(r.rule.id)
} else := rule.id if {
	rule := rules_of(run, r)[rule_index(r)]
	is_string(rule.id)
} else := "(no rule id)"

# --- suppressions (§3.27.23, §3.35.3) ----------------------------------------

# Suppressed when some suppression is accepted or carries no status; one that
# is only underReview or rejected leaves the result in force.
suppressed(r) if {
	some s in r.suppressions
	is_object(s)
	object.get(s, "status", "accepted") == "accepted"
}

# --- description -----------------------------------------------------------

tool_name(run) := run.tool.driver.name if {
	is_string(run.tool.driver.name)
	run.tool.driver.name != ""
} else := "SARIF tool"

location(r) := sprintf("%s:%d", [loc.artifactLocation.uri, loc.region.startLine]) if {
	loc := r.locations[0].physicalLocation
	is_string(loc.artifactLocation.uri)
	is_number(loc.region.startLine)
} else := r.locations[0].physicalLocation.artifactLocation.uri if {
	is_string(r.locations[0].physicalLocation.artifactLocation.uri)
} else := "(no location)"

# The message, cut to a line's worth.
text(r) := msg if {
	is_string(r.message.text)
	count(r.message.text) <= 200
	msg := r.message.text
} else := concat("", [substring(r.message.text, 0, 197), "..."]) if {
	is_string(r.message.text)
} else := object.get(r, ["message", "id"], "(no message)")
