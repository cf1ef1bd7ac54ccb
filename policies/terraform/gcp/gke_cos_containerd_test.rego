package verdict.terraform.gcp.gke_cos_containerd_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_cos_containerd as rule
import rego.v1

pool(node_config) := {"resource": {"google_container_node_pool": {"apps": [{"name": "apps", "node_config": [node_config]}]}}}

test_ubuntu_fires if {
	some r in rule.deny with input as pool({"image_type": "UBUNTU_CONTAINERD"})
	r.path == ["resource", "google_container_node_pool", "apps", 0, "node_config", 0, "image_type"]
	count(rule.deny) == 1 with input as pool({"image_type": "COS"})
}

test_cos_containerd_windows_default_or_unknown_pass if {
	count(rule.deny) == 0 with input as pool({"image_type": "COS_CONTAINERD"})
	count(rule.deny) == 0 with input as pool({"image_type": "cos_containerd"})
	count(rule.deny) == 0 with input as pool({"image_type": "WINDOWS_LTSC_CONTAINERD"})
	count(rule.deny) == 0 with input as pool({})
	count(rule.deny) == 0 with input as pool({"image_type": "${var.image}"})
}

test_plan_fires if {
	p := fx.plan("google_container_node_pool", {"node_config": [{"image_type": "UBUNTU_CONTAINERD"}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["node_config", 0, "image_type"])
}
