package verdict.terraform.aws.secretsmanager_rotation_test

import data.verdict.terraform.aws.secretsmanager_rotation as rule
import rego.v1

secrets(extra) := {"resource": object.union({"aws_secretsmanager_secret": {"db": [{"name": "db"}], "api": [{"name": "api"}]}}, extra)}

rotation(secret, rules) := {"aws_secretsmanager_secret_rotation": {"db": [{"secret_id": secret, "rotation_lambda_arn": "x", "rotation_rules": rules}]}}

test_unrotated_secret_fires if {
	findings := rule.deny with input as secrets(rotation("${aws_secretsmanager_secret.db.id}", [{"automatically_after_days": 30}]))
	[r] := [x | some x in findings]
	r.resource == "aws_secretsmanager_secret.api"
	r.path == ["resource", "aws_secretsmanager_secret", "api", 0]
}

test_long_rotation_fires if {
	findings := rule.deny with input as {"resource": rotation("${aws_secretsmanager_secret.db.id}", [{"automatically_after_days": 180}])}
	[r] := [x | some x in findings]
	r.path == ["resource", "aws_secretsmanager_secret_rotation", "db", 0, "rotation_rules", 0, "automatically_after_days"]
	contains(r.msg, "every 180 days")
	count(rule.deny) == 1 with input as {"resource": rotation("x", [{"schedule_expression": "rate(120 days)"}])}
	count(rule.deny) == 0 with input as {"resource": rotation("x", [{"schedule_expression": "rate(7 days)"}])}
	count(rule.deny) == 0 with input as {"resource": rotation("x", [{"schedule_expression": "cron(0 16 1 * ? *)"}])}
	count(rule.deny) == 0 with input as {"resource": rotation("x", [{"automatically_after_days": 180}])} with data.verdict.config.secret_max_rotation_days as 365
}

test_rotated_unknown_or_inline_passes if {
	count(rule.deny) == 0 with input as secrets(rotation("${var.secret_id}", [{"automatically_after_days": 30}]))
	count(rule.deny) == 0 with input as {"resource": {"aws_secretsmanager_secret": {"old": [{"rotation_lambda_arn": "${aws_lambda_function.rotate.arn}"}]}}}
}
