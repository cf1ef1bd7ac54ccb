package verdict.terraform.aws.s3_policy_public_principal_test

import data.verdict.terraform.aws.s3_policy_public_principal
import rego.v1

res(body) := {"resource": {"aws_s3_bucket_policy": {"x": [object.union({"bucket": "${aws_s3_bucket.data.id}"}, body)]}}}

test_fires_0 if {
	[r] := [x | some x in s3_policy_public_principal.deny] with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"})
	r.path == ["resource", "aws_s3_bucket_policy", "x", 0, "policy"]
	r.resource == "aws_s3_bucket_policy.x"
}

test_fires_1 if {
	[r] := [x | some x in s3_policy_public_principal.deny] with input as res({"policy": "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"*\"]},\"Action\":\"s3:*\",\"Resource\":\"*\"}}"})
	r.path == ["resource", "aws_s3_bucket_policy", "x", 0, "policy"]
	r.resource == "aws_s3_bucket_policy.x"
}

test_passes_0 if {
	count(s3_policy_public_principal.deny) == 0 with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-1\"}}}]}"})
}

test_passes_1 if {
	count(s3_policy_public_principal.deny) == 0 with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"})
}

test_passes_2 if {
	count(s3_policy_public_principal.deny) == 0 with input as res({"policy": "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logging.s3.amazonaws.com\"},\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}]}"})
}

test_unknown_passes_0 if {
	count(s3_policy_public_principal.deny) == 0 with input as res({"policy": "${var.policy}"})
}

doc(statement) := {"data": {"aws_iam_policy_document": {"p": [{"statement": statement}]}}, "resource": {"aws_s3_bucket_policy": {"x": [{"bucket": "b", "policy": "${data.aws_iam_policy_document.p[0].json}"}]}}}

test_plan_bucket_policy_judged_once if {
	p := `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`
	inp := {"planned_values": {"root_module": {"resources": [
		{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "values": {"bucket": "acme-b", "policy": p}},
		{"address": "aws_s3_bucket_policy.b", "mode": "managed", "type": "aws_s3_bucket_policy", "name": "b", "values": {"bucket": "acme-b", "policy": p}},
	]}}}
	{r.resource | some r in s3_policy_public_principal.deny} == {"aws_s3_bucket_policy.b"} with input as inp
}

test_policy_document if {
	count(s3_policy_public_principal.deny) == 1 with input as doc([{"actions": ["s3:GetObject"], "principals": [{"type": "*", "identifiers": ["*"]}]}])
	count(s3_policy_public_principal.deny) == 0 with input as doc([{"actions": ["s3:GetObject"], "principals": [{"type": "AWS", "identifiers": ["${var.reader}"]}]}])
	count(s3_policy_public_principal.deny) == 0 with input as doc([{"actions": ["s3:GetObject"], "principals": [{"type": "*", "identifiers": ["*"]}], "condition": [{"test": "StringEquals", "variable": "aws:SourceVpce", "values": ["vpce-1"]}]}])
}
