# METADATA
# title: Falco runtime responses (a test policy for `verdict stream`)
# description: >-
#   Maps Falco alerts to remediation events with a response hint, the way the
#   built-in runtime rules do. Messages name what happened and where, never
#   when, so repeats of one alert share a fingerprint.
# custom:
#   kinds: [falco]
package test.falco.responses

import rego.v1

fields := input.output_fields if {
	is_object(input.output_fields)
} else := {}

field(name) := object.get(fields, name, "?")

pod := sprintf("%s/%s", [field("k8s.ns.name"), field("k8s.pod.name")])

# METADATA
# title: Terminal shell in a container
# description: Someone opened an interactive shell inside a running container.
# related_resources:
#   - https://falco.org/docs/reference/rules/default-rules/
# custom:
#   id: TEST-RT-001
#   severity: high
#   remediation: Isolate the pod, then find out who opened the shell and why.
#   frameworks: {MITRE-ATTACK: [T1059]}
#   response: {action: isolate-pod, requires_approval: true}
deny_shell contains {"msg": msg, "resource": pod} if {
	input.rule == "Terminal shell in container"
	msg := sprintf("shell `%s` in container %s of pod %s", [field("proc.name"), field("container.id"), pod])
}

# METADATA
# title: Binary directory written to
# description: A process wrote below a directory that holds system binaries.
# custom:
#   id: TEST-RT-002
#   severity: critical
#   remediation: Kill the process and rebuild the host or image from a trusted source.
#   response: {action: kill-process, requires_approval: false}
deny_binary_dir contains {"msg": msg, "resource": input.hostname} if {
	input.rule == "Write below binary dir"
	msg := sprintf("`%s` wrote %s", [field("proc.cmdline"), field("fd.name")])
}

# METADATA
# title: Kubernetes user not allowed
# description: A Kubernetes API call came from a user outside the allowed list.
# custom:
#   id: TEST-RT-003
#   severity: medium
#   remediation: Revoke the user's credentials and review its recent API calls.
#   response: {action: revoke-credentials}
warn_k8s_user contains {"msg": msg, "resource": field("ka.user.name")} if {
	input.rule in {"Disallowed K8s User", "Attach/Exec Pod"}
	msg := sprintf("%s: %s %s", [input.rule, field("ka.user.name"), field("ka.target.name")])
}

# METADATA
# title: Critical Falco alert
# description: Falco raised an alert of priority Critical or above.
# custom:
#   id: TEST-RT-004
#   severity: critical
#   remediation: Page the on-call responder.
#   response: {action: page-on-call, requires_approval: false}
deny_critical contains {"msg": msg} if {
	lower(input.priority) in {"critical", "alert", "emergency"}
	msg := sprintf("%s on %s", [input.rule, host])
}

host := input.hostname if {
	is_string(input.hostname)
} else := "?"

# Shells on the CI runner are expected: conftest-style exception, so they
# are reported as waived rather than opened.
exception contains rules if {
	input.hostname == "ci-runner"
	rules := ["shell"]
}
