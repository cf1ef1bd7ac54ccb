package verdict.kubernetes.default_namespace_test

import data.verdict.kubernetes.default_namespace
import rego.v1

test_explicit_default_fires if {
	d := {"kind": "Deployment", "metadata": {"name": "api", "namespace": "default"}, "spec": {"template": {"spec": {"containers": []}}}}
	some r in default_namespace.warn with input as d
	r.path == ["metadata", "namespace"]
	r.resource == "Deployment/default/api"
}

test_pod_and_cronjob_fire if {
	count(default_namespace.warn) == 1 with input as {"kind": "Pod", "metadata": {"name": "p", "namespace": "default"}}
	count(default_namespace.warn) == 1 with input as {"kind": "CronJob", "metadata": {"name": "c", "namespace": "default"}}
}

test_absent_namespace_passes if {
	count(default_namespace.warn) == 0 with input as {"kind": "Deployment", "metadata": {"name": "api"}}
}

test_other_namespace_passes if {
	count(default_namespace.warn) == 0 with input as {"kind": "Deployment", "metadata": {"name": "api", "namespace": "prod"}}
}

test_non_workloads_ignored if {
	count(default_namespace.warn) == 0 with input as {"kind": "Service", "metadata": {"name": "s", "namespace": "default"}}
}
