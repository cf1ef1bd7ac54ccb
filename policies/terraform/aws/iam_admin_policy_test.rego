package verdict.terraform.aws.iam_admin_policy_test

import data.verdict.terraform.aws.iam_admin_policy
import rego.v1

admin := `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`

scoped := `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}, {"Effect": "Deny", "Action": "*", "Resource": "*"}]}`

test_literal_json_policy_fires if {
	inp := {"resource": {"aws_iam_policy": {"admin": [{"name": "admin", "policy": admin}]}}}
	[r] := [x | some x in iam_admin_policy.deny] with input as inp
	r.path == ["resource", "aws_iam_policy", "admin", 0, "policy"]
	r.resource == "aws_iam_policy.admin"
}

test_scoped_and_unevaluable_policies_pass if {
	inp := {"resource": {
		"aws_iam_policy": {"read": [{"policy": scoped}]},
		"aws_iam_role_policy": {"enc": [{"policy": "${jsonencode({Statement = [{Effect = \"Allow\", Action = \"*\", Resource = \"*\"}]})}"}]},
		"aws_iam_user_policy": {"doc": [{"policy": "${data.aws_iam_policy_document.admin.json}"}]},
	}}
	count(iam_admin_policy.deny) == 0 with input as inp
}

test_role_inline_policy_fires if {
	inp := {"resource": {"aws_iam_role": {"ci": [{"name": "ci", "inline_policy": [{"name": "ok", "policy": scoped}, {"name": "all", "policy": admin}]}]}}}
	[r] := [x | some x in iam_admin_policy.deny] with input as inp
	r.path == ["resource", "aws_iam_role", "ci", 0, "inline_policy", 1, "policy"]
}

test_policy_document_data_source_fires if {
	inp := {"data": {"aws_iam_policy_document": {
		"admin": [{"statement": [{"sid": "read", "actions": ["s3:GetObject"], "resources": ["*"]}, {"actions": ["*"], "resources": ["*"]}]}],
		"deny": [{"statement": [{"effect": "Deny", "actions": ["*"], "resources": ["*"]}]}],
		"expr": [{"statement": [{"actions": "${var.actions}", "resources": ["*"]}]}],
	}}}
	[r] := [x | some x in iam_admin_policy.deny] with input as inp
	r.path == ["data", "aws_iam_policy_document", "admin", 0, "statement", 1]
	r.resource == "data.aws_iam_policy_document.admin"
}

test_plan_rendered_policy_fires if {
	inp := {"planned_values": {"root_module": {"resources": [{
		"address": "aws_iam_group_policy.ops", "mode": "managed", "type": "aws_iam_group_policy", "name": "ops",
		"values": {"policy": "{\"Statement\":[{\"Action\":[\"*\"],\"Effect\":\"Allow\",\"Resource\":[\"*\"]}],\"Version\":\"2012-10-17\"}"},
	}]}}}
	count(iam_admin_policy.deny) == 1 with input as inp
}
