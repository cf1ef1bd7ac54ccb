package verdict.terraform.gcp.iam_service_account_user_project_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.iam_service_account_user_project as rule
import rego.v1

grant(type, role) := {"resource": {type: {"d": [{"role": role, "member": "group:deployers@example.com", "members": ["group:deployers@example.com"]}]}}}

test_project_grant_fires if {
	some r in rule.deny with input as grant("google_project_iam_member", "roles/iam.serviceAccountUser")
	r.path == ["resource", "google_project_iam_member", "d", 0, "member"]
	some r2 in rule.deny with input as grant("google_project_iam_binding", "roles/iam.serviceAccountTokenCreator")
	r2.path == ["resource", "google_project_iam_binding", "d", 0, "members", 0]
}

test_on_one_service_account_or_unknown_passes if {
	count(rule.deny) == 0 with input as grant("google_service_account_iam_member", "roles/iam.serviceAccountUser")
	count(rule.deny) == 0 with input as grant("google_project_iam_member", "roles/iam.serviceAccountKeyAdmin")
	count(rule.deny) == 0 with input as grant("google_project_iam_member", "${var.role}")
}

test_plan_fires if {
	p := fx.plan("google_project_iam_member", {"role": "roles/iam.serviceAccountTokenCreator", "member": "user:a@example.com"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["member"])
}
