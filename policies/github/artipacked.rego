# METADATA
# title: actions/checkout persists the token in .git/config
# description: >-
#   Unless `persist-credentials: false` is set, actions/checkout writes the
#   GITHUB_TOKEN (or the token it was given) into the checkout's git
#   configuration, where every later step, and any artifact or cache that
#   includes the directory, can read it ("ArtiPACKED"). Checkouts that set
#   `persist-credentials` explicitly (to true or to an expression) state an
#   intent and are not reported; the message says when a later step uploads
#   the workspace as an artifact.
# related_resources:
#   - https://github.com/actions/checkout#usage
#   - https://unit42.paloaltonetworks.com/github-repo-artifacts-leak-tokens/
#   - https://docs.zizmor.sh/audits/#artipacked
# custom:
#   id: VD-GHA-007
#   severity: medium
#   remediation: >-
#     Add `with: {persist-credentials: false}` to the checkout step; steps that
#     push must then authenticate explicitly (e.g. with a token in the remote
#     URL or `gh auth setup-git`).
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-6"]
#     NIST-800-53: ["IA-5"]
#   example: |
#     on: push
#     jobs:
#       build:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@v4
#           - run: make
package verdict.github.artipacked

import data.verdict.lib.github as gh
import rego.v1

warn contains {
	"msg": sprintf("checkout step %s of %s does not set persist-credentials: false%s", [gh.step_label(s.step, s.index), s.owner, leak_note(s)]),
	"path": array.concat(s.path, ["uses"]),
} if {
	some s in gh.steps
	gh.action(s.step.uses) == "actions/checkout"
	not sets_persist_credentials(s.step)
}

# Any explicit value: false is safe, true or an expression is deliberate.
sets_persist_credentials(step) if {
	is_object(step["with"])
	_ = step["with"]["persist-credentials"]
}

# A `with:` that is a whole expression cannot be read statically.
sets_persist_credentials(step) if is_string(step["with"])

leak_note(s) := " and a later step uploads the workspace as an artifact" if {
	some later in gh.steps
	later.job_id == s.job_id
	later.index > s.index
	gh.action(later.step.uses) == "actions/upload-artifact"
	uploads_workspace(later.step["with"].path)
} else := ""

uploads_workspace(path) if {
	is_string(path)
	some line in split(path, "\n")
	trim_space(line) in {".", "./", "..", "../"}
}

uploads_workspace(path) if {
	is_string(path)
	contains(path, "github.workspace")
}
