# METADATA
# title: Critical or high vulnerability in the SBOM
# description: >-
#   The CycloneDX document lists a vulnerability rated critical or high (its
#   worst rating across sources) whose VEX `analysis.state` does not settle it:
#   `resolved`, `resolved_with_pedigree`, `not_affected` and `false_positive`
#   settle; `exploitable`, `in_triage` or no analysis do not.
# related_resources:
#   - https://cyclonedx.org/capabilities/vex/
#   - https://cyclonedx.org/docs/1.6/json/#vulnerabilities_items_analysis_state
# custom:
#   id: VD-SBOM-002
#   severity: high
#   remediation: >-
#     Upgrade the affected component to a fixed version; if the vulnerable code
#     is not reachable, record a VEX analysis with `state: not_affected` and a
#     justification.
#   kinds: [cyclonedx]
#   frameworks:
#     NIST-800-53: ["RA-5", "SI-2"]
#     PCI-DSS-4.0: ["6.3.3"]
#   example: |
#     {"bomFormat": "CycloneDX", "specVersion": "1.5", "vulnerabilities": [
#       {"id": "CVE-2021-44228", "ratings": [{"source": {"name": "NVD"},
#        "score": 10.0, "severity": "critical", "method": "CVSSv31"}],
#        "affects": [{"ref": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}],
#        "analysis": {"state": "exploitable"}}]}
package verdict.sbom.vulnerabilities

import rego.v1

# VEX states that mean no action is needed.
settled := {"resolved", "resolved_with_pedigree", "not_affected", "false_positive"}

deny contains {
	"msg": sprintf("%s is rated %s and not resolved%s", [v.id, severity, affected(v)]),
	"path": ["vulnerabilities", i],
	"resource": v.id,
	"severity": severity,
} if {
	some i, v in input.vulnerabilities
	not object.get(v, ["analysis", "state"], "") in settled
	severity := worst(v)
	severity in {"critical", "high"}
}

worst(v) := "critical" if {
	rated(v, "critical")
} else := "high" if {
	rated(v, "high")
}

rated(v, severity) if {
	some r in v.ratings
	is_string(r.severity)
	lower(r.severity) == severity
}

# " in <refs>" naming the affected components, when the document says.
affected(v) := sprintf(" in %s", [concat(", ", sort(refs))]) if {
	refs := {a.ref | some a in v.affects; is_string(a.ref)}
	count(refs) > 0
} else := ""
