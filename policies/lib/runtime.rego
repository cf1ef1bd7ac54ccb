# Shared helpers for runtime rules (Falco events, Security Hub ASFF, OCSF).
# These run on a live stream (~20,000 events/s): direct field access only,
# no walk() and no iteration over the whole event.
package verdict.lib.runtime

import rego.v1

# Rules here are referenced by their full path (data.verdict.lib.runtime.x),
# not through an import alias: regorus evaluates every rule of a package
# reached through an alias (`import data.verdict.lib.runtime` then
# `runtime.where`), which multiplies the cost per event. Functions are fine
# either way.

# Falco priorities, most severe first (syslog order). "info" is the spelling
# some outputs and configuration files use for Informational.
falco_rank := {
	"emergency": 0,
	"alert": 1,
	"critical": 2,
	"error": 3,
	"warning": 4,
	"notice": 5,
	"informational": 6,
	"info": 6,
	"debug": 7,
}

# One output field of the event ("proc.name", "fd.name", …) when it is a
# non-empty string; Falco prints "<NA>" for fields it could not resolve.
field(name) := v if {
	v := input.output_fields[name]
	is_string(v)
	v != ""
	v != "<NA>"
}

# The event happened inside a container (Falco reports host events with
# container.id "host").
in_container if {
	id := field("container.id")
	id != "host"
}

# Where the event happened, for messages: the pod, else the container, else
# the host.
where := sprintf("pod %s/%s (container %s)", [object.get(input.output_fields, "k8s.ns.name", "?"), field("k8s.pod.name"), container_label]) if {
	field("k8s.pod.name")
} else := sprintf("container %s", [container_label]) if {
	in_container
} else := sprintf("host %s", [input.hostname]) if {
	is_string(input.hostname)
} else := "host"

container_label := sprintf("%s %s", [field("container.name"), field("container.id")]) if {
	field("container.name")
} else := field("container.id")

# The object a finding is about: the pod, else the container, else the host.
resource := sprintf("%s/%s", [object.get(input.output_fields, "k8s.ns.name", ""), field("k8s.pod.name")]) if {
	field("k8s.pod.name")
} else := field("container.id") if {
	in_container
} else := input.hostname if {
	is_string(input.hostname)
} else := ""

# The process, for messages: `bash (bash -il)`.
process := sprintf("%s (%s)", [field("proc.name"), field("proc.cmdline")]) if {
	field("proc.cmdline")
	field("proc.name")
} else := field("proc.name") if {
	field("proc.name")
} else := "unknown process"

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
