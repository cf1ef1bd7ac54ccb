package verdict.kubernetes.image_digest_test

import data.verdict.kubernetes.image_digest
import rego.v1

pod(image) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [{"name": "app", "image": image}]}}

test_version_tag_fires if {
	some r in image_digest.warn with input as pod("registry.local:5000/team/app:1.2.3")
	r.path == ["spec", "containers", 0, "image"]
}

test_digest_passes if {
	count(image_digest.warn) == 0 with input as pod("nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
	count(image_digest.warn) == 0 with input as pod("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
}

test_latest_is_left_to_vd_k8s_004 if {
	count(image_digest.warn) == 0 with input as pod("nginx:latest")
	count(image_digest.warn) == 0 with input as pod("registry.local:5000/team/app")
}

test_templates_and_non_strings_pass if {
	count(image_digest.warn) == 0 with input as pod("{{ .Values.image.repository }}:{{ .Values.image.tag }}")
	count(image_digest.warn) == 0 with input as pod("app:${TAG}")
	count(image_digest.warn) == 0 with input as pod(42)
}
