package verdict.lib.terraform_aws_test

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

# A plan with a bucket in module.store (for_each instance) whose versioning
# resource refers to it, and an unknown `kms_key_id` written in configuration.
plan := {
	"format_version": "1.2",
	"planned_values": {"root_module": {
		"resources": [{
			"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main",
			"values": {"name": "main", "enable_log_file_validation": null},
		}],
		"child_modules": [{"address": "module.store[\"a.b\"]", "resources": [
			{"address": "module.store[\"a.b\"].aws_s3_bucket.this[0]", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "index": 0, "values": {"bucket_prefix": "x"}},
			{"address": "module.store[\"a.b\"].aws_s3_bucket_versioning.this[0]", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "this", "index": 0, "values": {"versioning_configuration": [{"status": "Enabled"}]}},
		]}],
	}},
	"configuration": {"root_module": {
		"resources": [{"address": "aws_cloudtrail.main", "mode": "managed", "type": "aws_cloudtrail", "name": "main", "expressions": {"kms_key_id": {"references": ["aws_kms_key.trail.arn", "aws_kms_key.trail"]}}}],
		"module_calls": {"store": {"module": {"resources": [
			{"address": "aws_s3_bucket.this", "mode": "managed", "type": "aws_s3_bucket", "name": "this", "expressions": {"bucket_prefix": {"constant_value": "x"}}},
			{"address": "aws_s3_bucket_versioning.this", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "this", "expressions": {"bucket": {"references": ["aws_s3_bucket.this[0].id", "aws_s3_bucket.this[0]", "aws_s3_bucket.this"]}}},
		]}}},
	}},
}

resource(type) := r if {
	some r in tf.of_type(type)
}

test_plan_config_follows_module_calls if {
	r := resource("aws_s3_bucket_versioning") with input as plan
	cfg := aws.plan_config(r) with input as plan
	cfg.address == "aws_s3_bucket_versioning.this"
	aws.references(r, "bucket") == {"aws_s3_bucket.this[0].id", "aws_s3_bucket.this[0]", "aws_s3_bucket.this"} with input as plan
}

test_plan_bucket_link_by_reference if {
	b := resource("aws_s3_bucket") with input as plan
	v := resource("aws_s3_bucket_versioning") with input as plan
	aws.has_bucket_resource(b, "aws_s3_bucket_versioning") with input as plan
	aws.bucket_resources(b, "aws_s3_bucket_versioning") == {v} with input as plan
	not aws.has_bucket_resource(b, "aws_s3_bucket_acl") with input as plan
}

test_plan_value_unknown_when_configured_but_absent if {
	r := resource("aws_cloudtrail") with input as plan
	aws.unknown_at(r, ["kms_key_id"]) with input as plan
	not aws.value(r, ["kms_key_id"], "") with input as plan
}

test_plan_value_null_is_default if {
	r := resource("aws_cloudtrail") with input as plan
	aws.value(r, ["enable_log_file_validation"], false) == false with input as plan
	aws.value(r, ["is_multi_region_trail"], false) == false with input as plan
}

hcl := {"resource": {
	"aws_s3_bucket": {
		"logs": [{"bucket": "acme-logs", "versioning": [{"enabled": "${var.versioning}"}]}],
		"logs-old": [{"bucket": "acme-logs-old", "dynamic": {"server_side_encryption_configuration": [{"for_each": "${var.sse}"}]}}],
	},
	"aws_s3_bucket_versioning": {"logs": [{"bucket": "${aws_s3_bucket.logs.id}"}]},
	"aws_s3_bucket_public_access_block": {"byname": [{"bucket": "acme-logs-old"}]},
	"aws_s3_bucket_acl": {"external": [{"bucket": "${var.bucket}"}]},
	"aws_s3_bucket_policy": {"data": [{"bucket": "${data.aws_s3_bucket.logs.id}"}]},
}}

bucket(name) := b if {
	some b in tf.of_type("aws_s3_bucket")
	b.name == name
}

test_hcl_bucket_links if {
	logs := bucket("logs") with input as hcl
	old := bucket("logs-old") with input as hcl
	addresses(aws.bucket_resources(logs, "aws_s3_bucket_versioning")) == {"aws_s3_bucket_versioning.logs"} with input as hcl
	count(aws.bucket_resources(old, "aws_s3_bucket_versioning")) == 0 with input as hcl
	addresses(aws.bucket_resources(old, "aws_s3_bucket_public_access_block")) == {"aws_s3_bucket_public_access_block.byname"} with input as hcl
	count(aws.bucket_resources(logs, "aws_s3_bucket_public_access_block")) == 0 with input as hcl

	# A variable could be either bucket: it covers both.
	count(aws.bucket_resources(logs, "aws_s3_bucket_acl")) == 1 with input as hcl
	count(aws.bucket_resources(old, "aws_s3_bucket_acl")) == 1 with input as hcl

	# A data source bucket is not one of ours, but it is not resolvable either.
	count(aws.bucket_resources(old, "aws_s3_bucket_policy")) == 1 with input as hcl
}

