package verdict.kubernetes.rbac_escalate_verbs_test

import data.verdict.kubernetes.rbac_escalate_verbs
import rego.v1

role(kind, rules) := {"kind": kind, "metadata": {"name": "r", "namespace": "team"}, "rules": rules}

test_bind_fires if {
	some r in rbac_escalate_verbs.deny with input as role("ClusterRole", [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["clusterroles"], "verbs": ["get", "bind"]}])
	r.path == ["rules", 0, "verbs", 1]
}

test_impersonate_and_escalate_fire if {
	count(rbac_escalate_verbs.deny) == 2 with input as role("Role", [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["users", "groups"], "verbs": ["Impersonate", "escalate"]},
	])
}

test_plain_verbs_pass if {
	count(rbac_escalate_verbs.deny) == 0 with input as role("Role", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]}])
}

test_wildcard_is_left_to_the_wildcard_rule if {
	count(rbac_escalate_verbs.deny) == 0 with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
}

test_malformed_rules_and_other_kinds_pass if {
	count(rbac_escalate_verbs.deny) == 0 with input as role("ClusterRole", [{"verbs": "bind"}, "x"])
	count(rbac_escalate_verbs.deny) == 0 with input as {"kind": "ClusterRole", "metadata": {"name": "agg"}, "aggregationRule": {}}
	count(rbac_escalate_verbs.deny) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "c"}, "rules": [{"verbs": ["bind"]}]}
}
