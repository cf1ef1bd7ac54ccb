package verdict.terraform.gcp.sql_sqlserver_contained_database_authentication_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.sql_sqlserver_contained_database_authentication as rule
import rego.v1

db(version, flags) := {"resource": {"google_sql_database_instance": {"db": [{
	"name": "db",
	"database_version": version,
	"settings": [{"tier": "db-custom-2-7680", "database_flags": flags}],
}]}}}

test_flag_set_wrong_fires if {
	some r in rule.deny with input as db("SQLSERVER_2019_STANDARD", [{"name": "other", "value": "x"}, {"name": "contained database authentication", "value": "on"}])
	r.path == ["resource", "google_sql_database_instance", "db", 0, "settings", 0, "database_flags", 1, "value"]
	r.resource == "google_sql_database_instance.db"
	count(rule.deny) == 1 with input as db("SQLSERVER_2019_STANDARD", [{"name": "contained database authentication", "value": "on"}])
}

test_flag_missing_passes if {
	count(rule.deny) == 0 with input as db("SQLSERVER_2019_STANDARD", [{"name": "other", "value": "x"}])
}

test_flag_set_right_other_engine_or_unknown_passes if {
	count(rule.deny) == 0 with input as db("SQLSERVER_2019_STANDARD", [{"name": "contained database authentication", "value": "off"}])
	count(rule.deny) == 0 with input as db("SQLSERVER_2019_STANDARD", [{"name": "contained database authentication", "value": "${var.flag}"}])
	count(rule.deny) == 0 with input as db("SQLSERVER_2019_STANDARD", "${var.flags}")
	count(rule.deny) == 0 with input as db("MYSQL_8_0", [{"name": "contained database authentication", "value": "on"}])
	dyn := {"resource": {"google_sql_database_instance": {"db": [{"database_version": "SQLSERVER_2019_STANDARD", "settings": [{"dynamic": {"database_flags": [{"for_each": "${var.flags}"}]}}]}]}}}
	count(rule.deny) == 0 with input as dyn
}

test_plan_fires if {
	p := fx.plan("google_sql_database_instance", {"database_version": "SQLSERVER_2019_STANDARD", "settings": [{"tier": "t", "database_flags": [{"name": "contained database authentication", "value": "on"}]}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["settings", 0, "database_flags", 0, "value"])
}
