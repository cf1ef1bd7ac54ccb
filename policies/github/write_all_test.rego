package verdict.github.write_all_test

import data.verdict.github.write_all
import rego.v1

test_workflow_write_all_fires if {
	some r in write_all.deny with input as {"on": "push", "permissions": "write-all", "jobs": {}}
	r.path == ["permissions"]
}

test_job_write_all_fires if {
	some r in write_all.deny with input as {"on": "push", "jobs": {"release": {"runs-on": "ubuntu-latest", "permissions": "write-all", "steps": []}}}
	r.path == ["jobs", "release", "permissions"]
}

test_scoped_permissions_pass if {
	count(write_all.deny) == 0 with input as {"on": "push", "permissions": {"contents": "read"}, "jobs": {"b": {"permissions": "read-all"}}}
}
