package verdict.terraform.gcp.sql_require_ssl_test

import data.verdict.terraform.gcp.sql_require_ssl as rule
import rego.v1

instance(settings) := {"resource": {"google_sql_database_instance": {"main": [{
	"name": "main",
	"database_version": "MYSQL_8_0",
	"settings": [object.union({"tier": "db-f1-micro"}, settings)],
}]}}}

test_unencrypted_allowed_fires if {
	some r in rule.deny with input as instance({"ip_configuration": [{"ssl_mode": "ALLOW_UNENCRYPTED_AND_ENCRYPTED"}]})
	r.path == ["resource", "google_sql_database_instance", "main", 0, "settings", 0, "ip_configuration", 0]
	r.resource == "google_sql_database_instance.main"
	count(rule.deny) == 1 with input as instance({"ip_configuration": [{"require_ssl": false}]})
	count(rule.deny) == 1 with input as instance({"ip_configuration": [{"ipv4_enabled": true}]})
}

test_no_ip_configuration_fires if {
	some r in rule.deny with input as instance({})
	r.path == ["resource", "google_sql_database_instance", "main", 0, "settings", 0]
}

test_enforced_passes if {
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]})
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"ssl_mode": "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}]})
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"require_ssl": true}]})
}

test_unknown_or_dynamic_passes if {
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"ssl_mode": "${var.ssl_mode}"}]})
	count(rule.deny) == 0 with input as instance({"ip_configuration": [{"require_ssl": "${var.require_ssl}"}]})
	count(rule.deny) == 0 with input as instance({"dynamic": {"ip_configuration": [{"for_each": "${var.ip}"}]}})
}

test_plan_fires if {
	plan := {"planned_values": {"root_module": {"resources": [{
		"address": "google_sql_database_instance.main", "mode": "managed", "type": "google_sql_database_instance", "name": "main",
		"values": {"name": "main", "settings": [{"tier": "db-f1-micro", "ip_configuration": [{"ipv4_enabled": true, "require_ssl": false, "authorized_networks": []}]}]},
	}]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "settings", 0, "ip_configuration", 0]
}
