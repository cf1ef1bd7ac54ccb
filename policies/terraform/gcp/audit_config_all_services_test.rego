package verdict.terraform.gcp.audit_config_all_services_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.audit_config_all_services as rule
import rego.v1

audit(configs) := {"resource": {"google_project_iam_audit_config": {"all": [{"project": "p", "service": "allServices", "audit_log_config": configs}]}}}

all_types := [{"log_type": "ADMIN_READ"}, {"log_type": "DATA_READ"}, {"log_type": "DATA_WRITE"}]

test_missing_types_fire if {
	some r in rule.deny with input as audit([{"log_type": "ADMIN_READ"}])
	r.path == ["resource", "google_project_iam_audit_config", "all", 0, "service"]
	contains(r.msg, "DATA_READ, DATA_WRITE")
}

test_exempted_member_fires if {
	configs := [{"log_type": "ADMIN_READ"}, {"log_type": "DATA_READ", "exempted_members": ["user:ops@example.com"]}, {"log_type": "DATA_WRITE"}]
	some r in rule.deny with input as audit(configs)
	r.path == ["resource", "google_project_iam_audit_config", "all", 0, "audit_log_config", 1, "exempted_members", 0]
	count(rule.deny) == 1 with input as audit(configs)
}

test_complete_other_service_or_unknown_passes if {
	count(rule.deny) == 0 with input as audit(all_types)
	count(rule.deny) == 0 with input as audit([{"log_type": "ADMIN_READ"}, {"log_type": "${var.t}"}])
	count(rule.deny) == 0 with input as {"resource": {"google_project_iam_audit_config": {"gcs": [{"service": "storage.googleapis.com", "audit_log_config": [{"log_type": "DATA_READ"}]}]}}}
	count(rule.deny) == 0 with input as {"resource": {"google_project_iam_audit_config": {"all": [{"service": "allServices", "dynamic": {"audit_log_config": [{"for_each": "${var.types}"}]}}]}}}
}

test_plan_fires if {
	p := fx.plan("google_project_iam_audit_config", {"service": "allServices", "audit_log_config": [{"log_type": "ADMIN_READ", "exempted_members": []}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["service"])
	count(rule.deny) == 1 with input as p
}
