package verdict.kubernetes.privileged_test

import data.verdict.kubernetes.privileged
import rego.v1

pod(security_context) := {
	"apiVersion": "v1",
	"kind": "Pod",
	"metadata": {"name": "web"},
	"spec": {"containers": [{"name": "app", "image": "nginx:1.27", "securityContext": security_context}]},
}

test_privileged_container_fires if {
	some r in privileged.deny with input as pod({"privileged": true})
	r.path == ["spec", "containers", 0, "securityContext", "privileged"]
}

test_unprivileged_container_passes if {
	count(privileged.deny) == 0 with input as pod({"privileged": false})
}

test_deployment_init_container_fires if {
	deployment := {
		"kind": "Deployment",
		"metadata": {"name": "api", "namespace": "prod"},
		"spec": {"template": {"spec": {
			"containers": [{"name": "app", "image": "x:1"}],
			"initContainers": [{"name": "setup", "image": "x:1", "securityContext": {"privileged": true}}],
		}}},
	}
	some r in privileged.deny with input as deployment
	r.resource == "Deployment/prod/api"
	r.path == ["spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"]
}
