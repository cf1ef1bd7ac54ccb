package verdict.reports.trivy_secret_test

import data.verdict.reports.trivy_secret
import rego.v1

report(secrets) := {"SchemaVersion": 2, "ArtifactName": "repo", "Results": [
	{"Target": "package-lock.json", "Class": "lang-pkgs"},
	{"Target": "deploy.sh", "Class": "secret", "Secrets": secrets},
]}

aws := {"RuleID": "aws-access-key-id", "Category": "AWS", "Severity": "CRITICAL", "Title": "AWS Access Key ID", "StartLine": 3, "EndLine": 3, "Match": "export AWS_ACCESS_KEY_ID=****"}

test_secret_fires if {
	some r in trivy_secret.deny with input as report([aws])
	r.path == ["Results", 1, "Secrets", 0]
	r.resource == "deploy.sh"
	r.severity == "critical"
	r.msg == "AWS Access Key ID (aws-access-key-id) found in deploy.sh line 3"
}

test_secret_without_line_or_severity if {
	some r in trivy_secret.deny with input as report([{"RuleID": "mysecret", "Title": "My Secret"}])
	r.msg == "My Secret (mysecret) found in deploy.sh"
	r.severity == "critical"
}

test_lower_severity_kept if {
	some r in trivy_secret.deny with input as report([object.union(aws, {"Severity": "MEDIUM"})])
	r.severity == "medium"
}

test_no_secrets_pass if {
	count(trivy_secret.deny) == 0 with input as report([])
	count(trivy_secret.deny) == 0 with input as report(null)
	count(trivy_secret.deny) == 0 with input as {"SchemaVersion": 2}
}
