# METADATA
# title: Falco alert at or above the minimum priority
# description: >-
#   A Falco event whose `priority` is at or above
#   `data.verdict.config.falco_min_priority` (default "Critical", so
#   Critical, Alert and Emergency; an unknown value falls back to it),
#   whatever rule raised it: Falco's own rules
#   reserve these priorities for events that need an immediate response.
#   Falco's internal events ("Falco internal: …") are left out.
# related_resources:
#   - https://falco.org/docs/concepts/rules/basic-elements/#priority
#   - https://falco.org/docs/concepts/outputs/formatting/
# custom:
#   id: VD-RT-001
#   severity: critical
#   remediation: >-
#     Triage the event now: identify the workload from the pod/container in the
#     finding, isolate it (a deny-all NetworkPolicy on the pod's labels, or
#     cordon the node), capture evidence, then fix the cause the Falco rule
#     describes. If the rule is noisy for this workload, add a Falco exception
#     to the rule rather than lowering the priority threshold.
#   kinds: [falco]
#   frameworks:
#     NIST-800-53: ["SI-4", "IR-4", "IR-5"]
#     PCI-DSS-4.0: ["11.5.1", "12.10.5"]
#     SOC-2: ["CC7.3", "CC7.4"]
#   response:
#     action: isolate-pod
#     requires_approval: true
#   example: |
#     {"rule": "Terminal shell in container", "priority": "Critical",
#      "output": "A shell was spawned in a container (user=root container_id=ee97d9c4186f)",
#      "output_fields": {"container.id": "ee97d9c4186f", "k8s.pod.name": "kubecon",
#        "k8s.ns.name": "default", "proc.name": "sh"},
#      "tags": ["container", "mitre_execution", "shell"], "source": "syscall"}
package verdict.runtime.falco_priority

import rego.v1

# The configured threshold's rank; Critical (2) when unset or unknown.
min_rank := rank if {
	is_string(data.verdict.config.falco_min_priority)
	rank := data.verdict.lib.runtime.falco_rank[lower(data.verdict.config.falco_min_priority)]
} else := 2

deny contains {
	"msg": sprintf("Falco %s: %q on %s", [input.priority, input.rule, data.verdict.lib.runtime.where]),
	"path": ["priority"],
	"resource": data.verdict.lib.runtime.resource,
	"severity": severity,
} if {
	is_string(input.priority)
	rank := data.verdict.lib.runtime.falco_rank[lower(input.priority)]
	rank <= min_rank
	not startswith(data.verdict.lib.runtime.rule_name, "Falco internal")
	# Falco rank → finding severity, for thresholds set below Critical.
	severity := ["critical", "critical", "critical", "high", "medium", "low", "info", "info"][rank]
}
