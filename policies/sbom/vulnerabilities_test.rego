package verdict.sbom.vulnerabilities_test

import data.verdict.sbom.vulnerabilities
import rego.v1

vuln(severities, analysis) := object.union(
	{
		"id": "CVE-2021-44228",
		"ratings": [{"severity": s} | some s in severities],
		"affects": [{"ref": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
	},
	analysis,
)

bom(vulns) := {"bomFormat": "CycloneDX", "specVersion": "1.5", "vulnerabilities": vulns}

test_critical_without_analysis_fires if {
	some r in vulnerabilities.deny with input as bom([vuln(["medium", "critical"], {})])
	r.path == ["vulnerabilities", 0]
	r.severity == "critical"
	r.resource == "CVE-2021-44228"
	r.msg == "CVE-2021-44228 is rated critical and not resolved in pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"
}

test_high_exploitable_fires if {
	some r in vulnerabilities.deny with input as bom([vuln(["HIGH"], {"analysis": {"state": "exploitable"}})])
	r.severity == "high"
}

test_in_triage_still_fires if {
	count(vulnerabilities.deny) == 1 with input as bom([vuln(["high"], {"analysis": {"state": "in_triage"}})])
}

test_vex_settled_states_pass if {
	every state in ["not_affected", "resolved", "resolved_with_pedigree", "false_positive"] {
		count(vulnerabilities.deny) == 0 with input as bom([vuln(["critical"], {"analysis": {"state": state}})])
	}
}

test_medium_passes if {
	count(vulnerabilities.deny) == 0 with input as bom([vuln(["medium", "low"], {})])
}

test_no_ratings_or_non_string_severity_passes if {
	count(vulnerabilities.deny) == 0 with input as bom([{"id": "CVE-1"}, {"id": "CVE-2", "ratings": [{"severity": 9}]}])
}

test_message_without_affects if {
	some r in vulnerabilities.deny with input as bom([{"id": "CVE-3", "ratings": [{"severity": "high"}]}])
	r.msg == "CVE-3 is rated high and not resolved"
}
