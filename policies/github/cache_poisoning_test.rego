package verdict.github.cache_poisoning_test

import data.verdict.github.cache_poisoning
import rego.v1

wf(on, steps) := {"on": on, "jobs": {"release": {"runs-on": "ubuntu-latest", "steps": steps}}}

checkout := {"uses": "actions/checkout@v4", "with": {"persist-credentials": false}}

test_default_on_cache_in_tag_workflow_fires if {
	w := wf({"push": {"tags": ["v*"]}}, [checkout, {"uses": "Swatinem/rust-cache@v2"}, {"run": "cargo build --release"}])
	some r in cache_poisoning.deny with input as w
	r.path == ["jobs", "release", "steps", 1, "uses"]
	contains(r.msg, "tag pushes")
}

test_release_event_and_release_branch_fire if {
	count(cache_poisoning.deny) == 1 with input as wf("release", [{"uses": "actions/setup-go@v5"}])
	count(cache_poisoning.deny) == 1 with input as wf({"push": {"branches": ["Release-2.x"]}}, [{"uses": "actions/cache@v4", "with": {"path": "~/.m2", "key": "m2"}}])
}

test_explicit_opt_in_fires if {
	count(cache_poisoning.deny) == 1 with input as wf(["release"], [{"uses": "actions/setup-node@v4", "with": {"cache": "npm"}}])
	count(cache_poisoning.deny) == 1 with input as wf("release", [{"uses": "actions/setup-dotnet@v4", "with": {"cache": true}}])
	count(cache_poisoning.deny) == 1 with input as wf("release", [{"uses": "PyO3/maturin-action@v1", "with": {"sccache": "true"}}])
	count(cache_poisoning.deny) == 1 with input as wf("release", [{"uses": "mozilla-actions/sccache-action@v0.0.6"}])
}

test_buildx_binary_cache_fires if {
	count(cache_poisoning.deny) == 1 with input as wf("release", [{"uses": "docker/setup-buildx-action@v3", "with": {"version": "v0.14.0"}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "docker/setup-buildx-action@v3", "with": {"version": "v0.14.0", "cache-binary": false}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "docker/setup-buildx-action@v3"}])
}

test_publisher_step_makes_a_release_job if {
	steps := [{"uses": "actions/setup-python@v5", "with": {"cache": "pip"}}, {"run": "python -m build"}, {"uses": "pypa/gh-action-pypi-publish@release/v1"}]
	some r in cache_poisoning.deny with input as wf("push", steps)
	contains(r.msg, "pypa/gh-action-pypi-publish")
}

test_several_publishers_are_listed if {
	steps := [
		{"uses": "Swatinem/rust-cache@v2"},
		{"uses": "softprops/action-gh-release@v2"},
		{"uses": "pypa/gh-action-pypi-publish@release/v1"},
		{"uses": "softprops/action-gh-release@v2"},
	]
	some r in cache_poisoning.deny with input as wf("push", steps)
	contains(r.msg, "publishes with pypa/gh-action-pypi-publish, softprops/action-gh-release")
}

test_docker_push_only_when_pushing if {
	steps := [{"uses": "actions/cache@v4", "with": {"path": "x", "key": "k"}}]
	count(cache_poisoning.deny) == 1 with input as wf("push", array.concat(steps, [{"uses": "docker/build-push-action@v6", "with": {"push": true}}]))
	count(cache_poisoning.deny) == 0 with input as wf("push", array.concat(steps, [{"uses": "docker/build-push-action@v6", "with": {"push": false}}]))
}

test_caching_switched_off_passes if {
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/setup-go@v5", "with": {"cache": false}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/setup-go@v5", "with": {"cache": "false"}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/cache@v4", "with": {"lookup-only": true}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "ramsey/composer-install@v3", "with": {"ignore-cache": "yes"}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "ramsey/composer-install@v3", "with": {"ignore-cache": 1}}])
	count(cache_poisoning.deny) == 1 with input as wf("release", [{"uses": "ramsey/composer-install@v3", "with": {"ignore-cache": false}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/setup-node@v4", "with": {"node-version": 20}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/setup-python@v5", "with": {"cache": ""}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "astral-sh/setup-uv@v6"}])
}

test_expression_toggles_not_judged if {
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/setup-go@v5", "with": {"cache": "${{ inputs.cache }}"}}])
	count(cache_poisoning.deny) == 0 with input as wf("release", [{"uses": "actions/setup-node@v4", "with": {"cache": "${{ matrix.pm }}"}}])
}

test_ordinary_ci_passes if {
	count(cache_poisoning.deny) == 0 with input as wf({"push": {"branches": ["main"]}, "pull_request": null}, [{"uses": "Swatinem/rust-cache@v2"}])
}
