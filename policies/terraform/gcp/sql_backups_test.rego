package verdict.terraform.gcp.sql_backups_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.sql_backups as rule
import rego.v1

db(body, settings) := {"resource": {"google_sql_database_instance": {"db": [object.union(
	{"name": "db", "database_version": "POSTGRES_15", "settings": [object.union({"tier": "db-custom-2-7680"}, settings)]},
	body,
)]}}}

test_no_backup_configuration_fires if {
	some r in rule.deny with input as db({}, {})
	r.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0]
	r.resource == "google_sql_database_instance.db"
}

test_disabled_fires if {
	some r in rule.deny with input as db({}, {"backup_configuration": [{"enabled": false}]})
	r.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0, "backup_configuration", 0, "enabled"]
	some r2 in rule.deny with input as db({}, {"backup_configuration": [{"start_time": "03:00"}]})
	r2.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0, "backup_configuration", 0]
}

test_enabled_replica_or_unknown_passes if {
	count(rule.deny) == 0 with input as db({}, {"backup_configuration": [{"enabled": true}]})
	count(rule.deny) == 0 with input as db({}, {"backup_configuration": [{"enabled": "${var.backups}"}]})
	count(rule.deny) == 0 with input as db({"master_instance_name": "${google_sql_database_instance.main.name}"}, {})
}

test_plan if {
	p := fx.plan("google_sql_database_instance", {"master_instance_name": null, "settings": [{"tier": "t", "backup_configuration": [{"enabled": false, "binary_log_enabled": false}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["settings", 0, "backup_configuration", 0, "enabled"])
	later := fx.plan("google_sql_database_instance", {"settings": [{"tier": "t", "backup_configuration": [{}]}]}, {"settings": [{"backup_configuration": [{"enabled": {"references": ["var.backups"]}}]}]})
	count(rule.deny) == 0 with input as later
}
