# METADATA
# title: Secret found by Trivy
# description: >-
#   Trivy's secret scanner matched a credential (cloud keys, tokens, private
#   keys, passwords) in a file or image layer: `Results[].Secrets[]`. Anything
#   that reached a scanned artifact must be treated as leaked.
# related_resources:
#   - https://trivy.dev/latest/docs/scanner/secret/
#   - https://owasp.org/www-project-top-10-ci-cd-security-risks/CICD-SEC-06-Insufficient-Credential-Hygiene
# custom:
#   id: VD-SCAN-002
#   severity: high
#   remediation: >-
#     Revoke and rotate the credential at its issuer first (removing it from the
#     file does not un-leak it), then delete it from the source and the git
#     history (git filter-repo) or rebuild the image without it; load secrets at
#     run time from a secret manager or CI secret store. For a false positive,
#     add an allow rule to trivy-secret.yaml.
#   kinds: [trivy]
#   frameworks:
#     NIST-800-53: ["IA-5(7)", "SC-28"]
#     PCI-DSS-4.0: ["8.6.2"]
#     OWASP-CICD-Top-10: ["CICD-SEC-6"]
#   example: |
#     {"SchemaVersion": 2, "ArtifactName": "app", "Results": [
#       {"Target": "config/deploy.env", "Class": "secret", "Secrets": [
#         {"RuleID": "aws-access-key-id", "Category": "AWS", "Severity": "CRITICAL",
#          "Title": "AWS Access Key ID", "StartLine": 3, "EndLine": 3,
#          "Match": "AWS_ACCESS_KEY_ID=********************"}]}]}
package verdict.reports.trivy_secret

import rego.v1

# The report's results, or none when the field is null or missing (regorus
# errors on iterating null).
results := input.Results if is_array(input.Results)

deny contains {
	"msg": sprintf("%s (%s) found in %s%s", [object.get(s, "Title", "secret"), object.get(s, "RuleID", "?"), result.Target, line(s)]),
	"path": ["Results", i, "Secrets", j],
	"resource": result.Target,
	"severity": severity(s),
} if {
	some i, result in results
	is_array(result.Secrets)
	some j, s in result.Secrets
	is_object(s)
}

line(s) := sprintf(" line %d", [s.StartLine]) if {
	is_number(s.StartLine)
	s.StartLine > 0
} else := ""

# Trivy's own rating of the secret type, critical when it gives none.
severity(s) := lower(s.Severity) if {
	is_string(s.Severity)
	lower(s.Severity) in {"critical", "high", "medium", "low"}
} else := "critical"
