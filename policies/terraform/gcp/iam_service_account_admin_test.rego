package verdict.terraform.gcp.iam_service_account_admin_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.iam_service_account_admin as rule
import rego.v1

member(role, who) := {"resource": {"google_project_iam_member": {"ci": [{"project": "p", "role": role, "member": who}]}}}

test_owner_and_admin_fire if {
	some r in rule.deny with input as member("roles/owner", "serviceAccount:ci@p.iam.gserviceaccount.com")
	r.path == ["resource", "google_project_iam_member", "ci", 0, "member"]
	count(rule.deny) == 1 with input as member("roles/editor", "serviceAccount:${google_service_account.ci.email}")
	count(rule.deny) == 1 with input as member("roles/storage.admin", "serviceAccount:ci@p.iam.gserviceaccount.com")
	count(rule.deny) == 1 with input as member("roles/iam.securityAdmin", "serviceAccount:ci@p.iam.gserviceaccount.com")
}

test_binding_fires if {
	b := {"resource": {"google_project_iam_binding": {"b": [{"role": "roles/editor", "members": ["user:a@example.com", "serviceAccount:x@p.iam.gserviceaccount.com"]}]}}}
	some r in rule.deny with input as b
	r.path == ["resource", "google_project_iam_binding", "b", 0, "members", 1]
}

test_narrow_roles_users_and_unknown_pass if {
	count(rule.deny) == 0 with input as member("roles/storage.objectViewer", "serviceAccount:ci@p.iam.gserviceaccount.com")
	count(rule.deny) == 0 with input as member("roles/owner", "user:a@example.com")
	count(rule.deny) == 0 with input as member("${var.role}", "serviceAccount:ci@p.iam.gserviceaccount.com")
	count(rule.deny) == 0 with input as member("roles/editor", "${var.member}")
}

test_plan_fires if {
	p := fx.plan("google_project_iam_member", {"role": "roles/editor", "member": "serviceAccount:ci@p.iam.gserviceaccount.com"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["member"])
}
