package verdict.terraform.aws.s3_versioning_test

import data.verdict.terraform.aws.s3_versioning
import rego.v1

bucket(body) := {"resource": {"aws_s3_bucket": {"data": [object.union({"bucket": "acme-data"}, body)]}}}

test_no_versioning_fires if {
	[r] := [x | some x in s3_versioning.deny] with input as bucket({})
	r.path == ["resource", "aws_s3_bucket", "data", 0]
	r.resource == "aws_s3_bucket.data"
}

test_legacy_versioning_disabled_fires_at_the_attribute if {
	[r] := [x | some x in s3_versioning.deny] with input as bucket({"versioning": [{"enabled": false}]})
	r.path == ["resource", "aws_s3_bucket", "data", 0, "versioning", 0, "enabled"]
}

test_legacy_versioning_enabled_passes if {
	count(s3_versioning.deny) == 0 with input as bucket({"versioning": [{"enabled": true}]})
}

test_unknown_versioning_passes if {
	count(s3_versioning.deny) == 0 with input as bucket({"versioning": [{"enabled": "${var.versioning}"}]})
}

test_versioning_resource_enabled_passes if {
	inp := {"resource": {
		"aws_s3_bucket": {"data": [{"bucket": "acme-data"}]},
		"aws_s3_bucket_versioning": {"data": [{"bucket": "${aws_s3_bucket.data.id}", "versioning_configuration": [{"status": "Enabled"}]}]},
	}}
	count(s3_versioning.deny) == 0 with input as inp
}

test_versioning_resource_suspended_fires_at_its_status if {
	inp := {"resource": {
		"aws_s3_bucket": {"data": [{"bucket": "acme-data"}]},
		"aws_s3_bucket_versioning": {"data": [{"bucket": "${aws_s3_bucket.data.id}", "versioning_configuration": [{"status": "Suspended"}]}]},
	}}
	[r] := [x | some x in s3_versioning.deny] with input as inp
	r.path == ["resource", "aws_s3_bucket_versioning", "data", 0, "versioning_configuration", 0, "status"]
	r.resource == "aws_s3_bucket.data"
}

test_versioning_resource_unknown_status_passes if {
	inp := {"resource": {
		"aws_s3_bucket": {"data": [{"bucket": "acme-data"}]},
		"aws_s3_bucket_versioning": {"data": [{"bucket": "${aws_s3_bucket.data.id}", "versioning_configuration": [{"status": "${var.status}"}]}]},
	}}
	count(s3_versioning.deny) == 0 with input as inp
}

test_plan_provider_v5_bucket if {
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_s3_bucket.data", "mode": "managed", "type": "aws_s3_bucket", "name": "data", "values": {"bucket": "acme-data"}},
		{"address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs", "values": {"bucket": "acme-logs"}},
		{"address": "aws_s3_bucket_versioning.data", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "data", "values": {"bucket": "acme-data", "versioning_configuration": [{"status": "Enabled", "mfa_delete": null}]}},
	]}}}
	{r.resource | some r in s3_versioning.deny} == {"aws_s3_bucket.logs"} with input as inp
}
