# Shared helpers for rules over security findings from other tools that
# arrive as runtime events (Security Hub ASFF, OCSF Compliance Findings).
# Apart from lib/runtime.rego, whose Falco helpers read only named fields:
# these read the whole input (a bare ASFF list), and a stream's decisions
# can be reused only when every loaded module reads named fields.
package verdict.lib.findings

import rego.v1

# Security Hub ASFF: the findings of a GetFindings export ({"Findings": […]})
# or of a BatchImportFindings payload (a bare list), with their paths.
asff_findings contains [["Findings", i], f] if {
	is_array(input.Findings)
	some i, f in input.Findings
	is_object(f)
}

asff_findings contains [[i], f] if {
	is_array(input)
	some i, f in input
	is_object(f)
	is_string(f.SchemaVersion)
}

# The ASFF finding is live: ACTIVE (the default) and not closed by a
# suppressed or resolved workflow.
asff_open(f) if {
	object.get(f, "RecordState", "ACTIVE") == "ACTIVE"
	not object.get(f, ["Workflow", "Status"], "NEW") in {"SUPPRESSED", "RESOLVED"}
}

asff_severity(f) := s if {
	label := f.Severity.Label
	is_string(label)
	s := {"INFORMATIONAL": "info", "LOW": "low", "MEDIUM": "medium", "HIGH": "high", "CRITICAL": "critical"}[upper(label)]
} else := "medium"

# OCSF finding status_id: 3 Suppressed, 4 Resolved close a finding.
ocsf_open if {
	not object.get(input, "status_id", 0) in {3, 4}
	not lower(object.get(input, "status", "")) in {"suppressed", "resolved"}
}

# OCSF severity_id → verdict severity (0 Unknown, 1 Informational, 2 Low,
# 3 Medium, 4 High, 5 Critical, 6 Fatal, 99 Other).
ocsf_severity := s if {
	s := {1: "info", 2: "low", 3: "medium", 4: "high", 5: "critical", 6: "critical"}[input.severity_id]
} else := "medium"
