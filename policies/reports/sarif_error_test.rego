package verdict.reports.sarif_error_test

import data.verdict.reports.sarif_error
import rego.v1

rules := [
	{"id": "js/sql-injection", "defaultConfiguration": {"level": "error"}},
	{"id": "js/unused-local", "defaultConfiguration": {"level": "note"}},
	{"id": "js/no-config"},
]

loc := [{"physicalLocation": {"artifactLocation": {"uri": "src/db.js"}, "region": {"startLine": 42}}}]

log(results) := {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "CodeQL", "rules": rules}}, "results": results}]}

result(extra) := object.union({"ruleId": "js/sql-injection", "message": {"text": "Query built from user input."}, "locations": loc}, extra)

test_explicit_error_fires_on_level if {
	some r in sarif_error.deny with input as log([result({"level": "error", "ruleId": "js/no-config"})])
	r.path == ["runs", 0, "results", 0, "level"]
	r.resource == "js/no-config"
	r.msg == "CodeQL reported js/no-config at src/db.js:42: Query built from user input."
}

test_rule_default_error_by_index_fires if {
	some r in sarif_error.deny with input as log([result({"ruleIndex": 0})])
	r.path == ["runs", 0, "results", 0]
}

test_rule_default_error_by_id_fires if {
	count(sarif_error.deny) == 1 with input as log([result({})])
}

test_rule_index_object_fires if {
	count(sarif_error.deny) == 1 with input as log([object.remove(result({"rule": {"index": 0}}), ["ruleId"])])
}

test_rule_id_from_index_names_the_rule if {
	some r in sarif_error.deny with input as log([object.remove(result({"ruleIndex": 0}), ["ruleId"])])
	r.resource == "js/sql-injection"
}

test_default_level_is_warning if {
	count(sarif_error.deny) == 0 with input as log([result({"ruleId": "js/no-config"}), result({"ruleId": "js/unknown"})])
}

test_other_levels_pass if {
	count(sarif_error.deny) == 0 with input as log([
		result({"level": "warning"}),
		result({"level": "note"}),
		result({"ruleId": "js/unused-local"}),
	])
}

test_non_fail_kind_is_level_none if {
	count(sarif_error.deny) == 0 with input as log([result({"kind": "pass"}), result({"kind": "open"})])
	count(sarif_error.deny) == 1 with input as log([result({"kind": "fail"})])
}

test_override_lowers_the_rule_level if {
	doc := {"version": "2.1.0", "runs": [{
		"tool": {"driver": {"name": "CodeQL", "rules": rules}},
		"invocations": [{"executionSuccessful": true, "ruleConfigurationOverrides": [{"descriptor": {"id": "js/sql-injection"}, "configuration": {"level": "warning"}}]}],
		"results": [result({})],
	}]}
	count(sarif_error.deny) == 0 with input as doc
}

test_override_raises_by_index if {
	doc := {"version": "2.1.0", "runs": [{
		"tool": {"driver": {"name": "CodeQL", "rules": rules}},
		"invocations": [{"ruleConfigurationOverrides": [{"descriptor": {"index": 1}, "configuration": {"level": "error"}}]}],
		"results": [result({"ruleId": "js/unused-local", "ruleIndex": 1})],
	}]}
	count(sarif_error.deny) == 1 with input as doc
}

test_extension_rules if {
	doc := {"version": "2.1.0", "runs": [{
		"tool": {"driver": {"name": "CodeQL"}, "extensions": [{"name": "codeql/js-queries", "rules": [{"id": "js/xss", "defaultConfiguration": {"level": "error"}}]}]},
		"results": [{"ruleId": "js/xss", "rule": {"id": "js/xss", "index": 0, "toolComponent": {"index": 0}}, "message": {"text": "XSS"}}],
	}]}
	some r in sarif_error.deny with input as doc
	r.msg == "CodeQL reported js/xss at (no location): XSS"
}

test_suppressed_and_absent_results_pass if {
	count(sarif_error.deny) == 0 with input as log([
		result({"level": "error", "suppressions": [{"kind": "inSource"}]}),
		result({"level": "error", "suppressions": [{"kind": "external", "status": "accepted"}]}),
		result({"level": "error", "baselineState": "absent"}),
	])
}

test_rejected_or_pending_suppression_still_fires if {
	count(sarif_error.deny) == 2 with input as log([
		result({"level": "error", "suppressions": [{"kind": "external", "status": "rejected"}]}),
		result({"level": "error", "suppressions": [{"kind": "external", "status": "underReview"}]}),
	])
}

test_verdicts_own_sarif_is_skipped if {
	doc := {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "verdict"}}, "results": [result({"level": "error"})]}]}
	count(sarif_error.deny) == 0 with input as doc
}

test_long_message_is_cut_and_missing_parts_described if {
	long := concat("", ["a" | some _ in numbers.range(1, 300)])
	some r in sarif_error.deny with input as {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": [{"level": "error", "message": {"text": long}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "x.c"}}}]}]}]}
	startswith(r.msg, "SARIF tool reported (no rule id) at x.c: aaa")
	endswith(r.msg, "...")
	count(r.msg) < 260
}

test_message_id_fallback if {
	some r in sarif_error.deny with input as log([{"ruleId": "js/sql-injection", "message": {"id": "default"}}])
	endswith(r.msg, "at (no location): default")
}

test_no_runs if {
	count(sarif_error.deny) == 0 with input as {"version": "2.1.0", "runs": null}
}
