package verdict.terraform.gcp.iam_basic_role_user_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.iam_basic_role_user as rule
import rego.v1

member(role, who) := {"resource": {"google_project_iam_member": {"dev": [{"project": "p", "role": role, "member": who}]}}}

test_editor_to_user_fires if {
	some r in rule.deny with input as member("roles/editor", "user:dev@example.com")
	r.path == ["resource", "google_project_iam_member", "dev", 0, "member"]
	r.resource == "google_project_iam_member.dev"
	count(rule.deny) == 1 with input as member("roles/owner", "group:ops@example.com")
}

test_binding_and_org_fire if {
	b := {"resource": {"google_organization_iam_binding": {"o": [{"org_id": "1", "role": "roles/owner", "members": ["serviceAccount:x@p.iam.gserviceaccount.com", "domain:example.com"]}]}}}
	some r in rule.deny with input as b
	r.path == ["resource", "google_organization_iam_binding", "o", 0, "members", 1]
	count(rule.deny) == 1 with input as b
}

test_scoped_roles_service_accounts_and_unknown_pass if {
	count(rule.deny) == 0 with input as member("roles/viewer", "user:dev@example.com")
	count(rule.deny) == 0 with input as member("roles/compute.admin", "user:dev@example.com")
	count(rule.deny) == 0 with input as member("roles/editor", "serviceAccount:ci@p.iam.gserviceaccount.com")
	count(rule.deny) == 0 with input as member("${var.role}", "user:dev@example.com")
	count(rule.deny) == 0 with input as member("roles/editor", "${var.member}")
}

test_plan_fires if {
	p := fx.plan("google_project_iam_member", {"project": "p", "role": "roles/owner", "member": "user:a@example.com", "condition": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["member"])
}
