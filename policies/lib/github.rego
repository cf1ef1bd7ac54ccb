# Shared helpers for GitHub workflow and action rules: the events a workflow
# runs on and every step with the path to it, so findings point at the right
# line. A composite action's `runs.steps` are steps too (an `action.yml` has
# no jobs and no triggers), so step rules judge actions as they judge jobs.
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

# Every step as {job_id, job, index, step, path, owner}; `owner` names
# whose step it is in messages ("job \"build\"", "the composite action").
steps contains {"job_id": j.id, "job": j.job, "index": i, "step": step, "path": ["jobs", j.id, "steps", i], "owner": sprintf("job %q", [j.id])} if {
	some j in jobs
	is_array(j.job.steps)
	some i, step in j.job.steps
	is_object(step)
}

steps contains {"job_id": "", "job": {}, "index": i, "step": step, "path": ["runs", "steps", i], "owner": "the composite action"} if {
	is_object(input.runs)
	is_array(input.runs.steps)
	some i, step in input.runs.steps
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

# Expression contexts an outside contributor controls: issue, pull request and
# comment text, branch names, commit messages.
untrusted_patterns := [
	`github\.event\.(issue|pull_request|discussion)\.(title|body)`,
	`github\.event\.(comment|review|review_comment)\.body`,
	`github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)`,
	`github\.event\.(head_commit|commits\[[^\]]*\]|commits\.\*)\.(message|author\.(email|name))`,
	`github\.event\.pages\[[^\]]*\]\.page_name`,
	`github\.event\.workflow_run\.(head_branch|head_commit\.message|display_title)`,
	`github\.head_ref`,
]

# The `${{ … }}` expressions in a string (quoted literals may hold braces:
# `format('{0}', x)`).
expressions(s) := regex.find_n(`\$\{\{(?:'[^']*'|[^'}]|\}[^}'])*\}\}`, s, -1) if is_string(s)

# An expression that expands attacker-controlled text.
untrusted_expression(expr) if {
	some pattern in untrusted_patterns
	regex.match(pattern, expr)
	not yields_boolean(expr)
}

# A comparison or a contains()/startsWith()/endsWith() test expands to
# `true`/`false`, which an attacker cannot turn into code.
yields_boolean(expr) if regex.match(`==|!=|\b(contains|startsWith|endsWith)\(`, expr)

# Every string in the workflow with its path (keys and indices).
strings contains {"path": path, "value": value} if {
	walk(input, [path, value])
	is_string(value)
}

# Every `if:` of a job or a step, with its path and who owns it.
conditions contains {"owner": sprintf("job %q", [j.id]), "value": j.job["if"], "path": ["jobs", j.id, "if"]} if {
	some j in jobs
	is_string(j.job["if"])
}

conditions contains {"owner": sprintf("step %s of %s", [step_label(s.step, s.index), s.owner]), "value": s.step["if"], "path": array.concat(s.path, ["if"])} if {
	some s in steps
	is_string(s.step["if"])
}

# Container images a job runs in: its `container:` and its `services:`, each
# as {job_id, owner, spec (the image string or object), path (to the image)}.
containers contains {"job_id": j.id, "owner": "container", "spec": j.job.container, "image": j.job.container, "path": ["jobs", j.id, "container"]} if {
	some j in jobs
	is_string(j.job.container)
}

containers contains {"job_id": j.id, "owner": "container", "spec": j.job.container, "image": j.job.container.image, "path": ["jobs", j.id, "container", "image"]} if {
	some j in jobs
	is_object(j.job.container)
	is_string(j.job.container.image)
}

containers contains {"job_id": j.id, "owner": sprintf("service %q", [name]), "spec": svc, "image": svc.image, "path": ["jobs", j.id, "services", name, "image"]} if {
	some j in jobs
	is_object(j.job.services)
	some name, svc in j.job.services
	is_object(svc)
	is_string(svc.image)
}
