package verdict.kubernetes.rbac_csr_approval_test

import data.verdict.kubernetes.rbac_csr_approval
import rego.v1

role(rules) := {"kind": "ClusterRole", "metadata": {"name": "csr"}, "rules": rules}

approval := {"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests", "certificatesigningrequests/approval"], "verbs": ["get", "update"]}

test_approval_with_any_signer_fires if {
	some r in rbac_csr_approval.deny with input as role([approval, {"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "verbs": ["approve"]}])
	r.path == ["rules", 0, "resources", 1]
}

test_named_signer_passes if {
	count(rbac_csr_approval.deny) == 0 with input as role([approval, {"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "resourceNames": ["example.com/serving"], "verbs": ["approve"]}])
}

test_approval_without_signers_or_read_only_passes if {
	count(rbac_csr_approval.deny) == 0 with input as role([approval])
	count(rbac_csr_approval.deny) == 0 with input as role([
		{"apiGroups": ["certificates.k8s.io"], "resources": ["certificatesigningrequests/approval"], "verbs": ["get"]},
		{"apiGroups": ["certificates.k8s.io"], "resources": ["signers"], "verbs": ["approve"]},
	])
}
