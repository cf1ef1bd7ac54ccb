# Shared helpers for rules over Falco events. These run on a live stream
# (tens of thousands of events a second), so they read named fields only:
# no walk(), no iteration over the event, never the whole input. That keeps
# them cheap, and it lets `verdict stream` reuse the decision for an event
# whose read fields equal an earlier event's (Falco events of one kind
# differ mostly in time stamps and process ids that no rule reads).
package verdict.lib.runtime

import rego.v1

# Rules here are referenced by their full path (data.verdict.lib.runtime.x),
# not through an import alias: regorus evaluates every rule of a package
# reached through an alias (`import data.verdict.lib.runtime` then
# `runtime.where`), which multiplies the cost per event.

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

# The output fields the rules use ("proc.name", "fd.name", …) when they hold
# a non-empty string; Falco prints "<NA>" for fields it could not resolve.
# Each is spelled out rather than looked up by a name computed at run time,
# which would make every field of every event count as read.
pod_name := v if {
	v := input.output_fields["k8s.pod.name"]
	is_string(v)
	v != ""
	v != "<NA>"
}

# The namespace as Falco printed it, for messages: "?" (in `where`) or ""
# (in `resource`) when absent.
where_namespace := v if {
	v := input.output_fields["k8s.ns.name"]
} else := "?"

resource_namespace := v if {
	v := input.output_fields["k8s.ns.name"]
} else := ""

container_id := v if {
	v := input.output_fields["container.id"]
	is_string(v)
	v != ""
	v != "<NA>"
}

container_name := v if {
	v := input.output_fields["container.name"]
	is_string(v)
	v != ""
	v != "<NA>"
}

proc_name := v if {
	v := input.output_fields["proc.name"]
	is_string(v)
	v != ""
	v != "<NA>"
}

proc_cmdline := v if {
	v := input.output_fields["proc.cmdline"]
	is_string(v)
	v != ""
	v != "<NA>"
}

fd_name := v if {
	v := input.output_fields["fd.name"]
	is_string(v)
	v != ""
	v != "<NA>"
}

fd_sip_name := v if {
	v := input.output_fields["fd.sip.name"]
	is_string(v)
	v != ""
	v != "<NA>"
}

# The Falco rule's name ("" when absent), for messages.
rule_name := v if {
	v := input.rule
} else := ""

# The event happened inside a container (Falco reports host events with
# container.id "host").
in_container if container_id != "host"

# Where the event happened, for messages: the pod, else the container, else
# the host.
where := sprintf("pod %s/%s (container %s)", [where_namespace, pod_name, container_label]) if {
	pod_name
} else := sprintf("container %s", [container_label]) if {
	in_container
} else := sprintf("host %s", [input.hostname]) if {
	is_string(input.hostname)
} else := "host"

container_label := sprintf("%s %s", [container_name, container_id]) if {
	container_name
} else := container_id

# The object a finding is about: the pod, else the container, else the host.
resource := sprintf("%s/%s", [resource_namespace, pod_name]) if {
	pod_name
} else := container_id if {
	in_container
} else := input.hostname if {
	is_string(input.hostname)
} else := ""

# The process, for messages: `bash (bash -il)`.
process := sprintf("%s (%s)", [proc_name, proc_cmdline]) if {
	proc_cmdline
	proc_name
} else := proc_name if {
	proc_name
} else := "unknown process"
