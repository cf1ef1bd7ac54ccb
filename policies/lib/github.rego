# Shared helpers for GitHub workflow rules: the events a workflow runs on and
# every step with the path to it, so findings point at the right line.
package verdict.lib.github

import rego.v1

# The events that trigger the workflow (`on:` as a string, a list or a map).
triggers contains input.on if is_string(input.on)

triggers contains t if {
	is_array(input.on)
	some t in input.on
}

triggers contains t if {
	is_object(input.on)
	some t, _ in input.on
}

# Jobs that run steps (not calls to reusable workflows).
jobs contains {"id": job_id, "job": job} if {
	is_object(input.jobs)
	some job_id, job in input.jobs
	is_object(job)
}

# Every step as {job_id, job, index, step, path}.
steps contains {"job_id": j.id, "job": j.job, "index": i, "step": step, "path": ["jobs", j.id, "steps", i]} if {
	some j in jobs
	is_array(j.job.steps)
	some i, step in j.job.steps
	is_object(step)
}

# How a step is named in messages: its `name`, else its position.
# (An else, not `not is_string(step.name)`: OPA evaluates a negated call's
# arguments outside the negation, so that is undefined for unnamed steps.)
step_label(step, i) := sprintf("%q", [step.name]) if {
	is_string(step.name)
} else := sprintf("#%d", [i + 1])

# The action a `uses:` refers to, lower-cased and without its ref
# ("actions/checkout@v4" → "actions/checkout").
action(uses) := lower(split(uses, "@")[0]) if is_string(uses)
