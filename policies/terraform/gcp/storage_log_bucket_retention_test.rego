package verdict.terraform.gcp.storage_log_bucket_retention_test

import data.verdict.terraform.gcp.storage_log_bucket_retention as rule
import rego.v1

hcl(bucket, destination) := {"resource": {
	"google_storage_bucket": {"logs": [object.union({"name": "acme-audit-logs", "location": "EU"}, bucket)]},
	"google_logging_project_sink": {"audit": [{"name": "audit", "destination": destination}]},
}}

by_ref := "storage.googleapis.com/${google_storage_bucket.logs.name}"

test_unlocked_log_bucket_fires if {
	some r in rule.deny with input as hcl({}, by_ref)
	r.path == ["resource", "google_storage_bucket", "logs", 0]
	r.resource == "google_storage_bucket.logs"
	some r2 in rule.deny with input as hcl({"retention_policy": [{"retention_period": 86400, "is_locked": false}]}, "storage.googleapis.com/acme-audit-logs")
	r2.path == ["resource", "google_storage_bucket", "logs", 0, "retention_policy", 0, "is_locked"]
}

test_locked_other_destination_or_unknown_passes if {
	count(rule.deny) == 0 with input as hcl({"retention_policy": [{"retention_period": 31536000, "is_locked": true}]}, by_ref)
	count(rule.deny) == 0 with input as hcl({}, "bigquery.googleapis.com/projects/p/datasets/logs")
	count(rule.deny) == 0 with input as hcl({}, "storage.googleapis.com/other-bucket")
	count(rule.deny) == 0 with input as hcl({"retention_policy": [{"is_locked": "${var.lock}"}]}, by_ref)
}

test_plan_fires if {
	plan := {"planned_values": {"root_module": {"resources": [
		{"address": "google_storage_bucket.logs", "mode": "managed", "type": "google_storage_bucket", "name": "logs", "values": {"name": "acme-audit-logs", "retention_policy": []}},
		{"address": "google_logging_project_sink.audit", "mode": "managed", "type": "google_logging_project_sink", "name": "audit", "values": {"name": "audit", "destination": "storage.googleapis.com/acme-audit-logs"}},
	]}}}
	some r in rule.deny with input as plan
	r.path == ["planned_values", "root_module", "resources", 0, "values", "retention_policy"]
}
