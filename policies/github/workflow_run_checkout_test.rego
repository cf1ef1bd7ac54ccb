package verdict.github.workflow_run_checkout_test

import data.verdict.github.workflow_run_checkout
import rego.v1

wf(job) := {"on": {"workflow_run": {"workflows": ["ci"], "types": ["completed"]}}, "jobs": {"report": job}}

checkout(ref) := {"uses": "actions/checkout@v4", "with": {"ref": ref}}

test_head_sha_fires if {
	some r in workflow_run_checkout.deny with input as wf({"runs-on": "ubuntu-latest", "steps": [checkout("${{ github.event.workflow_run.head_sha }}"), {"run": "make"}]})
	r.path == ["jobs", "report", "steps", 0, "with", "ref"]
}

test_head_repository_fires if {
	count(workflow_run_checkout.deny) == 1 with input as wf({"steps": [{"uses": "actions/checkout@v4", "with": {"repository": "${{ github.event.workflow_run.head_repository.full_name }}"}}]})
}

test_default_checkout_and_trusted_ref_pass if {
	count(workflow_run_checkout.deny) == 0 with input as wf({"steps": [{"uses": "actions/checkout@v4"}, checkout("${{ github.sha }}")]})
}

test_fork_guard_passes if {
	count(workflow_run_checkout.deny) == 0 with input as wf({
		"if": "github.event.workflow_run.head_repository.full_name == github.repository",
		"steps": [checkout("${{ github.event.workflow_run.head_sha }}")],
	})
}

test_other_trigger_passes if {
	count(workflow_run_checkout.deny) == 0 with input as {"on": "push", "jobs": {"r": {"steps": [checkout("${{ github.event.workflow_run.head_sha }}")]}}}
}

test_reusable_workflow_job_passes if {
	count(workflow_run_checkout.deny) == 0 with input as wf({"uses": "o/r/.github/workflows/x.yml@v1", "with": {"ref": "${{ github.event.workflow_run.head_sha }}"}})
}
