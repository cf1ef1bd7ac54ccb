package verdict.kubernetes.apparmor_unconfined_test

import data.verdict.kubernetes.apparmor_unconfined
import rego.v1

deployment(annotations, pod_sc, container_sc) := {
	"kind": "Deployment",
	"metadata": {"name": "api"},
	"spec": {"template": {
		"metadata": {"annotations": annotations},
		"spec": {"securityContext": pod_sc, "containers": [{"name": "app", "image": "x:1", "securityContext": container_sc}]},
	}},
}

test_annotation_fires_on_the_pod_template if {
	some r in apparmor_unconfined.deny with input as deployment({"container.apparmor.security.beta.kubernetes.io/app": "unconfined"}, {}, {})
	r.path == ["spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"]
	contains(r.msg, `"app"`)
}

test_pod_field_fires if {
	some r in apparmor_unconfined.deny with input as deployment({}, {"appArmorProfile": {"type": "Unconfined"}}, {})
	r.path == ["spec", "template", "spec", "securityContext", "appArmorProfile", "type"]
}

test_container_field_fires if {
	some r in apparmor_unconfined.deny with input as deployment({}, {}, {"appArmorProfile": {"type": "Unconfined"}})
	r.path == ["spec", "template", "spec", "containers", 0, "securityContext", "appArmorProfile", "type"]
}

test_runtime_default_passes if {
	count(apparmor_unconfined.deny) == 0 with input as deployment({"container.apparmor.security.beta.kubernetes.io/app": "runtime/default"}, {"appArmorProfile": {"type": "RuntimeDefault"}}, {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-nginx"}})
}

test_no_annotations_passes if {
	count(apparmor_unconfined.deny) == 0 with input as {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": "x:1"}]}}
}
