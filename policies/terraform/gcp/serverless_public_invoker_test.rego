package verdict.terraform.gcp.serverless_public_invoker_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.serverless_public_invoker as rule
import rego.v1

grant(type, member) := {"resource": {type: {"public": [{"name": "api", "role": "roles/run.invoker", "member": member}]}}} if endswith(type, "_member")

else := {"resource": {type: {"public": [{"name": "api", "role": "roles/run.invoker", "members": [member]}]}}}

test_public_invoker_fires if {
	some r in rule.deny with input as grant("google_cloud_run_v2_service_iam_member", "allUsers")
	r.path == ["resource", "google_cloud_run_v2_service_iam_member", "public", 0, "member"]
	some r2 in rule.deny with input as grant("google_cloudfunctions2_function_iam_binding", "allAuthenticatedUsers")
	r2.path == ["resource", "google_cloudfunctions2_function_iam_binding", "public", 0, "members", 0]
	count(rule.deny) == 1 with input as grant("google_cloud_run_service_iam_member", "allUsers")
}

test_named_or_unknown_passes if {
	count(rule.deny) == 0 with input as grant("google_cloud_run_v2_service_iam_member", "serviceAccount:caller@p.iam.gserviceaccount.com")
	count(rule.deny) == 0 with input as grant("google_cloud_run_v2_service_iam_member", "${var.invoker}")
}

test_plan_fires if {
	p := fx.plan("google_cloudfunctions_function_iam_member", {"role": "roles/cloudfunctions.invoker", "member": "allUsers"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["member"])
}
