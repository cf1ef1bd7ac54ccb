package verdict.terraform.gcp.subnet_flow_logs_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.subnet_flow_logs as rule
import rego.v1

subnet(body) := {"resource": {"google_compute_subnetwork": {"app": [object.union({"name": "app", "ip_cidr_range": "10.0.0.0/24"}, body)]}}}

test_no_log_config_fires if {
	some r in rule.deny with input as subnet({})
	r.path == ["resource", "google_compute_subnetwork", "app", 0]
	r.resource == "google_compute_subnetwork.app"
	count(rule.deny) == 1 with input as subnet({"purpose": "PRIVATE"})
}

test_logging_proxy_only_or_unknown_passes if {
	count(rule.deny) == 0 with input as subnet({"log_config": [{"aggregation_interval": "INTERVAL_5_SEC"}]})
	count(rule.deny) == 0 with input as subnet({"purpose": "REGIONAL_MANAGED_PROXY", "role": "ACTIVE"})
	count(rule.deny) == 0 with input as subnet({"purpose": "${var.purpose}"})
	count(rule.deny) == 0 with input as subnet({"dynamic": {"log_config": [{"for_each": "${var.logs}"}]}})
}

test_plan if {
	p := fx.plan("google_compute_subnetwork", {"name": "app", "log_config": [], "purpose": "PRIVATE"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path([])
	on := fx.plan("google_compute_subnetwork", {"name": "app", "log_config": [{"flow_sampling": 0.5}]}, {})
	count(rule.deny) == 0 with input as on
}
