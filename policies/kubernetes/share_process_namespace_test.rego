package verdict.kubernetes.share_process_namespace_test

import data.verdict.kubernetes.share_process_namespace
import rego.v1

deployment(spec) := {"kind": "Deployment", "metadata": {"name": "api", "namespace": "prod"}, "spec": {"template": {"spec": spec}}}

test_shared_fires if {
	some r in share_process_namespace.warn with input as deployment({"shareProcessNamespace": true, "containers": []})
	r.path == ["spec", "template", "spec", "shareProcessNamespace"]
	r.resource == "Deployment/prod/api"
}

test_false_or_absent_passes if {
	count(share_process_namespace.warn) == 0 with input as deployment({"shareProcessNamespace": false, "containers": []})
	count(share_process_namespace.warn) == 0 with input as deployment({"containers": []})
	count(share_process_namespace.warn) == 0 with input as {"kind": "Deployment", "metadata": {"name": "api"}}
}

test_string_true_is_not_a_boolean if {
	count(share_process_namespace.warn) == 0 with input as deployment({"shareProcessNamespace": "{{ .Values.share }}"})
}
