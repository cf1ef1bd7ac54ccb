package verdict.kubernetes.rbac_webhook_config_test

import data.verdict.kubernetes.rbac_webhook_config
import rego.v1

role(rules) := {"kind": "ClusterRole", "metadata": {"name": "w"}, "rules": rules}

test_mutating_webhook_write_fires if {
	some r in rbac_webhook_config.deny with input as role([{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["validatingwebhookconfigurations", "mutatingwebhookconfigurations"], "verbs": ["patch"]}])
	r.path == ["rules", 0, "resources", 1]
}

test_read_and_named_pass if {
	count(rbac_webhook_config.deny) == 0 with input as role([{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "verbs": ["get", "list", "watch"]}])
	count(rbac_webhook_config.deny) == 0 with input as role([{"apiGroups": ["admissionregistration.k8s.io"], "resources": ["mutatingwebhookconfigurations"], "resourceNames": ["my-webhook"], "verbs": ["update"]}])
}

test_other_group_passes if {
	count(rbac_webhook_config.deny) == 0 with input as role([{"apiGroups": [""], "resources": ["mutatingwebhookconfigurations"], "verbs": ["update"]}])
}
