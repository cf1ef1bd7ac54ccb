package verdict.reports.epss_test

import data.verdict.reports.epss
import rego.v1

report(vuln_extra, related) := {"matches": [{
	"vulnerability": object.union({"id": "GHSA-qppj-fm5r-hxr3", "severity": "High", "fix": {"versions": ["1.58.3"], "state": "fixed"}}, vuln_extra),
	"relatedVulnerabilities": related,
	"artifact": {"name": "google.golang.org/grpc", "version": "1.56.2", "type": "go-module"},
}], "descriptor": {"name": "grype"}}

score(s) := {"cve": "CVE-2023-44487", "epss": s, "percentile": 0.99, "date": "2025-01-01"}

test_high_epss_fires if {
	some r in epss.warn with input as report({"epss": [score(0.94)]}, [])
	r.path == ["matches", 0, "vulnerability", "epss", 0]
	r.resource == "google.golang.org/grpc@1.56.2"
	r.msg == "GHSA-qppj-fm5r-hxr3 (High) in google.golang.org/grpc 1.56.2 has an EPSS score of 0.940 (percentile 0.99), at or above 0.1; fixed in 1.58.3"
}

test_score_on_related_vulnerability_fires if {
	some r in epss.warn with input as report({}, [{"id": "CVE-2023-44487", "epss": [{"cve": "CVE-2023-44487", "epss": 0.5}]}])
	r.path == ["matches", 0, "relatedVulnerabilities", 0, "epss", 0]
	contains(r.msg, "(percentile ?)")
}

test_highest_score_is_reported_once if {
	results := epss.warn with input as report({"epss": [score(0.2), score(0.6)]}, [{"epss": [score(0.3)]}])
	count(results) == 1
	some r in results
	r.path == ["matches", 0, "vulnerability", "epss", 1]
}

test_low_epss_passes if {
	count(epss.warn) == 0 with input as report({"epss": [score(0.0719)]}, [])
	count(epss.warn) == 0 with input as report({}, [])
	count(epss.warn) == 0 with input as report({"epss": [{"cve": "x", "epss": "0.9"}]}, [])
}

test_threshold_is_configurable if {
	count(epss.warn) == 1 with input as report({"epss": [score(0.0719)], "fix": {"state": "not-fixed"}}, [])
		with data.verdict.config.epss_threshold as 0.05
	count(epss.warn) == 0 with input as report({"epss": [score(0.5)]}, [])
		with data.verdict.config.epss_threshold as 0.6
}
