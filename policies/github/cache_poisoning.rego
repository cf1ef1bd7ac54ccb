# METADATA
# title: Build cache restored in a release workflow
# description: >-
#   GitHub Actions caches are shared across a repository's workflows: any
#   workflow run on the default branch, including one building a pull
#   request's code with pull_request_target or an injected step, can write
#   a cache entry that a later release job restores. A job that restores a
#   cache (actions/cache, Swatinem/rust-cache, setup-go's default cache,
#   `cache:` on setup-node/python/java, …) while publishing (the workflow
#   runs on `release`, on pushed tags or on a release branch, or the job uses
#   a publishing action such as pypa/gh-action-pypi-publish,
#   softprops/action-gh-release or docker/build-push-action with
#   `push: true`) can ship poisoned dependencies or binaries. Cache toggles
#   given as `${{ }}` expressions are not judged.
# related_resources:
#   - https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/
#   - https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/caching-dependencies-to-speed-up-workflows#restrictions-for-accessing-a-cache
#   - https://docs.zizmor.sh/audits/#cache-poisoning
# custom:
#   id: VD-GHA-011
#   severity: high
#   remediation: >-
#     Do not restore caches in jobs that build release artifacts: set the
#     action's cache input off (`cache: false`, `lookup-only: true`,
#     `enable-cache: false`, …) or drop actions/cache from the release job,
#     and build releases from a clean dependency install.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-9", "CICD-SEC-4"]
#     NIST-800-53: ["SI-7"]
#   example: |
#     on:
#       push:
#         tags: ["v*"]
#     jobs:
#       release:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@v4
#           - uses: Swatinem/rust-cache@v2
#           - run: cargo build --release
package verdict.github.cache_poisoning

import data.verdict.lib.github as gh
import rego.v1

# How each cache-aware action turns its cache on (keys lower-case):
# always; on unless `field` is truthy (opt_out); on unless `field` is false
# (default_on); only when `field` is true (opt_in); only when `field` names a
# package manager (opt_in_value).
cache_actions := {
	"actions/cache": {"mode": "opt_out", "field": "lookup-only"},
	"actions/cache/restore": {"mode": "opt_out", "field": "lookup-only"},
	"swatinem/rust-cache": {"mode": "opt_out", "field": "lookup-only"},
	"oven-sh/setup-bun": {"mode": "opt_out", "field": "no-cache"},
	"gradle/actions/setup-gradle": {"mode": "opt_out", "field": "cache-disabled"},
	"ramsey/composer-install": {"mode": "opt_out", "field": "ignore-cache"},
	"actions/setup-go": {"mode": "default_on", "field": "cache"},
	"mlugg/setup-zig": {"mode": "default_on", "field": "use-cache"},
	"determinatesystems/magic-nix-cache-action": {"mode": "default_on", "field": "use-gha-cache"},
	"actions-rust-lang/setup-rust-toolchain": {"mode": "default_on", "field": "cache"},
	"jdx/mise-action": {"mode": "default_on", "field": "cache"},
	"actions/setup-dotnet": {"mode": "opt_in", "field": "cache"},
	"ruby/setup-ruby": {"mode": "opt_in", "field": "bundler-cache"},
	"pyo3/maturin-action": {"mode": "opt_in", "field": "sccache"},
	"astral-sh/setup-uv": {"mode": "opt_in", "field": "enable-cache"},
	"actions/setup-node": {"mode": "opt_in_value", "field": "cache"},
	"actions/setup-python": {"mode": "opt_in_value", "field": "cache"},
	"actions/setup-java": {"mode": "opt_in_value", "field": "cache"},
	"graalvm/setup-graalvm": {"mode": "opt_in_value", "field": "cache"},
	"mozilla-actions/sccache-action": {"mode": "always"},
	"nix-community/cache-nix-action": {"mode": "always"},
	"awalsh128/cache-apt-pkgs-action": {"mode": "always"},
}

