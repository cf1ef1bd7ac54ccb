package verdict.kubernetes.rbac_sa_token_test

import data.verdict.kubernetes.rbac_sa_token
import rego.v1

role(rules) := {"kind": "ClusterRole", "metadata": {"name": "t"}, "rules": rules}

test_token_create_fires if {
	some r in rbac_sa_token.deny with input as role([{"apiGroups": [""], "resources": ["serviceaccounts", "serviceaccounts/token"], "verbs": ["create"]}])
	r.path == ["rules", 0, "resources", 1]
}

test_read_or_named_passes if {
	count(rbac_sa_token.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["serviceaccounts/token"], "verbs": ["get"]}])
	count(rbac_sa_token.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["serviceaccounts/token"], "resourceNames": ["builder"], "verbs": ["create"]}])
	count(rbac_sa_token.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["serviceaccounts"], "verbs": ["create"]}])
}
