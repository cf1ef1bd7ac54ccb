package verdict.kubernetes.env_secrets_test

import data.verdict.kubernetes.env_secrets
import rego.v1

pod(env) := {"kind": "Pod", "metadata": {"name": "db"}, "spec": {"containers": [{"name": "mysql", "image": "mysql:8.4", "env": env}]}}

test_literal_password_fires if {
	some r in env_secrets.deny with input as pod([{"name": "MYSQL_DATABASE", "value": "app"}, {"name": "MYSQL_ROOT_PASSWORD", "value": "supersecret"}])
	r.path == ["spec", "containers", 0, "env", 1, "value"]
	contains(r.msg, "MYSQL_ROOT_PASSWORD")
}

test_common_credential_names_fire if {
	env := [
		{"name": "OPENAI_API_KEY", "value": "sk-123"},
		{"name": "github_token", "value": "ghp_abc"},
		{"name": "AWS_SECRET_ACCESS_KEY", "value": "abc"},
		{"name": "MINIO_ACCESS_KEY", "value": "minio"},
		{"name": "SMTP_PASS", "value": "pw"},
	]
	count(env_secrets.deny) == 5 with input as pod(env)
}

test_value_from_passes if {
	count(env_secrets.deny) == 0 with input as pod([{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}])
}

test_references_and_settings_pass if {
	env := [
		{"name": "DB_PASSWORD_FILE", "value": "/run/secrets/db"},
		{"name": "AWS_ACCESS_KEY_ID", "value": "AKIAEXAMPLE"},
		{"name": "TOKEN_URL", "value": "https://auth.example.com/token"},
		{"name": "ARGOCD_TOKENREF_STRICT_MODE", "value": "true"},
		{"name": "AUTH_TOKEN_ENABLED", "value": "yes"},
		{"name": "API_TOKEN", "value": "$(TOKEN_FROM_SECRET)"},
		{"name": "PASSWORD", "value": ""},
		{"name": "PASSTHROUGH", "value": "on"},
		{"name": "SECRET_NAME", "value": "db-credentials"},
	]
	count(env_secrets.deny) == 0 with input as pod(env)
}
