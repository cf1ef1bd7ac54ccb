package verdict.github.container_credentials_test

import data.verdict.github.container_credentials
import rego.v1

wf(job) := {"on": "push", "jobs": {"test": object.union({"runs-on": "ubuntu-latest", "steps": [{"run": "make"}]}, job)}}

test_container_password_fires if {
	some r in container_credentials.deny with input as wf({"container": {"image": "r.example.com/b:1", "credentials": {"username": "ci", "password": "hunter2"}}})
	r.path == ["jobs", "test", "container", "credentials", "password"]
}

test_service_password_fires if {
	some r in container_credentials.deny with input as wf({"services": {"db": {"image": "r.example.com/db:1", "credentials": {"username": "ci", "password": 123456}}}})
	r.path == ["jobs", "test", "services", "db", "credentials", "password"]
	contains(r.msg, `service "db"`)
}

test_secret_reference_passes if {
	count(container_credentials.deny) == 0 with input as wf({
		"container": {"image": "ghcr.io/o/b:1", "credentials": {"username": "${{ github.actor }}", "password": "${{ secrets.GITHUB_TOKEN }}"}},
		"services": {"db": {"image": "postgres:16"}},
	})
}

test_container_string_passes if {
	count(container_credentials.deny) == 0 with input as wf({"container": "node:20"})
}
