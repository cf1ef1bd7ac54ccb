package verdict.github.known_vulnerable_action_test

import data.verdict.github.known_vulnerable_action
import rego.v1

wf(uses) := {"on": "pull_request", "jobs": {"changes": {"runs-on": "ubuntu-latest", "steps": [{"uses": "actions/checkout@v4"}, {"uses": uses}]}}}

test_changed_files_major_tag_fires if {
	some r in known_vulnerable_action.deny with input as wf("tj-actions/changed-files@v45")
	r.path == ["jobs", "changes", "steps", 1, "uses"]
	contains(r.msg, "GHSA-mrrh-fwg8-r2c3")
	contains(r.msg, "fixed in 46.0.1")
}

test_old_changed_files_has_both_advisories if {
	some r in known_vulnerable_action.deny with input as wf("tj-actions/changed-files@v35.9.2")
	contains(r.msg, "GHSA-mrrh-fwg8-r2c3, GHSA-mw4p-6x4p-x5m5")
}

test_download_artifact_range if {
	count(known_vulnerable_action.deny) == 1 with input as wf("actions/download-artifact@v4.1.2")
	count(known_vulnerable_action.deny) == 1 with input as wf("actions/download-artifact@v4.0")
	count(known_vulnerable_action.deny) == 0 with input as wf("actions/download-artifact@v4")
	count(known_vulnerable_action.deny) == 0 with input as wf("actions/download-artifact@v4.1")
	count(known_vulnerable_action.deny) == 0 with input as wf("actions/download-artifact@v3")
}

test_fixed_versions_and_sha_pins_pass if {
	count(known_vulnerable_action.deny) == 0 with input as wf("tj-actions/changed-files@v46")
	count(known_vulnerable_action.deny) == 0 with input as wf("tj-actions/changed-files@46.0.1")
	count(known_vulnerable_action.deny) == 0 with input as wf("tj-actions/branch-names@v8")
	count(known_vulnerable_action.deny) == 0 with input as wf("tj-actions/changed-files@0123456789abcdef0123456789abcdef01234567")
	count(known_vulnerable_action.deny) == 0 with input as wf("tj-actions/changed-files@main")
}
