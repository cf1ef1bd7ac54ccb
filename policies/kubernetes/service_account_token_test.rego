package verdict.kubernetes.service_account_token_test

import data.verdict.kubernetes.service_account_token
import rego.v1

deployment(spec) := {"kind": "Deployment", "metadata": {"name": "web"}, "spec": {"template": {"spec": object.union({"containers": [{"name": "app", "image": "x:1"}]}, spec)}}}

test_default_account_fires_at_the_pod_spec if {
	some r in service_account_token.warn with input as deployment({})
	r.path == ["spec", "template", "spec"]
	r.resource == "Deployment/web"
}

test_explicit_default_with_automount_true_fires_at_the_field if {
	some r in service_account_token.warn with input as deployment({"serviceAccountName": "default", "automountServiceAccountToken": true})
	r.path == ["spec", "template", "spec", "automountServiceAccountToken"]
}

test_automount_disabled_passes if {
	count(service_account_token.warn) == 0 with input as deployment({"automountServiceAccountToken": false})
}

test_dedicated_account_passes if {
	count(service_account_token.warn) == 0 with input as deployment({"serviceAccountName": "web"})
	count(service_account_token.warn) == 0 with input as deployment({"serviceAccount": "web"})
}

test_non_workloads_ignored if {
	count(service_account_token.warn) == 0 with input as {"kind": "ServiceAccount", "metadata": {"name": "default"}}
}