addresses(rs) := {r.address | some r in rs}

test_hcl_unknown_and_dynamic if {
	logs := bucket("logs") with input as hcl
	old := bucket("logs-old") with input as hcl
	aws.unknown_at(logs, ["versioning", 0, "enabled"])
	not aws.value(logs, ["versioning", 0, "enabled"], false)
	aws.has_block(old, "server_side_encryption_configuration")
	aws.unknown_at(old, ["server_side_encryption_configuration", 0, "rule"])
	not aws.has_block(logs, "server_side_encryption_configuration")
	aws.has_block({"config": {"x": "${var.x}"}}, "x")
	aws.has_block({"config": {"x": [{}]}}, "x")
	not aws.has_block({"config": {"x": []}}, "x")
}

test_arg_path_points_at_closest_written_block if {
	r := {"path": ["resource", "t", "n", 0], "config": {"a": [{"b": 1}], "c": null}}
	aws.arg_path(r, ["a", 0, "b"]) == ["resource", "t", "n", 0, "a", 0, "b"]
	aws.arg_path(r, ["a", 0, "x"]) == ["resource", "t", "n", 0, "a", 0]
	aws.arg_path(r, ["a", 1, "x"]) == ["resource", "t", "n", 0, "a"]
	aws.arg_path(r, ["z", 0, "x"]) == ["resource", "t", "n", 0]
	aws.arg_path(r, ["c"]) == ["resource", "t", "n", 0, "c"]
	aws.arg_path(r, ["d"]) == ["resource", "t", "n", 0]
}

test_admin_ports if {
	aws.admin_ports_reached("tcp", 0, 65535) == {22, 3389}
	aws.admin_ports_reached("6", "20", "23") == {22}
	aws.admin_ports_reached(-1, 0, 0) == {22, 3389}
	aws.admin_ports_reached("all", null, null) == {22, 3389}
	aws.admin_ports_reached("TCP", 80, 443) == set()
	aws.admin_ports_reached("tcp", "${var.port}", 22) == set()
	not aws.admin_ports_reached("icmp", -1, -1)
	aws.admin_ports_reached("tcp", 2222, 2222) == {2222} with data.verdict.config.admin_ports as [2222]
	aws.admin_ports_reached("udp", 5900, 5901) == {5900} with data.verdict.config.admin_ports as ["5900", 22]
	aws.admin_ports_reached("-1", 0, 0) == set() with data.verdict.config.admin_ports as 22
}

test_policy_statements if {
	doc := `{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}`
	[st] := aws.policy_statements(doc)
	aws.allows_all(st)
	count(aws.policy_statements(`{"Statement": [{"Effect": "Allow", "Action": ["s3:*"], "Resource": ["*"]}]}`)) == 1
	not aws.policy_statements("${jsonencode({})}")
	not aws.policy_statements("not json")
	not aws.allows_all({"Effect": "Deny", "Action": "*", "Resource": "*"})
	not aws.allows_all({"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"})
}

test_booleans_and_numbers if {
	aws.is_true("true")
	aws.is_false("false")
	aws.as_number("22") == 22
	not aws.as_number("twenty")
	aws.open_cidr("::/0")
	not aws.open_cidr("10.0.0.0/8")
}

test_referenced_names if {
	aws.referenced_names("${aws_s3_bucket.logs[0].id}", "aws_s3_bucket") == {"logs"}
	aws.referenced_names("${one(aws_s3_bucket.this[*].id)}", "aws_s3_bucket") == {"this"}
	aws.referenced_names("aws_s3_bucket.a-b.arn", "aws_s3_bucket") == {"a-b"}
	aws.referenced_names("aws_s3_bucket.x", "aws_s3_bucket") == {"x"}
	aws.referenced_names("${coalesce(aws_s3_bucket.a.id, aws_s3_bucket.b.id)}", "aws_s3_bucket") == {"a", "b"}
	aws.referenced_names("${data.aws_s3_bucket.logs.id}", "aws_s3_bucket") == set()
	aws.referenced_names("${my_aws_s3_bucket.logs.id}", "aws_s3_bucket") == set()
	aws.referenced_names("${aws_s3_bucket_policy.logs.id}", "aws_s3_bucket") == set()
	aws.referenced_names("${var.bucket}", "aws_s3_bucket") == set()
	aws.referenced_names("aws_s3_bucket.", "aws_s3_bucket") == set()
}

test_plan_module_of_addresses if {
	aws.strip_keys(`module.a["x.y"].module.b.aws_s3_bucket.c[0]`) == "module.a.module.b.aws_s3_bucket.c"
	aws.plan_module({"address": `module.a["k"].module.b.aws_s3_bucket.c[0]`, "type": "aws_s3_bucket", "name": "c"}) == "module.a.module.b"
	aws.plan_module({"address": "aws_s3_bucket.c", "type": "aws_s3_bucket", "name": "c"}) == ""
}
