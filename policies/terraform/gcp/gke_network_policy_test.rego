package verdict.terraform.gcp.gke_network_policy_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.gke_network_policy as rule
import rego.v1

cluster(body) := {"resource": {"google_container_cluster": {"main": [object.union({"name": "main", "location": "europe-west1"}, body)]}}}

test_no_network_policy_fires if {
	some r in rule.deny with input as cluster({})
	r.path == ["resource", "google_container_cluster", "main", 0]
	some r2 in rule.deny with input as cluster({"network_policy": [{"enabled": false, "provider": "CALICO"}]})
	r2.path == ["resource", "google_container_cluster", "main", 0, "network_policy", 0, "enabled"]
}

test_enabled_dataplane_v2_autopilot_or_unknown_pass if {
	count(rule.deny) == 0 with input as cluster({"network_policy": [{"enabled": true, "provider": "CALICO"}]})
	count(rule.deny) == 0 with input as cluster({"datapath_provider": "ADVANCED_DATAPATH"})
	count(rule.deny) == 0 with input as cluster({"enable_autopilot": true})
	count(rule.deny) == 0 with input as cluster({"network_policy": [{"enabled": "${var.netpol}"}]})
	count(rule.deny) == 0 with input as cluster({"datapath_provider": "${var.datapath}"})
}

test_plan_fires if {
	p := fx.plan("google_container_cluster", {"name": "main", "enable_autopilot": null, "datapath_provider": "LEGACY_DATAPATH", "network_policy": [{"enabled": false, "provider": "PROVIDER_UNSPECIFIED"}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["network_policy", 0, "enabled"])
}
