package verdict.dockerfile.healthcheck_missing_test

import data.verdict.dockerfile.healthcheck_missing
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

test_missing_fires_at_the_final_from if {
	df := [i("from", ["golang:1.22", "AS", "build"]), i("healthcheck", ["CMD", "true"]), i("from", ["alpine:3.20"]), i("cmd", ["/app"])]
	some r in healthcheck_missing.warn with input as df
	r.path == [2]
}

test_healthcheck_passes if {
	count(healthcheck_missing.warn) == 0 with input as [i("from", ["nginx:1.27"]), i("healthcheck", ["CMD", "curl -f http://localhost/ || exit 1"])]
}

test_explicit_none_passes if {
	count(healthcheck_missing.warn) == 0 with input as [i("from", ["alpine:3.20"]), i("healthcheck", ["NONE"])]
}

test_inherited_from_parent_stage_passes if {
	df := [i("from", ["nginx:1.27", "AS", "base"]), i("healthcheck", ["CMD", "true"]), i("from", ["base"])]
	count(healthcheck_missing.warn) == 0 with input as df
}

test_empty_document_passes if {
	count(healthcheck_missing.warn) == 0 with input as []
}
