# METADATA
# title: Shell spawned in a container
# description: >-
#   An interactive or untrusted shell started inside a container: Falco's
#   "Terminal shell in container" or "Run shell untrusted" rules, any rule
#   tagged `shell`, or a process-spawn event (`evt.type` execve/execveat)
#   whose `proc.name` is a shell (sh, bash, zsh, ash, dash, ksh, …). Only
#   events with a `container.id` other than "host" count. Containers run one
#   application; a shell in one is how attackers (and unreviewed manual
#   changes) operate.
# related_resources:
#   - https://falco.org/docs/reference/rules/default-rules/
#   - https://attack.mitre.org/techniques/T1059/004/
# custom:
#   id: VD-RT-002
#   severity: high
#   remediation: >-
#     Find who opened the shell (kubectl exec in the Kubernetes audit log, the
#     parent process in the event) and end it; if it was not an approved
#     break-glass session, treat the pod as compromised and replace it. Prevent
#     recurrence: restrict `pods/exec` in RBAC, use `kubectl debug` ephemeral
#     containers for troubleshooting, and ship distroless images without a
#     shell.
#   kinds: [falco]
#   frameworks:
#     NIST-800-53: ["SI-4", "AC-6", "CM-7"]
#     PCI-DSS-4.0: ["10.2.1.2"]
#   response:
#     action: kill-process
#     requires_approval: false
#   example: |
#     {"rule": "Terminal shell in container", "priority": "Notice",
#      "output": "A shell was spawned in a container with an attached terminal (user=root shell=bash)",
#      "output_fields": {"container.id": "f29b261f8831", "k8s.pod.name": "alpine",
#        "k8s.ns.name": "default", "proc.name": "bash", "proc.cmdline": "bash -il"},
#      "source": "syscall"}
package verdict.runtime.shell_in_container

import rego.v1

# The lists of names are written where they are used rather than as named
# rules: regorus evaluates a named rule afresh for every event, which a
# live stream of events pays for.

deny contains {
	"msg": sprintf("shell %s spawned in %s (Falco rule %q)", [data.verdict.lib.runtime.process, data.verdict.lib.runtime.where, data.verdict.lib.runtime.rule_name]),
	"path": path,
	"resource": data.verdict.lib.runtime.resource,
} if {
	shell_event
	data.verdict.lib.runtime.in_container
	path := evidence_path
}

shell_event if input.rule in {"Terminal shell in container", "Run shell untrusted"}

shell_event if {
	is_array(input.tags)
	"shell" in input.tags
}

shell_event if {
	input.output_fields["evt.type"] in {"execve", "execveat"}
	input.output_fields["proc.name"] in {"ash", "bash", "csh", "dash", "fish", "ksh", "mksh", "sh", "tcsh", "zsh"}
}

evidence_path := ["output_fields", "proc.name"] if {
	data.verdict.lib.runtime.proc_name
} else := ["rule"]
