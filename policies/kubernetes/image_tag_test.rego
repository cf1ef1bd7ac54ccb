package verdict.kubernetes.image_tag_test

import data.verdict.kubernetes.image_tag
import rego.v1

pod(image) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": image}]}}

test_latest_fires if {
	some r in image_tag.warn with input as pod("nginx:latest")
	r.path == ["spec", "containers", 0, "image"]
}

test_untagged_fires if {
	count(image_tag.warn) == 1 with input as pod("nginx")
}

test_registry_port_is_not_a_tag if {
	count(image_tag.warn) == 1 with input as pod("registry.local:5000/team/app")
	count(image_tag.warn) == 0 with input as pod("registry.local:5000/team/app:1.2.3")
}

test_version_or_digest_passes if {
	count(image_tag.warn) == 0 with input as pod("nginx:1.27.2")
	count(image_tag.warn) == 0 with input as pod("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
}
