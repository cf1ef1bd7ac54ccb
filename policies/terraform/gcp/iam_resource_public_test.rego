package verdict.terraform.gcp.iam_resource_public_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.iam_resource_public as rule
import rego.v1

grant(type, body) := {"resource": {type: {"public": [object.union({"role": "roles/viewer"}, body)]}}}

test_public_secret_and_repository_fire if {
	some r in rule.deny with input as grant("google_secret_manager_secret_iam_member", {"member": "allAuthenticatedUsers"})
	r.path == ["resource", "google_secret_manager_secret_iam_member", "public", 0, "member"]
	r.resource == "google_secret_manager_secret_iam_member.public"
	some r2 in rule.deny with input as grant("google_artifact_registry_repository_iam_binding", {"members": ["group:a@example.com", "allUsers"]})
	r2.path == ["resource", "google_artifact_registry_repository_iam_binding", "public", 0, "members", 1]
	count(rule.deny) == 1 with input as grant("google_pubsub_topic_iam_member", {"member": "allUsers"})
}

test_covered_named_or_unknown_pass if {
	count(rule.deny) == 0 with input as grant("google_storage_bucket_iam_member", {"member": "allUsers"})
	count(rule.deny) == 0 with input as grant("google_project_iam_member", {"member": "allUsers"})
	count(rule.deny) == 0 with input as grant("google_cloud_run_v2_service_iam_member", {"member": "allUsers"})
	count(rule.deny) == 0 with input as grant("google_pubsub_topic_iam_member", {"member": "serviceAccount:a@p.iam.gserviceaccount.com"})
	count(rule.deny) == 0 with input as grant("google_pubsub_topic_iam_member", {"member": "${var.member}"})
}

test_plan_fires if {
	p := fx.plan("google_secret_manager_secret_iam_member", {"role": "roles/secretmanager.secretAccessor", "member": "allUsers"}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["member"])
}
