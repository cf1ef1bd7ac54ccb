package verdict.github.workflow_write_permissions_test

import data.verdict.github.workflow_write_permissions
import rego.v1

jobs := {"test": {"runs-on": "ubuntu-latest", "steps": [{"run": "make test"}]}, "release": {"runs-on": "ubuntu-latest", "steps": [{"run": "make release"}]}}

test_shared_write_scope_fires if {
	some r in workflow_write_permissions.warn with input as {"on": "push", "permissions": {"contents": "write", "pull-requests": "read"}, "jobs": jobs}
	r.path == ["permissions", "contents"]
	contains(r.msg, "2 jobs")
	count(workflow_write_permissions.warn) == 1 with input as {"on": "push", "permissions": {"contents": "write", "pull-requests": "read"}, "jobs": jobs}
}

test_reusable_workflow_callers_are_not_counted if {
	count(workflow_write_permissions.warn) == 0 with input as {"on": "push", "permissions": {"id-token": "write"}, "jobs": {"a": {"uses": "o/r/.github/workflows/x.yml@v1"}, "b": {"steps": []}}}
	count(workflow_write_permissions.warn) == 1 with input as {"on": "push", "permissions": {"id-token": "write"}, "jobs": {"a": {"uses": "o/r/.github/workflows/x.yml@v1"}, "b": {"steps": []}, "c": {"steps": []}}}
}

test_job_level_permissions_pass if {
	count(workflow_write_permissions.warn) == 0 with input as {"on": "push", "permissions": {"contents": "write"}, "jobs": {
		"test": {"permissions": {"contents": "read"}, "steps": []},
		"release": {"steps": []},
	}}
}

test_read_only_and_single_job_pass if {
	count(workflow_write_permissions.warn) == 0 with input as {"on": "push", "permissions": {"contents": "read"}, "jobs": jobs}
	count(workflow_write_permissions.warn) == 0 with input as {"on": "push", "permissions": {"contents": "write"}, "jobs": {"release": {"steps": []}}}
	count(workflow_write_permissions.warn) == 0 with input as {"on": "push", "permissions": "read-all", "jobs": jobs}
}
