# METADATA
# title: Free-text workflow input expanded into a shell script
# description: >-
#   `${{ inputs.X }}` (or `${{ github.event.inputs.X }}`) in a `run:` script
#   is substituted before the shell parses it, so whoever can dispatch the
#   workflow (through the UI, the API or a chat-ops bot relaying user text)
#   runs commands with the job's token and its environment's secrets, which
#   write access alone does not reveal. Reported for the inputs of
#   `workflow_dispatch` that accept free text (type `string`, the default);
#   `boolean`, `number`, `choice` and `environment` inputs are validated by
#   GitHub, and inputs that only a calling workflow (`workflow_call`) can
#   set come from the repository's own workflows and are not reported.
# related_resources:
#   - https://docs.zizmor.sh/audits/#template-injection
#   - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections
# custom:
#   id: VD-GHA-013
#   severity: medium
#   remediation: >-
#     Pass the input through an environment variable and quote it:
#     `env: {VERSION: "${{ inputs.version }}"}` and `run: ./release.sh "$VERSION"`;
#     use `type: choice` or `boolean` where the set of values is known.
#   kinds: [github-workflow]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4"]
#     NIST-800-53: ["SI-10"]
#   example: |
#     on:
#       workflow_dispatch:
#         inputs:
#           version:
#             required: true
#     jobs:
#       release:
#         runs-on: ubuntu-latest
#         steps:
#           - run: ./release.sh ${{ inputs.version }}
package verdict.github.input_injection

import data.verdict.lib.github as gh
import rego.v1

validated_types := {"boolean", "number", "choice", "environment"}

warn contains {
	"msg": sprintf("step %s of job %q expands input %q into its script", [gh.step_label(s.step, s.index), s.job_id, name]),
	"path": array.concat(s.path, ["run"]),
} if {
	some s in gh.steps
	not script_shell(s.step)
	some expr in gh.expressions(s.step.run)
	not gh.yields_boolean(expr)
	some m in regex.find_all_string_submatch_n(`(?:^|[^\w.])(?:github\.event\.)?inputs\.([A-Za-z_][A-Za-z0-9_-]*)`, expr, -1)
	name := m[1]
	free_text(name)
}

# `shell: python` / `node {0}` steps are not shell scripts (the value still
# becomes code, but as a string literal far more often than not).
script_shell(step) if {
	is_string(step.shell)
	regex.match(`^\s*(python|node|perl|ruby)`, step.shell)
}

# Declared under workflow_dispatch without a validated type.
free_text(name) if {
	is_object(input.on)
	is_object(input.on.workflow_dispatch)
	is_object(input.on.workflow_dispatch.inputs)
	spec := input.on.workflow_dispatch.inputs[name]
	not input_type(spec) in validated_types
}

input_type(spec) := lower(spec.type) if {
	is_object(spec)
	is_string(spec.type)
} else := "string"
