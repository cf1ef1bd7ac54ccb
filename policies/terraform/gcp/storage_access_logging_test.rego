package verdict.terraform.gcp.storage_access_logging_test

import data.verdict.lib.terraform_gcp_test as fx
import data.verdict.terraform.gcp.storage_access_logging as rule
import rego.v1

buckets(data_body) := {"resource": {"google_storage_bucket": {
	"data": [object.union({"name": "acme-data", "location": "EU"}, data_body)],
	"access_logs": [{"name": "acme-access-logs", "location": "EU"}],
}}}

test_no_logging_fires if {
	paths := {r.path | some r in rule.deny} with input as buckets({})
	paths == {["resource", "google_storage_bucket", "data", 0], ["resource", "google_storage_bucket", "access_logs", 0]}
}

test_logging_and_log_target_pass if {
	ref := buckets({"logging": [{"log_bucket": "${google_storage_bucket.access_logs.name}"}]})
	count(rule.deny) == 0 with input as ref
	by_name := buckets({"logging": [{"log_bucket": "acme-access-logs"}]})
	count(rule.deny) == 0 with input as by_name
	unknown := buckets({"logging": [{"log_bucket": "${var.log_bucket}"}]})
	{r.resource | some r in rule.deny} == {"google_storage_bucket.access_logs"} with input as unknown
}

test_plan if {
	p := fx.plan("google_storage_bucket", {"name": "acme-data", "logging": []}, {})
	some r in rule.deny with input as p
	r.path == fx.plan_path(["logging"])
	on := fx.plan("google_storage_bucket", {"name": "acme-data", "logging": [{"log_bucket": "acme-access-logs", "log_object_prefix": ""}]}, {})
	count(rule.deny) == 0 with input as on
}
