package verdict.terraform.gcp.storage_bucket_public_test

import data.verdict.terraform.gcp.storage_bucket_public as rule
import rego.v1

res(type, body) := {"resource": {type: {"public": [body]}}}

test_iam_member_all_users_fires if {
	tmpl := res("google_storage_bucket_iam_member", {"bucket": "${google_storage_bucket.site.name}", "role": "roles/storage.objectViewer", "member": "allUsers"})
	some r in rule.deny with input as tmpl
	r.path == ["resource", "google_storage_bucket_iam_member", "public", 0, "member"]
	r.resource == "google_storage_bucket_iam_member.public"
}

test_iam_binding_all_authenticated_fires if {
	tmpl := res("google_storage_bucket_iam_binding", {"bucket": "site", "role": "roles/storage.objectViewer", "members": ["group:eng@example.com", "allAuthenticatedUsers"]})
	some r in rule.deny with input as tmpl
	r.path == ["resource", "google_storage_bucket_iam_binding", "public", 0, "members", 1]
}

test_access_controls_fire if {
	count(rule.deny) == 1 with input as res("google_storage_bucket_access_control", {"bucket": "site", "role": "READER", "entity": "allUsers"})
	count(rule.deny) == 1 with input as res("google_storage_default_object_access_control", {"bucket": "site", "role": "READER", "entity": "allAuthenticatedUsers"})
}

test_bucket_acl_fires if {
	tmpl := res("google_storage_bucket_acl", {"bucket": "site", "role_entity": ["OWNER:user-ops@example.com", "READER:allUsers"]})
	some r in rule.deny with input as tmpl
	r.path == ["resource", "google_storage_bucket_acl", "public", 0, "role_entity", 1]
}

test_private_members_pass if {
	count(rule.deny) == 0 with input as res("google_storage_bucket_iam_member", {"bucket": "site", "role": "roles/storage.objectViewer", "member": "serviceAccount:app@p.iam.gserviceaccount.com"})
	count(rule.deny) == 0 with input as res("google_storage_bucket_iam_member", {"bucket": "site", "role": "roles/storage.objectViewer", "member": "${var.member}"})
	count(rule.deny) == 0 with input as res("google_storage_bucket_iam_binding", {"bucket": "site", "role": "roles/storage.objectViewer", "members": "${var.members}"})
	count(rule.deny) == 0 with input as res("google_storage_bucket_acl", {"bucket": "site", "role_entity": ["READER:group-eng@example.com"]})
}
