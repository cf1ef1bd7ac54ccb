package verdict.lib.terraform_test

import data.verdict.lib.terraform as tf
import rego.v1

hcl := {"resource": {"aws_s3_bucket": {"logs": [{"bucket": "logs", "acl": "${var.acl}"}]}}}

plan := {
	"format_version": "1.2",
	"planned_values": {"root_module": {
		"resources": [{"address": "aws_s3_bucket.logs", "mode": "managed", "type": "aws_s3_bucket", "name": "logs", "values": {"bucket": "logs"}}],
		"child_modules": [{"resources": [{"address": "module.m.aws_s3_bucket.x", "mode": "managed", "type": "aws_s3_bucket", "name": "x", "values": {"bucket": "x"}}, {"address": "data.aws_iam_policy_document.p", "mode": "data", "type": "aws_iam_policy_document", "name": "p", "values": {}}]}],
	}},
}

test_hcl_resources_have_their_path if {
	rs := tf.resources with input as hcl
	count(rs) == 1
	some r in rs
	r.address == "aws_s3_bucket.logs"
	r.path == ["resource", "aws_s3_bucket", "logs", 0]
	tf.unknown(r.config.acl)
}

test_plan_resources_include_child_modules_but_not_data_sources if {
	rs := tf.of_type("aws_s3_bucket") with input as plan
	addresses := {r.address | some r in rs}
	addresses == {"aws_s3_bucket.logs", "module.m.aws_s3_bucket.x"}
	some r in rs
	r.address == "module.m.aws_s3_bucket.x"
	r.path == ["planned_values", "root_module", "child_modules", 0, "resources", 0, "values"]
}

test_config_defaults_and_overrides if {
	tf.config("admin_ports", [22]) == [22]
	tf.config("admin_ports", [22]) == [2222] with data.verdict.config.admin_ports as [2222]
}

# An evaluated module instance names its resources with the module's address
# and instance keys.
evaluated := {
	"resource": {"aws_s3_bucket": {"b": [{"bucket": "logs"}, {"bucket": "site"}]}},
	"__verdict__": {"module": "module.web", "addresses": {"resource": {"aws_s3_bucket": {"b": ["module.web.aws_s3_bucket.b[\"logs\"]", "module.web.aws_s3_bucket.b[\"site\"]"]}}}},
}

test_evaluated_resources_have_module_and_instance_addresses if {
	rs := tf.resources with input as evaluated
	{r.address | some r in rs} == {"module.web.aws_s3_bucket.b[\"logs\"]", "module.web.aws_s3_bucket.b[\"site\"]"}
	some r in rs
	r.config.bucket == "site"
	r.path == ["resource", "aws_s3_bucket", "b", 1]
}
