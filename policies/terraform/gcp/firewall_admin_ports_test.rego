package verdict.terraform.gcp.firewall_admin_ports_test

import data.verdict.terraform.gcp.firewall_admin_ports as rule
import rego.v1

firewall(body) := {"resource": {"google_compute_firewall": {"ssh": [object.union(
	{"name": "allow-ssh", "network": "default", "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}]},
	body,
)]}}}

test_ssh_from_anywhere_fires if {
	some r in rule.deny with input as firewall({})
	r.path == ["resource", "google_compute_firewall", "ssh", 0, "source_ranges", 0]
	r.resource == "google_compute_firewall.ssh"
}

test_ranges_all_ports_and_ipv6_fire if {
	some r in rule.deny with input as firewall({"allow": [{"protocol": "tcp", "ports": ["80", "3000-4000"]}]})
	contains(r.msg, "3389")
	some r2 in rule.deny with input as firewall({"allow": [{"protocol": "all"}]})
	contains(r2.msg, "22, 3389")
	count(rule.deny) == 1 with input as firewall({"allow": [{"protocol": "tcp", "ports": []}]})
	some r3 in rule.deny with input as firewall({"source_ranges": ["10.0.0.0/8", "::/0"]})
	r3.path == ["resource", "google_compute_firewall", "ssh", 0, "source_ranges", 1]
	count(rule.deny) == 1 with input as firewall({"direction": "INGRESS", "disabled": false})
}

test_restricted_egress_disabled_or_other_ports_pass if {
	count(rule.deny) == 0 with input as firewall({"source_ranges": ["35.235.240.0/20"]})
	count(rule.deny) == 0 with input as firewall({"source_ranges": "${var.ranges}"})
	count(rule.deny) == 0 with input as firewall({"direction": "EGRESS"})
	count(rule.deny) == 0 with input as firewall({"disabled": true})
	count(rule.deny) == 0 with input as firewall({"allow": [{"protocol": "tcp", "ports": ["443"]}]})
	count(rule.deny) == 0 with input as firewall({"allow": [{"protocol": "udp"}]})
	count(rule.deny) == 0 with input as firewall({"allow": [{"protocol": "tcp", "ports": "${var.ports}"}]})
	count(rule.deny) == 0 with input as firewall({"allow": [], "deny": [{"protocol": "tcp", "ports": ["22"]}]})
}

test_admin_ports_tunable if {
	count(rule.deny) == 0 with input as firewall({"allow": [{"protocol": "tcp", "ports": ["5432"]}]})
	count(rule.deny) == 1 with input as firewall({"allow": [{"protocol": "tcp", "ports": ["5432"]}]}) with data.verdict.config.admin_ports as [5432]
}

test_plan_fires if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "google_compute_firewall.ssh", "mode": "managed", "type": "google_compute_firewall", "name": "ssh",
		"values": {"name": "allow-ssh", "direction": "INGRESS", "disabled": false, "source_ranges": ["0.0.0.0/0"], "allow": [{"protocol": "tcp", "ports": ["22"]}], "deny": []},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "source_ranges", 0]
}
