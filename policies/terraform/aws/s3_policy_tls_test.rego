package verdict.terraform.aws.s3_policy_tls_test

import data.verdict.terraform.aws.s3_policy_tls
import rego.v1

res(body) := {"resource": {"aws_s3_bucket_policy": {"x": [object.union({"bucket": "${aws_s3_bucket.data.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in s3_policy_tls.deny] with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::1:root\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"})
	r.path == ["resource", "aws_s3_bucket_policy", "x", 0, "policy"]
	r.resource == "aws_s3_bucket_policy.x"
}

test_passes_0 if {
	count(s3_policy_tls.deny) == 0 with input as res({"policy": "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":false}}}}"})
}

test_unknown_passes_0 if {
	count(s3_policy_tls.deny) == 0 with input as res({"policy": "${data.aws_iam_policy_document.missing.json}"})
}

test_unknown_passes_1 if {
	count(s3_policy_tls.deny) == 0 with input as res({"policy": "${var.policy}"})
}

doc(statement) := {"data": {"aws_iam_policy_document": {"p": [{"statement": statement}]}}, "resource": {"aws_s3_bucket_policy": {"x": [{"bucket": "b", "policy": "${data.aws_iam_policy_document.p.json}"}]}}}

tls_deny := {"effect": "Deny", "actions": ["s3:*"], "resources": ["*"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]}

read := {"actions": ["s3:GetObject"], "resources": ["*"], "principals": [{"type": "AWS", "identifiers": ["arn:aws:iam::1:root"]}]}

test_policy_document if {
	[r] := [x | some x in s3_policy_tls.deny] with input as doc([read])
	r.path == ["resource", "aws_s3_bucket_policy", "x", 0, "policy"]
	count(s3_policy_tls.deny) == 0 with input as doc([read, tls_deny])
}

test_incomplete_policy_document_passes if {
	count(s3_policy_tls.deny) == 0 with input as doc([read, object.union(tls_deny, {"effect": "${var.effect}"})])
	count(s3_policy_tls.deny) == 0 with input as doc([read, object.union(tls_deny, {"condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["${var.v}"]}]})])
	inp := {"data": {"aws_iam_policy_document": {"p": [{"statement": [read], "source_policy_documents": ["${var.extra}"]}]}}, "resource": {"aws_s3_bucket_policy": {"x": [{"bucket": "b", "policy": "${data.aws_iam_policy_document.p.json}"}]}}}
	count(s3_policy_tls.deny) == 0 with input as inp
}

test_plan_bucket_policy_judged_once if {
	p := `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::1:root"},"Action":"s3:GetObject","Resource":"*"}]}`
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {"bucket": "acme-b", "policy": p}},
		{"address": "aws_s3_bucket_policy.b", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "b", "values": {"bucket": "acme-b", "policy": p}},
	]}}}
	{r.resource | some r in s3_policy_tls.deny} == {"aws_s3_bucket_policy.b"} with input as inp
}

test_inline_bucket_policy if {
	inp := {"resource": {"aws_s3_bucket": {"x": [{"bucket": "b", "policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\"}}}]}"}]}}}
	[r] := [x | some x in s3_policy_tls.deny] with input as inp
	r.resource == "aws_s3_bucket.x"
}
