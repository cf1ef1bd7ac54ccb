package verdict.kubernetes.image_registry_test

import data.verdict.kubernetes.image_registry
import rego.v1

pod(images) := {"kind": "Pod", "metadata": {"name": "web"}, "spec": {
	"containers": [{"name": sprintf("c%d", [i]), "image": image} | some i, image in images],
	"initContainers": [{"name": "init", "image": "registry.example.com/tools/init:1"}],
}}

allow := ["registry.example.com", "ghcr.io/my-org/", "docker.io/library"]

test_outside_registry_fires if {
	some r in image_registry.deny with input as pod(["registry.example.com/app:1", "quay.io/evil/app:1"])
		with data.verdict.config.allowed_registries as allow
	r.path == ["spec", "containers", 1, "image"]
	contains(r.msg, "quay.io")
}

test_repository_prefix_is_matched_on_a_path_boundary if {
	count(image_registry.deny) == 1 with input as pod(["ghcr.io/my-org/app:1", "ghcr.io/my-org-evil/app:1"])
		with data.verdict.config.allowed_registries as allow
}

test_docker_hub_short_names if {
	count(image_registry.deny) == 0 with input as pod(["nginx:1.27", "library/redis:7"])
		with data.verdict.config.allowed_registries as allow
	count(image_registry.deny) == 1 with input as pod(["bitnami/redis:7"])
		with data.verdict.config.allowed_registries as allow
}

test_quiet_without_a_list_or_with_templates if {
	count(image_registry.deny) == 0 with input as pod(["quay.io/evil/app:1"])
	count(image_registry.deny) == 0 with input as pod(["{{ .Values.registry }}/app:1"])
		with data.verdict.config.allowed_registries as allow
	count(image_registry.deny) == 0 with input as pod(["quay.io/evil/app:1"])
		with data.verdict.config.allowed_registries as "quay.io"
}
