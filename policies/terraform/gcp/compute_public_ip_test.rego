package verdict.terraform.gcp.compute_public_ip_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.compute_public_ip as rule
import rego.v1

vm(nic) := {"resource": {"google_compute_instance": {"vm": [{"name": "vm", "network_interface": [nic]}]}}}

test_access_config_fires if {
	some r in rule.deny with input as vm({"network": "default", "access_config": [{}]})
	r.path == ["resource", "google_compute_instance", "vm", 0, "network_interface", 0, "access_config", 0]
	r.resource == "google_compute_instance.vm"
	count(rule.deny) == 1 with input as vm({"network": "default", "access_config": [{"nat_ip": "${google_compute_address.ip.address}"}]})
}

test_internal_only_passes if {
	count(rule.deny) == 0 with input as vm({"network": "default"})
	count(rule.deny) == 0 with input as vm({"network": "default", "access_config": []})
	count(rule.deny) == 0 with input as vm({"network": "default", "dynamic": {"access_config": [{"for_each": "${var.public ? [1] : []}"}]}})
}

test_plan if {
	p := fx.plan("google_compute_instance", {"network_interface": [{"network": "default", "access_config": [{"nat_ip": null, "network_tier": "PREMIUM"}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["network_interface", 0, "access_config", 0])
	internal := fx.plan("google_compute_instance", {"network_interface": [{"network": "default", "access_config": []}]}, {})
	count(rule.deny) == 0 with input as internal
}
