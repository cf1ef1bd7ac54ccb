package verdict.runtime.failed_compliance_test

import data.verdict.runtime.failed_compliance as compliance
import rego.v1

finding(extra) := object.union({
	"SchemaVersion": "2018-10-08",
	"Id": "arn:aws:securityhub:us-east-1:123456789012:security-control/S3.8/finding/1",
	"GeneratorId": "security-control/S3.8",
	"AwsAccountId": "123456789012",
	"Region": "us-east-1",
	"Severity": {"Label": "HIGH"},
	"Title": "S3 general purpose buckets should block public access",
	"Compliance": {"Status": "FAILED", "SecurityControlId": "S3.8"},
	"Workflow": {"Status": "NEW"},
	"RecordState": "ACTIVE",
	"Resources": [{"Type": "AwsS3Bucket", "Id": "arn:aws:s3:::public-assets"}],
}, extra)

ocsf(extra) := object.union({
	"class_uid": 2003,
	"class_name": "Compliance Finding",
	"compliance": {"control": "SQS.1", "status": "Fail", "status_id": 3},
	"finding_info": {"title": "Amazon SQS queues should be encrypted at rest", "uid": "arn:aws:securityhub:…/SQS.1/finding/7"},
	"metadata": {"product": {"name": "Security Hub"}},
	"resources": [{"type": "AWS::SQS::Queue", "uid": "arn:aws:sqs:us-east-2:123456789012:q"}],
	"severity_id": 3,
	"status_id": 1,
}, extra)

test_asff_failed_active_fires if {
	some r in compliance.deny with input as {"Findings": [finding({"Compliance": {"Status": "PASSED"}}), finding({})]}
	r.path == ["Findings", 1, "Compliance", "Status"]
	r.severity == "high"
	r.resource == "AwsS3Bucket arn:aws:s3:::public-assets"
	r.msg == "control S3.8 failed on AwsS3Bucket arn:aws:s3:::public-assets (account 123456789012, us-east-1): S3 general purpose buckets should block public access"
}

test_asff_bare_list_and_defaults if {
	f := object.remove(finding({"Severity": {"Label": "INFORMATIONAL"}}), ["Workflow", "RecordState", "Region", "Compliance"])
	doc := [object.union(f, {"Compliance": {"Status": "FAILED"}})]
	some r in compliance.deny with input as doc
	r.path == [0, "Compliance", "Status"]
	r.severity == "info"
	r.msg == "control security-control/S3.8 failed on AwsS3Bucket arn:aws:s3:::public-assets (account 123456789012): S3 general purpose buckets should block public access"
}

test_asff_sparse_finding if {
	doc := {"Findings": [{"SchemaVersion": "2018-10-08", "Compliance": {"Status": "FAILED"}, "Severity": {"Label": "weird"}}]}
	some r in compliance.deny with input as doc
	r.severity == "medium"
	r.msg == "a control failed on an unnamed resource (unknown account): "
}

test_asff_closed_or_passing_pass if {
	count(compliance.deny) == 0 with input as {"Findings": [
		finding({"Workflow": {"Status": "SUPPRESSED"}}),
		finding({"Workflow": {"Status": "RESOLVED"}}),
		finding({"RecordState": "ARCHIVED"}),
		finding({"Compliance": {"Status": "WARNING"}}),
		finding({"Compliance": {"Status": "NOT_AVAILABLE"}}),
		object.remove(finding({}), ["Compliance"]),
	]}
}

test_ocsf_failed_fires if {
	some r in compliance.deny with input as ocsf({})
	r.path == ["compliance", "status_id"]
	r.severity == "medium"
	r.resource == "AWS::SQS::Queue arn:aws:sqs:us-east-2:123456789012:q"
	r.msg == "Security Hub control SQS.1 failed on AWS::SQS::Queue arn:aws:sqs:us-east-2:123456789012:q: Amazon SQS queues should be encrypted at rest"
}

test_ocsf_status_string_only if {
	doc := object.union(object.remove(ocsf({"severity_id": 5}), ["compliance", "metadata", "resources"]), {"compliance": {"status": "FAIL"}})
	some r in compliance.deny with input as doc
	r.path == ["compliance", "status"]
	r.severity == "critical"
	r.msg == "OCSF control arn:aws:securityhub:…/SQS.1/finding/7 failed on an unnamed resource: Amazon SQS queues should be encrypted at rest"
}

test_ocsf_passing_closed_or_other_classes_pass if {
	count(compliance.deny) == 0 with input as ocsf({"compliance": {"status": "Pass", "status_id": 1}})
	count(compliance.deny) == 0 with input as ocsf({"compliance": {"status": "Warning", "status_id": 2}})
	count(compliance.deny) == 0 with input as ocsf({"status_id": 4, "status": "Resolved"})
	count(compliance.deny) == 0 with input as ocsf({"status_id": 3})
	count(compliance.deny) == 0 with input as object.union(object.remove(ocsf({}), ["status_id"]), {"status": "Suppressed"})
	count(compliance.deny) == 0 with input as ocsf({"class_uid": 2004})
}

test_ocsf_unknown_severity_defaults_to_medium if {
	some r in compliance.deny with input as ocsf({"severity_id": 99})
	r.severity == "medium"
}
