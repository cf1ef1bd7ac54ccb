package verdict.kubernetes.rbac_pv_create_test

import data.verdict.kubernetes.rbac_pv_create
import rego.v1

role(rules) := {"kind": "ClusterRole", "metadata": {"name": "s"}, "rules": rules}

test_pv_create_fires if {
	some r in rbac_pv_create.deny with input as role([{"apiGroups": [""], "resources": ["persistentvolumeclaims", "persistentvolumes"], "verbs": ["get", "create"]}])
	r.path == ["rules", 0, "resources", 1]
}

test_claims_and_reads_pass if {
	count(rbac_pv_create.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["persistentvolumeclaims"], "verbs": ["create"]}])
	count(rbac_pv_create.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["persistentvolumes"], "verbs": ["get", "list", "watch"]}])
}

test_wildcard_verb_fires_and_role_kind_counts if {
	count(rbac_pv_create.deny) == 1 with input as {"kind": "Role", "metadata": {"name": "s", "namespace": "x"}, "rules": [{"apiGroups": ["*"], "resources": ["persistentvolumes"], "verbs": ["*"]}]}
}
