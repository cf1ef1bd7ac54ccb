package verdict.terraform.gcp.iam_project_public_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.iam_project_public as rule
import rego.v1

member(who) := {"resource": {"google_project_iam_member": {"public": [{"project": "p", "role": "roles/viewer", "member": who}]}}}

test_public_members_fire if {
	some r in rule.deny with input as member("allUsers")
	r.path == ["resource", "google_project_iam_member", "public", 0, "member"]
	count(rule.deny) == 1 with input as member("allAuthenticatedUsers")
	b := {"resource": {"google_folder_iam_binding": {"f": [{"folder": "folders/1", "role": "roles/viewer", "members": ["group:a@example.com", "allUsers"]}]}}}
	some r2 in rule.deny with input as b
	r2.path == ["resource", "google_folder_iam_binding", "f", 0, "members", 1]
}

test_named_and_unknown_pass if {
	count(rule.deny) == 0 with input as member("group:a@example.com")
	count(rule.deny) == 0 with input as member("${var.member}")
}

test_plan_fires if {
	p := fx.plan("google_project_iam_member", {"role": "roles/viewer", "member": "allUsers"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["member"])
}
