# METADATA
# title: Action not pinned to a commit SHA
# description: >-
#   A tag or branch of a third-party action can be moved to malicious code
#   after review (as in the tj-actions/changed-files compromise); only a full
#   commit SHA is immutable.
# related_resources:
#   - https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions
# custom:
#   id: VD-GHA-001
#   severity: medium
#   remediation: >-
#     Pin the action to the full 40-character commit SHA of the release you
#     reviewed and keep the tag as a comment: `uses: owner/action@<sha> # v4.1.0`.
#     Dependabot and Renovate update such pins.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-3"]
#     NIST-800-53: ["SR-3", "SI-7"]
#   example: |
#     on: push
#     jobs:
#       lint:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: actions/checkout@v4
#           - uses: tj-actions/changed-files@v45
package verdict.github.unpinned_action

import data.verdict.lib.github as gh
import rego.v1

# GitHub's own actions may be pinned by tag, as zizmor's default policy allows.
first_party := {"actions", "github"}

warn contains {
	"msg": sprintf("%s uses %q, not pinned to a commit SHA", [s.owner, s.step.uses]),
	"path": array.concat(s.path, ["uses"]),
} if {
	some s in gh.steps
	unpinned(s.step.uses)
}

warn contains {
	"msg": sprintf("job %q calls reusable workflow %q, not pinned to a commit SHA", [job_id, job.uses]),
	"path": ["jobs", job_id, "uses"],
} if {
	some job_id, job in input.jobs
	is_string(job.uses)
	unpinned(job.uses)
}

unpinned(uses) if {
	is_string(uses)
	not startswith(uses, "./")
	not startswith(uses, "docker://")
	owner := split(uses, "/")[0]
	not owner in first_party
	not sha_pinned(uses)
}

sha_pinned(uses) if {
	parts := split(uses, "@")
	count(parts) == 2
	regex.match(`^[0-9a-f]{40}$`, parts[1])
}
