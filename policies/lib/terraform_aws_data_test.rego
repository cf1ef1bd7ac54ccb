package verdict.lib.terraform_aws_data_test

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_data as awsd
import rego.v1

resource(type) := r if {
	some r in tf.of_type(type)
}

tls_deny_json := `{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":false}}},{"Effect":"Allow","Principal":{"AWS":["*"]},"Action":"s3:GetObject","Resource":"*"}]}`

test_json_policy_document if {
	inp := {"resource": {"aws_s3_bucket_policy": {"p": [{"bucket": "b", "policy": tls_deny_json}]}}}
	r := resource("aws_s3_bucket_policy") with input as inp
	doc := awsd.policy_doc(r, "policy") with input as inp
	doc.complete
	[deny, allow] := doc.statements
	awsd.denies_insecure_transport(deny)
	deny.conditions == [{"test": "Bool", "variable": "aws:SecureTransport", "values": [false]}]
	awsd.public_allow(allow)
	allow.actions == ["s3:GetObject"]
	not awsd.lacks_tls_deny(r, "policy") with input as inp
}

test_unreadable_policy_document if {
	inp := {"resource": {"aws_s3_bucket_policy": {"p": [{"bucket": "b", "policy": "${jsonencode(local.policy)}"}]}}}
	r := resource("aws_s3_bucket_policy") with input as inp
	not awsd.policy_doc(r, "policy") with input as inp
	not awsd.lacks_tls_deny(r, "policy") with input as inp
}

data_input(doc) := {
	"data": {"aws_iam_policy_document": {"p": [doc]}},
	"resource": {"aws_s3_bucket_policy": {"x": [{"bucket": "b", "policy": "${data.aws_iam_policy_document.p.json}"}]}},
}

test_data_source_policy_document if {
	inp := data_input({"statement": [
		{"actions": ["s3:GetObject"], "principals": [{"type": "AWS", "identifiers": ["${var.reader}"]}]},
		{"effect": "Deny", "actions": ["s3:*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]},
	]})
	r := resource("aws_s3_bucket_policy") with input as inp
	doc := awsd.policy_doc(r, "policy") with input as inp
	doc.complete
	[read, deny] := doc.statements
	read.effect == "Allow"
	not read.any_principal
	deny.any_principal
	awsd.denies_insecure_transport(deny)
}

test_data_source_documents_that_cannot_be_read_whole if {
	incomplete := [
		{"statement": [{"actions": ["s3:*"]}], "source_policy_documents": ["${var.extra}"]},
		{"statement": [{"actions": ["s3:*"]}], "override_policy_documents": ["${var.extra}"]},
		{"dynamic": {"statement": [{"for_each": "${var.statements}"}]}},
		{"statement": "${var.statements}"},
		{"statement": [{"effect": "${var.effect}", "actions": ["s3:*"]}]},
		{"statement": [{"effect": "Deny", "dynamic": {"condition": [{"for_each": "${var.c}"}]}}]},
	]
	every doc in incomplete {
		inp := data_input(doc)
		r := resource("aws_s3_bucket_policy") with input as inp
		d := awsd.policy_doc(r, "policy") with input as inp
		not d.complete
	}
}

test_data_source_reference_forms if {
	awsd.referenced_document("${data.aws_iam_policy_document.p.json}") == {"statement": []} with input as {"data": {"aws_iam_policy_document": {"p": [{"statement": []}]}}}
	awsd.referenced_document("${data.aws_iam_policy_document.p[0].json}") == {"statement": []} with input as {"data": {"aws_iam_policy_document": {"p": [{"statement": []}]}}}
	not awsd.referenced_document("${merge(data.aws_iam_policy_document.p.json, ${var.x})}") with input as {"data": {"aws_iam_policy_document": {"p": [{"statement": []}]}}}
	not awsd.referenced_document("${data.aws_iam_policy_document.p.json}") with input as {}
}

test_links_by_name_reference_and_unresolved if {
	inp := {"resource": {
		"aws_redshift_cluster": {"a": [{"cluster_identifier": "dw-a"}], "b": [{"cluster_identifier": "dw-b"}]},
		"aws_redshift_logging": {"by_name": [{"cluster_identifier": "dw-a"}], "by_ref": [{"cluster_identifier": "${aws_redshift_cluster.b.id}"}], "unresolved": [{"cluster_identifier": "${var.cluster}"}]},
	}}
	a := [r | some r in tf.of_type("aws_redshift_cluster"); r.name == "a"][0] with input as inp
	b := [r | some r in tf.of_type("aws_redshift_cluster"); r.name == "b"][0] with input as inp
	loggings := tf.of_type("aws_redshift_logging") with input as inp
	{o.name | some o in loggings; awsd.names(o, "cluster_identifier", a, "cluster_identifier")} == {"by_name"} with input as inp
	{o.name | some o in loggings; awsd.names(o, "cluster_identifier", b, "cluster_identifier")} == {"by_ref"} with input as inp
	{o.name | some o in loggings; awsd.links(o, "cluster_identifier", b, "cluster_identifier")} == {"by_ref", "unresolved"} with input as inp
	awsd.linked(a, "aws_redshift_logging", "cluster_identifier", "cluster_identifier") with input as inp
}

group(body) := {"config": body, "path": ["resource", "g", "x", 0]}

test_parameter_values if {
	awsd.parameter_values(group({"parameter": [{"name": "tls", "value": "Disabled"}, {"name": "other", "value": "x"}]}), "tls") == {"disabled"}
	awsd.parameter_values(group({"parameter": [{"name": "tls", "value": "${var.tls}"}]}), "tls") == {"<unknown>"}
	awsd.parameter_values(group({"dynamic": {"parameter": [{"for_each": "${var.p}"}]}}), "tls") == {"<unknown>"}
	awsd.parameter_values(group({"parameter": "${var.p}"}), "tls") == {"<unknown>"}
	awsd.parameter_values(group({}), "tls") == set()
	awsd.parameter_path(group({"parameter": [{"name": "other", "value": "x"}, {"name": "tls", "value": "disabled"}]}), "tls") == ["resource", "g", "x", 0, "parameter", 1, "value"]
	awsd.parameter_path(group({}), "tls") == ["resource", "g", "x", 0]
}

db(body) := {"type": "aws_db_instance", "config": body, "path": ["resource", "aws_db_instance", "x", 0]}

test_rds_helpers if {
	awsd.rds_replica(db({"replicate_source_db": "primary"}))
	awsd.rds_replica(db({"replicate_source_db": "${var.source}"}))
	not awsd.rds_replica(db({}))
	awsd.aurora_member(db({"engine": "aurora-mysql"}))
	not awsd.aurora_member(db({"engine": "mysql"}))
	awsd.rds_judged(db({"engine": "postgres"}))
	not awsd.rds_judged(db({"engine": "aurora-postgresql"}))
	not awsd.rds_judged(db({"snapshot_identifier": "snap"}))
	awsd.rds_judged(db({"engine": "${var.engine}"}))
	awsd.rds_judged({"type": "aws_rds_cluster", "config": {}, "path": ["resource", "aws_rds_cluster", "x", 0]})
}

test_generated_nested_block if {
	awsd.generated({"config": {"configuration": [{"result_configuration": [{"dynamic": {"encryption_configuration": [{}]}}]}]}}, "encryption_configuration")
	not awsd.generated({"config": {"configuration": [{"result_configuration": [{}]}]}}, "encryption_configuration")
}
