package verdict.kubernetes.rbac_wildcard_test

import data.verdict.kubernetes.rbac_wildcard
import rego.v1

role(kind, rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "r"}, "rules": rules}

test_wildcard_verbs_fire if {
	some r in rbac_wildcard.deny with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "*"]}])
	r.path == ["rules", 0, "verbs", 1]
	r.resource == "ClusterRole/r"
}

test_wildcard_verbs_and_resources_fire_twice if {
	count(rbac_wildcard.deny) == 2 with input as role("Role", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
}

test_specific_rules_pass if {
	count(rbac_wildcard.deny) == 0 with input as role("Role", [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "list", "watch"]}])
}

test_aggregated_role_without_rules_passes if {
	count(rbac_wildcard.deny) == 0 with input as {"kind": "ClusterRole", "metadata": {"name": "agg"}, "aggregationRule": {"clusterRoleSelectors": []}}
}

test_other_kinds_ignored if {
	count(rbac_wildcard.deny) == 0 with input as role("ConfigMap", [{"verbs": ["*"]}])
}
