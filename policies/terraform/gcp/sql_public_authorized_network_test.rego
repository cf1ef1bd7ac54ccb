package verdict.terraform.gcp.sql_public_authorized_network_test

import data.verdict.terraform.gcp.sql_public_authorized_network as rule
import rego.v1

instance(ip) := {"resource": {"google_sql_database_instance": {"main": [{
	"name": "main",
	"database_version": "POSTGRES_15",
	"settings": [{"tier": "db-f1-micro", "ip_configuration": [ip]}],
}]}}}

test_anyone_fires if {
	ip := {"ipv4_enabled": true, "authorized_networks": [{"name": "office", "value": "203.0.113.0/24"}, {"name": "anyone", "value": "0.0.0.0/0"}]}
	some r in rule.deny with input as instance(ip)
	r.path == ["resource", "google_sql_database_instance", "main", 0, "settings", 0, "ip_configuration", 0, "authorized_networks", 1, "value"]
	r.resource == "google_sql_database_instance.main"
	count(rule.deny) == 1 with input as instance(ip)
}

test_specific_networks_private_ip_or_unknown_pass if {
	count(rule.deny) == 0 with input as instance({"authorized_networks": [{"name": "office", "value": "203.0.113.0/24"}]})
	count(rule.deny) == 0 with input as instance({"authorized_networks": [{"name": "var", "value": "${var.cidr}"}]})
	count(rule.deny) == 0 with input as instance({"ipv4_enabled": false, "authorized_networks": [{"value": "0.0.0.0/0"}]})
	count(rule.deny) == 0 with input as instance({"ipv4_enabled": true})
}

test_ipv4_enabled_absent_fires if {
	count(rule.deny) == 1 with input as instance({"authorized_networks": [{"name": "anyone", "value": "0.0.0.0/0"}]})
}
