package verdict.kubernetes.image_pull_policy_test

import data.verdict.kubernetes.image_pull_policy
import rego.v1

pod(container) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {"containers": [object.union({"name": "app"}, container)]}}

test_latest_if_not_present_fires if {
	some r in image_pull_policy.warn with input as pod({"image": "nginx:latest", "imagePullPolicy": "IfNotPresent"})
	r.path == ["spec", "containers", 0, "imagePullPolicy"]
}

test_floating_tag_with_default_policy_fires_at_image if {
	some r in image_pull_policy.warn with input as pod({"image": "ghcr.io/org/app:main"})
	r.path == ["spec", "containers", 0, "image"]
}

test_latest_with_default_or_always_passes if {
	count(image_pull_policy.warn) == 0 with input as pod({"image": "nginx"})
	count(image_pull_policy.warn) == 0 with input as pod({"image": "nginx:latest", "imagePullPolicy": "Always"})
	count(image_pull_policy.warn) == 0 with input as pod({"image": "ghcr.io/org/app:main", "imagePullPolicy": "Always"})
}

test_versions_digests_and_templates_pass if {
	count(image_pull_policy.warn) == 0 with input as pod({"image": "nginx:1.27", "imagePullPolicy": "IfNotPresent"})
	count(image_pull_policy.warn) == 0 with input as pod({"image": "nginx:latest@sha256:0123", "imagePullPolicy": "IfNotPresent"})
	count(image_pull_policy.warn) == 0 with input as pod({"image": "{{ .Values.image }}", "imagePullPolicy": "Never"})
	count(image_pull_policy.warn) == 0 with input as pod({"imagePullPolicy": "Never"})
}
