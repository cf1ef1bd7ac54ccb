package verdict.kubernetes.liveness_probe_test

import data.verdict.kubernetes.liveness_probe
import rego.v1

workload(kind, containers) := {"kind": kind, "metadata": {"name": "api", "namespace": "prod"}, "spec": {"template": {"spec": {
	"initContainers": [{"name": "migrate", "image": "api:1.2"}],
	"containers": containers,
}}}}

probe := {"httpGet": {"path": "/healthz", "port": 8080}}

test_missing_probe_fires if {
	some r in liveness_probe.warn with input as workload("Deployment", [{"name": "app", "image": "api:1.2", "livenessProbe": probe}, {"name": "sidecar", "image": "proxy:2"}])
	r.path == ["spec", "template", "spec", "containers", 1]
	r.resource == "Deployment/prod/api"
}

test_probe_passes_and_init_containers_are_exempt if {
	count(liveness_probe.warn) == 0 with input as workload("StatefulSet", [{"name": "app", "image": "api:1.2", "livenessProbe": probe}])
}

test_jobs_and_bare_pods_are_exempt if {
	count(liveness_probe.warn) == 0 with input as workload("Job", [{"name": "app", "image": "api:1.2"}])
	count(liveness_probe.warn) == 0 with input as {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "app", "image": "api:1.2"}]}}
	count(liveness_probe.warn) == 0 with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "app", "image": "x:1"}]}}}}}}
}
