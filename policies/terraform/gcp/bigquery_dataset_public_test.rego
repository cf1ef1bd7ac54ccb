package verdict.terraform.gcp.bigquery_dataset_public_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.bigquery_dataset_public as rule
import rego.v1

dataset(access) := {"resource": {"google_bigquery_dataset": {"sales": [{"dataset_id": "sales", "access": access}]}}}

test_access_block_fires if {
	some r in rule.deny with input as dataset([{"role": "OWNER", "user_by_email": "a@example.com"}, {"role": "READER", "special_group": "allAuthenticatedUsers"}])
	r.path == ["resource", "google_bigquery_dataset", "sales", 0, "access", 1, "special_group"]
	r.resource == "google_bigquery_dataset.sales"
	count(rule.deny) == 1 with input as dataset([{"role": "READER", "iam_member": "allUsers"}])
}

test_iam_and_access_resources_fire if {
	m := {"resource": {"google_bigquery_dataset_iam_member": {"p": [{"dataset_id": "sales", "role": "roles/bigquery.dataViewer", "member": "allUsers"}]}}}
	some r in rule.deny with input as m
	r.path == ["resource", "google_bigquery_dataset_iam_member", "p", 0, "member"]
	t := {"resource": {"google_bigquery_table_iam_binding": {"t": [{"role": "roles/bigquery.dataViewer", "members": ["allAuthenticatedUsers"]}]}}}
	count(rule.deny) == 1 with input as t
	a := {"resource": {"google_bigquery_dataset_access": {"a": [{"dataset_id": "sales", "role": "READER", "special_group": "allAuthenticatedUsers"}]}}}
	some r2 in rule.deny with input as a
	r2.path == ["resource", "google_bigquery_dataset_access", "a", 0, "special_group"]
}

test_private_or_unknown_passes if {
	count(rule.deny) == 0 with input as dataset([{"role": "READER", "special_group": "projectReaders"}])
	count(rule.deny) == 0 with input as dataset([{"role": "READER", "group_by_email": "analysts@example.com"}])
	count(rule.deny) == 0 with input as dataset([{"role": "READER", "iam_member": "${var.member}"}])
	count(rule.deny) == 0 with input as dataset("${var.access}")
}

test_plan_fires if {
	p := fx.plan("google_bigquery_dataset", {"dataset_id": "sales", "access": [{"role": "READER", "special_group": "allAuthenticatedUsers", "user_by_email": ""}]}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["access", 0, "special_group"])
}
