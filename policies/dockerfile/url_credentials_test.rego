package verdict.dockerfile.url_credentials_test

import data.verdict.dockerfile.url_credentials
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

test_pip_index_with_password_fires_masked if {
	df := [i("from", ["python:3.12"]), i("run", ["pip install --index-url https://deploy:s3cr3tpass@pypi.example.com/simple app==1.4.2"])]
	some r in url_credentials.deny with input as df
	r.path == [1, "Value", 0]
	contains(r.msg, "https://deploy:***@pypi.example.com")
	not contains(r.msg, "s3cr3t")
}

test_env_and_git_urls_fire if {
	df := [i("from", ["node:22"]), i("env", ["DATABASE_URL", "postgres://app:hunter2@db:5432/app", "="])]
	some r in url_credentials.deny with input as df
	r.path == [1, "Value", 1]
	count(url_credentials.deny) == 1 with input as [i("run", ["git clone https://oauth2:glpat-abcdef123456@gitlab.example.com/g/p.git"])]
}

test_variables_placeholders_and_plain_urls_pass if {
	count(url_credentials.deny) == 0 with input as [i("run", ["git clone https://${GIT_USER}:${GIT_TOKEN}@github.com/a/b.git"])]
	count(url_credentials.deny) == 0 with input as [i("run", ["git clone https://x-access-token:$TOKEN@github.com/a/b.git"])]
	count(url_credentials.deny) == 0 with input as [i("env", ["DATABASE_URL", "postgres://user:<password>@db/app", "="])]
	count(url_credentials.deny) == 0 with input as [i("run", ["curl -fsSL https://user@example.com/a && git clone git@github.com:a/b.git && curl http://host:8080/x"])]
}
