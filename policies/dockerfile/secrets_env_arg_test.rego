package verdict.dockerfile.secrets_env_arg_test

import data.verdict.dockerfile.secrets_env_arg
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

test_literal_env_fires_at_the_name if {
	df := [i("from", ["node:22"]), i("env", ["APP_HOME", "/srv", "=", "DB_PASSWORD", "\"changeme\"", "="])]
	some r in secrets_env_arg.deny with input as df
	r.path == [1, "Value", 3]
	r.resource == "DB_PASSWORD"
	contains(r.msg, "literal")
}

test_legacy_env_form_fires if {
	count(secrets_env_arg.deny) == 1 with input as [i("from", ["node:22"]), i("env", ["API_TOKEN", "abc123", ""])]
}

test_literal_arg_default_fires_in_any_stage if {
	df := [i("from", ["node:22", "AS", "build"]), i("arg", ["NPM_TOKEN=npm_abc"]), i("from", ["alpine:3.20"])]
	some r in secrets_env_arg.deny with input as df
	r.path == [1, "Value", 0]
}

test_build_arg_in_final_image_fires if {
	df := [i("from", ["node:22"]), i("arg", ["BUILD_DATE", "NPM_TOKEN"])]
	some r in secrets_env_arg.deny with input as df
	r.path == [1, "Value", 1]
	contains(r.msg, "metadata")
}

test_env_copying_a_variable_fires if {
	count(secrets_env_arg.deny) == 1 with input as [i("from", ["node:22"]), i("env", ["GITHUB_TOKEN", "$GH_TOKEN", "="])]
}

test_build_arg_in_builder_stage_passes if {
	df := [i("from", ["node:22", "AS", "build"]), i("arg", ["NPM_TOKEN"]), i("from", ["nginx:1.27"])]
	count(secrets_env_arg.deny) == 0 with input as df
}

test_empty_env_references_and_public_names_pass if {
	df := [
		i("from", ["node:22"]),
		i("env", ["OPENAI_API_KEY", "\"\"", "=", "DB_PASSWORD_FILE", "/run/secrets/db", "="]),
		i("env", ["NEXT_PUBLIC_API_KEY", "pk_live", "=", "GPG_KEY", "A035C8C19219BA821ECEA86B64E628F8D684696D", "="]),
		i("arg", ["AWS_ACCESS_KEY_ID=AKIAEXAMPLE", "TOKEN_URL=https://auth.example.com"]),
	]
	count(secrets_env_arg.deny) == 0 with input as df
}
