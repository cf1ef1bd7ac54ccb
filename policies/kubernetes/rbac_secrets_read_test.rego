package verdict.kubernetes.rbac_secrets_read_test

import data.verdict.kubernetes.rbac_secrets_read
import rego.v1

role(rules) := {"kind": "Role", "metadata": {"name": "r", "namespace": "team"}, "rules": rules}

test_list_secrets_fires if {
	some r in rbac_secrets_read.warn with input as role([{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["list"]}])
	r.path == ["rules", 0, "resources", 1]
	r.resource == "Role/team/r"
}

test_wildcard_verb_fires if {
	count(rbac_secrets_read.warn) == 1 with input as role([{"apiGroups": ["*"], "resources": ["secrets"], "verbs": ["*"]}])
}

test_write_only_and_named_pass if {
	count(rbac_secrets_read.warn) == 0 with input as role([{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]}])
	count(rbac_secrets_read.warn) == 0 with input as role([{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["app-tls"], "verbs": ["get"]}])
}

test_other_group_or_missing_groups_pass if {
	count(rbac_secrets_read.warn) == 0 with input as role([{"apiGroups": ["example.io"], "resources": ["secrets"], "verbs": ["get"]}])
	count(rbac_secrets_read.warn) == 0 with input as role([{"resources": ["secrets"], "verbs": ["get"]}])
}
