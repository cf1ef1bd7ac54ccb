package verdict.terraform.gcp.sql_public_ip_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.sql_public_ip as rule
import rego.v1

db(settings) := {"resource": {"google_sql_database_instance": {"db": [{
	"name": "db", "database_version": "POSTGRES_15",
	"settings": [object.union({"tier": "db-custom-2-7680"}, settings)],
}]}}}

test_enabled_fires if {
	some r in rule.deny with input as db({"ip_configuration": [{"ipv4_enabled": true}]})
	r.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0, "ip_configuration", 0, "ipv4_enabled"]
	r.resource == "google_sql_database_instance.db"
}

test_default_fires if {
	some r in rule.deny with input as db({})
	r.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0]
	some r2 in rule.deny with input as db({"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]})
	r2.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0, "ip_configuration", 0]
}

test_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as db({"ip_configuration": [{"ipv4_enabled": false, "private_network": "${google_compute_network.vpc.id}"}]})
	count(rule.deny) == 0 with input as db({"ip_configuration": [{"ipv4_enabled": "${var.public}"}]})
	count(rule.deny) == 0 with input as db({"dynamic": {"ip_configuration": [{"for_each": "${var.ip}"}]}})
}

test_plan_fires if {
	p := fx.plan("google_sql_database_instance", {"settings": [{"tier": "t", "ip_configuration": [{"ipv4_enabled": true, "authorized_networks": []}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["settings", 0, "ip_configuration", 0, "ipv4_enabled"])
}
