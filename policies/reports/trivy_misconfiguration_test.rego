package verdict.reports.trivy_misconfiguration_test

import data.verdict.reports.trivy_misconfiguration as misconf
import rego.v1

check(extra) := object.union({
	"Type": "Terraform Security Check", "ID": "AVD-AWS-0086", "Title": "S3 Access block should block public ACL",
	"Message": "No public access block so not blocking public acls", "Severity": "HIGH", "Status": "FAIL",
	"CauseMetadata": {"Resource": "aws_s3_bucket.logs", "Provider": "AWS", "StartLine": 12},
}, extra)

report(checks) := {"SchemaVersion": 2, "ArtifactName": "infra", "Results": [{"Target": "main.tf", "Class": "config", "Type": "terraform", "Misconfigurations": checks}]}

test_failed_high_check_fires if {
	some r in misconf.deny with input as report([check({})])
	r.path == ["Results", 0, "Misconfigurations", 0]
	r.resource == "aws_s3_bucket.logs"
	r.severity == "high"
	r.msg == "main.tf:12: AVD-AWS-0086 S3 Access block should block public ACL (HIGH): No public access block so not blocking public acls"
}

test_critical_without_cause_metadata_uses_target if {
	some r in misconf.deny with input as report([object.remove(check({"Severity": "CRITICAL"}), ["CauseMetadata"])])
	r.resource == "main.tf"
	startswith(r.msg, "main.tf: AVD-AWS-0086")
}

test_pass_exception_and_low_pass if {
	count(misconf.deny) == 0 with input as report([
		check({"Status": "PASS"}),
		check({"Status": "EXCEPTION"}),
		check({"Severity": "MEDIUM"}),
		check({"Severity": "LOW"}),
	])
}

test_no_misconfigurations if {
	count(misconf.deny) == 0 with input as {"SchemaVersion": 2, "Results": [{"Target": "main.tf", "MisconfSummary": {"Successes": 3, "Failures": 0}}]}
}
