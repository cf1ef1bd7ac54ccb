# METADATA
# title: Trivy misconfiguration failed (high or critical)
# description: >-
#   Trivy's misconfiguration scanner (`trivy config`, or `--scanners misconfig`
#   on an image or repository) reports a check with `Status: FAIL` and
#   `Severity` HIGH or CRITICAL in `Results[].Misconfigurations[]`. Lower
#   severities and PASS/EXCEPTION results are left out.
# related_resources:
#   - https://trivy.dev/latest/docs/scanner/misconfiguration/
#   - https://avd.aquasec.com/misconfig/
# custom:
#   id: VD-SCAN-004
#   severity: high
#   remediation: >-
#     Apply the `Resolution` Trivy gives for the check (its `PrimaryURL` has the
#     secure setting) at the reported file and line, e.g. add `USER` to a
#     Dockerfile or enable encryption on the Terraform resource. If the check
#     does not apply, record an exception in `.trivyignore` or an inline
#     `#trivy:ignore:<ID>` comment with the reason.
#   kinds: [trivy]
#   frameworks:
#     NIST-800-53: ["CM-6", "CM-7"]
#   example: |
#     {"SchemaVersion": 2, "ArtifactName": "Dockerfile", "ArtifactType": "filesystem",
#      "Results": [{"Target": "Dockerfile", "Class": "config", "Type": "dockerfile",
#        "Misconfigurations": [{"Type": "Dockerfile Security Check", "ID": "DS002",
#          "Title": "Image user should not be 'root'", "Message": "Specify at least 1 USER command in Dockerfile with non-root user as argument",
#          "Severity": "HIGH", "Status": "FAIL", "CauseMetadata": {"StartLine": 1}}]}]}
package verdict.reports.trivy_misconfiguration

import rego.v1

results := input.Results if is_array(input.Results)

deny contains {
	"msg": sprintf("%s%s: %s %s (%s): %s", [result.Target, line(m), object.get(m, "ID", "?"), object.get(m, "Title", ""), upper(m.Severity), object.get(m, "Message", "")]),
	"path": ["Results", i, "Misconfigurations", j],
	"resource": resource(result, m),
	"severity": lower(m.Severity),
} if {
	some i, result in results
	is_array(result.Misconfigurations)
	some j, m in result.Misconfigurations
	m.Status == "FAIL"
	is_string(m.Severity)
	lower(m.Severity) in {"critical", "high"}
}

line(m) := sprintf(":%d", [m.CauseMetadata.StartLine]) if {
	is_number(m.CauseMetadata.StartLine)
	m.CauseMetadata.StartLine > 0
} else := ""

# The IaC resource the check failed on (e.g. aws_s3_bucket.logs), else the file.
resource(result, m) := m.CauseMetadata.Resource if {
	is_string(m.CauseMetadata.Resource)
	m.CauseMetadata.Resource != ""
} else := result.Target
