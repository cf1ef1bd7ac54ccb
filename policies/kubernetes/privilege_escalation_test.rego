package verdict.kubernetes.privilege_escalation_test

import data.verdict.kubernetes.privilege_escalation
import rego.v1

pod(container) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [object.union({"name": "app", "image": "nginx:1.27"}, container)]}}

test_explicit_true_fires_at_the_field if {
	some r in privilege_escalation.warn with input as pod({"securityContext": {"allowPrivilegeEscalation": true}})
	r.path == ["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]
}

test_absent_fires_at_the_container if {
	some r in privilege_escalation.warn with input as pod({})
	r.path == ["spec", "containers", 0]
}

test_false_passes if {
	count(privilege_escalation.warn) == 0 with input as pod({"securityContext": {"allowPrivilegeEscalation": false}})
}
