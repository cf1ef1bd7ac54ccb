# METADATA
# title: Action pinned to a version with a known advisory
# description: >-
#   The step uses a tag of an action that a GitHub security advisory lists
#   as affected: tj-actions/changed-files before 46.0.1 (GHSA-mrrh-fwg8-r2c3,
#   the March 2025 compromise that printed secrets to logs, and before 41
#   GHSA-mw4p-6x4p-x5m5, command injection through file names),
#   tj-actions/branch-names before 7.0.7 (GHSA-8v8w-v8xg-79rf, command
#   injection through branch names) and actions/download-artifact 4.0.0 to
#   4.1.2 (GHSA-cxww-7g56-2vh6, arbitrary file write on extraction). A
#   partial tag (`v45`) counts as the newest release it can resolve to, so
#   `v46` or `v4` are not reported; commit-SHA pins are not judged offline
#   (the advisory's ranges are by version).
# related_resources:
#   - https://docs.zizmor.sh/audits/#known-vulnerable-actions
#   - https://github.com/advisories/GHSA-mrrh-fwg8-r2c3
#   - https://github.com/advisories/GHSA-mw4p-6x4p-x5m5
#   - https://github.com/advisories/GHSA-8v8w-v8xg-79rf
#   - https://github.com/advisories/GHSA-cxww-7g56-2vh6
# custom:
#   id: VD-GHA-026
#   severity: high
#   remediation: >-
#     Upgrade to the fixed release named in the message (pinned by commit SHA,
#     e.g. `uses: tj-actions/changed-files@<sha> # v46.0.1`) and, for
#     GHSA-mrrh-fwg8-r2c3, rotate every secret the workflow could read.
#   kinds: [github-workflow, github-action]
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-3"]
#     NIST-800-53: ["SI-2", "SR-3"]
#   example: |
#     on: pull_request
#     jobs:
#       changes:
#         runs-on: ubuntu-latest
#         steps:
#           - uses: tj-actions/changed-files@v45
package verdict.github.known_vulnerable_action

import data.verdict.lib.github as gh
import rego.v1

# Affected ranges as [introduced, fixed), versions as [major, minor, patch].
advisories := [
	{"action": "tj-actions/changed-files", "id": "GHSA-mrrh-fwg8-r2c3", "introduced": [0, 0, 0], "fixed": [46, 0, 1]},
	{"action": "tj-actions/changed-files", "id": "GHSA-mw4p-6x4p-x5m5", "introduced": [0, 0, 0], "fixed": [41, 0, 0]},
	{"action": "tj-actions/branch-names", "id": "GHSA-8v8w-v8xg-79rf", "introduced": [0, 0, 0], "fixed": [7, 0, 7]},
	{"action": "actions/download-artifact", "id": "GHSA-cxww-7g56-2vh6", "introduced": [4, 0, 0], "fixed": [4, 1, 3]},
]

deny contains {
	"msg": sprintf("step %s of %s uses %q, affected by %s (fixed in %s)", [gh.step_label(s.step, s.index), s.owner, s.step.uses, concat(", ", sorted_ids), fixes]),
	"path": array.concat(s.path, ["uses"]),
} if {
	some s in gh.steps
	action := gh.action(s.step.uses)
	version := parse_version(split(s.step.uses, "@")[1])
	hits := [a | some a in advisories; a.action == action; affected(version, a)]
	count(hits) > 0
	sorted_ids := sort({a.id | some a in hits})
	fixes := concat(".", [sprintf("%d", [n]) | some n in max({a.fixed | some a in hits})])
}

# "v45", "v45.0", "45.0.7" → [45], [45, 0], [45, 0, 7]; anything else (a SHA, a branch) is undefined.
parse_version(ref) := [to_number(p) | some p in split(trim_prefix(ref, "v"), ".")] if {
	regex.match(`^v?[0-9]+(\.[0-9]+){0,2}$`, ref)
}

# A partial version stands for the newest release with that prefix: it is
# affected when that prefix of the fix is still ahead of it and the range
# had begun by then.
affected(version, a) if {
	n := count(version)
	version < array.slice(a.fixed, 0, n)
	array.slice(a.introduced, 0, n) <= version
}
