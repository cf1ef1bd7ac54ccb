# METADATA
# title: Critical or high vulnerability in the SBOM
# description: >-
#   The CycloneDX document lists a vulnerability rated critical or high whose
#   VEX analysis does not say it is resolved or not exploitable.
# related_resources:
#   - https://cyclonedx.org/capabilities/vex/
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
package verdict.sbom.vulnerabilities

import rego.v1

# VEX states that mean no action is needed.
settled := {"resolved", "resolved_with_pedigree", "not_affected", "false_positive"}

deny contains {
	"msg": sprintf("%s is rated %s and not resolved", [v.id, severity]),
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
	some r in v.ratings
	lower(r.severity) == "critical"
} else := "high" if {
	some r in v.ratings
	lower(r.severity) == "high"
}
