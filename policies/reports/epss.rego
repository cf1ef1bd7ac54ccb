# METADATA
# title: Vulnerability likely to be exploited (EPSS)
# description: >-
#   FIRST's Exploit Prediction Scoring System gives the probability that a CVE
#   is exploited in the next 30 days. Grype (v0.80+) adds it to each match
#   (`vulnerability.epss[].epss`, also on `relatedVulnerabilities`). Fires when
#   the highest score reaches `data.verdict.config.epss_threshold` (default
#   0.1, i.e. 10 %, where FIRST's own analysis finds a good balance of
#   coverage and efficiency), whatever the CVSS severity. KEV-listed
#   vulnerabilities are VD-SCAN-005.
# related_resources:
#   - https://www.first.org/epss/
#   - https://www.first.org/epss/user-guide
#   - https://github.com/anchore/grype#output-formats
# custom:
#   id: VD-SCAN-006
#   severity: high
#   remediation: >-
#     Prioritise this vulnerability over others of the same severity: upgrade
#     the package to the fixed version, or, without a fix, reduce exposure
#     (disable the vulnerable feature, restrict network access) and watch for
#     the vendor's patch. Tune the cut-off with `epss_threshold` in
#     `data.verdict.config`.
#   kinds: [grype]
#   frameworks:
#     NIST-800-53: ["RA-5", "RA-3"]
#   example: |
#     {"matches": [{"vulnerability": {"id": "CVE-2023-44487", "severity": "High",
#        "fix": {"versions": ["1.58.3"], "state": "fixed"},
#        "epss": [{"cve": "CVE-2023-44487", "epss": 0.94, "percentile": 0.99, "date": "2025-01-01"}]},
#      "artifact": {"name": "google.golang.org/grpc", "version": "1.56.2", "type": "go-module"}}],
#      "descriptor": {"name": "grype"}}
package verdict.reports.epss

import rego.v1

threshold := data.verdict.config.epss_threshold if {
	is_number(data.verdict.config.epss_threshold)
} else := 0.1

matches := input.matches if is_array(input.matches)

warn contains {
	"msg": sprintf("%s (%s) in %s %s has an EPSS score of %.3f (percentile %s), at or above %v; %s", [v.id, object.get(v, "severity", "?"), a.name, object.get(a, "version", "?"), top.epss, percentile(top), threshold, fix(v)]),
	"path": top.path,
	"resource": sprintf("%s@%s", [a.name, object.get(a, "version", "")]),
} if {
	some i, m in matches
	v := m.vulnerability
	a := m.artifact
	top := highest(i, m)
	top.epss >= threshold
}

# Every EPSS entry of a match, with its path.
scores(i, m) := array.concat(
	[{"epss": e.epss, "entry": e, "path": ["matches", i, "vulnerability", "epss", k]} |
		some k, e in m.vulnerability.epss
		is_number(e.epss)
	],
	[{"epss": e.epss, "entry": e, "path": ["matches", i, "relatedVulnerabilities", r, "epss", k]} |
		some r, rel in m.relatedVulnerabilities
		some k, e in rel.epss
		is_number(e.epss)
	],
)

highest(i, m) := s if {
	all := scores(i, m)
	count(all) > 0
	top := max({x.epss | some x in all})
	some s in all
	s.epss == top
}

percentile(s) := sprintf("%.2f", [s.entry.percentile]) if {
	is_number(s.entry.percentile)
} else := "?"

fix(v) := sprintf("fixed in %s", [concat(", ", v.fix.versions)]) if {
	v.fix.state == "fixed"
	is_array(v.fix.versions)
	count(v.fix.versions) > 0
} else := "no fix available"
