package verdict.kubernetes.rbac_pod_exec_test

import data.verdict.kubernetes.rbac_pod_exec
import rego.v1

role(rules) := {"kind": "Role", "metadata": {"name": "dbg", "namespace": "prod"}, "rules": rules}

test_exec_create_fires if {
	some r in rbac_pod_exec.deny with input as role([{"apiGroups": [""], "resources": ["pods", "pods/exec"], "verbs": ["create"]}])
	r.path == ["rules", 0, "resources", 1]
}

test_attach_get_fires if {
	count(rbac_pod_exec.deny) == 1 with input as role([{"apiGroups": [""], "resources": ["pods/attach"], "verbs": ["get"]}])
}

test_logs_and_named_pass if {
	count(rbac_pod_exec.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]}])
	count(rbac_pod_exec.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["pods/exec"], "resourceNames": ["debug-0"], "verbs": ["create"]}])
	count(rbac_pod_exec.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["pods/exec"], "verbs": ["delete"]}])
}