publishers := {
	"pypa/gh-action-pypi-publish",
	"rubygems/release-gem",
	"jreleaser/release-action",
	"goreleaser/goreleaser-action",
	"softprops/action-gh-release",
	"release-drafter/release-drafter",
	"googleapis/release-please-action",
	"redhat-actions/push-to-registry",
	"aws-actions/amazon-ecs-deploy-task-definition",
	"aws-actions/aws-cloudformation-github-deploy",
	"azure/aci-deploy",
	"azure/container-apps-deploy-action",
	"azure/functions-action",
	"cloudflare/wrangler-action",
	"google-github-actions/deploy-appengine",
	"google-github-actions/deploy-cloudrun",
	"google-github-actions/deploy-cloud-functions",
}

deny contains {
	"msg": sprintf("step %s of job %q restores a cache (%s) in a job that %s", [gh.step_label(s.step, s.index), s.job_id, gh.action(s.step.uses), publishing_reason(s)]),
	"path": array.concat(s.path, ["uses"]),
} if {
	some s in gh.steps
	publishing_reason(s)
	restores_cache(s.step)
}

# Why the job counts as publishing: the workflow's triggers, else a publishing step.
publishing_reason(s) := sprintf("runs on %s", [concat(", ", sort(release_triggers))]) if {
	count(release_triggers) > 0
} else := sprintf("publishes with %s", [concat(", ", sort(used))]) if {
	used := {gh.action(other.step.uses) |
		some other in gh.steps
		other.job_id == s.job_id
		publishes(other.step)
	}
	count(used) > 0
}

release_triggers contains "release" if "release" in gh.triggers

release_triggers contains "tag pushes" if {
	is_object(input.on)
	is_object(input.on.push)
	some key in ["tags", "tags-ignore"]
	key in object.keys(input.on.push)
}

release_triggers contains "release branches" if {
	is_object(input.on)
	is_array(input.on.push.branches)
	some branch in input.on.push.branches
	contains(lower(branch), "release")
}

publishes(step) if gh.action(step.uses) in publishers

publishes(step) if {
	gh.action(step.uses) == "docker/build-push-action"
	truthy(step["with"].push)
}

restores_cache(step) if {
	spec := cache_actions[gh.action(step.uses)]
	cache_on(spec, inputs(step))
}

# docker/setup-buildx-action caches the buildx binary when a version is pinned.
restores_cache(step) if {
	gh.action(step.uses) == "docker/setup-buildx-action"
	w := inputs(step)
	is_string(w.version)
	not switched_off(object.get(w, "cache-binary", null))
}

# (Absent inputs are read with object.get: OPA evaluates the arguments of a
# negated call outside the negation, so `not f(w.absent)` would be undefined.)
inputs(step) := step["with"] if {
	is_object(step["with"])
} else := {}

cache_on(spec, _) if spec.mode == "always"

cache_on(spec, w) if {
	spec.mode == "opt_out"
	value := object.get(w, spec.field, null)
	not unknown(value)
	not opted_out(value)
}

cache_on(spec, w) if {
	spec.mode == "default_on"
	value := object.get(w, spec.field, null)
	not unknown(value)
	not switched_off(value)
}

cache_on(spec, w) if {
	spec.mode == "opt_in"
	truthy(w[spec.field])
}

cache_on(spec, w) if {
	spec.mode == "opt_in_value"
	value := w[spec.field]
	is_string(value)
	not contains(value, "${{")
	not lower(value) in {"", "false", "none"}
}

truthy(value) if value == true

truthy(value) if {
	is_string(value)
	lower(trim_space(value)) == "true"
}

switched_off(value) if value == false

switched_off(value) if {
	is_string(value)
	lower(trim_space(value)) == "false"
}

opted_out(value) if truthy(value)

opted_out(value) if value == 1

opted_out(value) if {
	is_string(value)
	lower(trim_space(value)) in {"yes", "1"}
}

unknown(value) if {
	is_string(value)
	contains(value, "${{")
}
