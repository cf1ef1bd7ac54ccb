package verdict.terraform.gcp.gke_logging_monitoring_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_logging_monitoring as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main"}, body)]}}}

test_none_fires if {
	some r in rule.deny with input as cluster({"logging_service": "none"})
	r.path == ["resource", "google_container_cluster", "main", 0, "logging_service"]
	count(rule.deny) == 2 with input as cluster({"logging_service": "none", "monitoring_service": "none"})
}

test_no_components_fires if {
	some r in rule.deny with input as cluster({"logging_config": [{"enable_components": []}]})
	r.path == ["resource", "google_container_cluster", "main", 0, "logging_config", 0, "enable_components"]
}

test_defaults_enabled_or_unknown_pass if {
	count(rule.deny) == 0 with input as cluster({})
	count(rule.deny) == 0 with input as cluster({"logging_service": "logging.googleapis.com/kubernetes"})
	count(rule.deny) == 0 with input as cluster({"logging_config": [{"enable_components": ["SYSTEM_COMPONENTS", "WORKLOADS"]}]})
	count(rule.deny) == 0 with input as cluster({"monitoring_service": "${var.monitoring}"})
	count(rule.deny) == 0 with input as cluster({"logging_config": [{"enable_components": "${var.components}"}]})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"name": "main", "logging_service": "logging.googleapis.com/kubernetes", "monitoring_service": "none"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["monitoring_service"])
	count(rule.deny) == 1 with input as p
}
