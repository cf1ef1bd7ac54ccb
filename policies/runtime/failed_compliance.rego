# METADATA
# title: Failed compliance control (Security Hub ASFF / OCSF)
# description: >-
#   A posture-management finding says a control failed and nobody has closed
#   it. ASFF (Security Hub GetFindings export or BatchImportFindings payload):
#   `Compliance.Status: FAILED`, `RecordState: ACTIVE` and `Workflow.Status`
#   not SUPPRESSED or RESOLVED. OCSF Compliance Finding (class_uid 2003):
#   `compliance.status_id: 3` (or `compliance.status: Fail`) and a finding
#   `status_id` other than 3 (Suppressed) or 4 (Resolved). The finding
#   severity follows the source's (Severity.Label, severity_id).
# related_resources:
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-compliance
#   - https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html
#   - https://schema.ocsf.io/classes/compliance_finding
# custom:
#   id: VD-RT-005
#   severity: medium
#   remediation: >-
#     Fix the resource as the control's remediation page says (the Security Hub
#     control id, e.g. S3.8, links to it), then let the control re-evaluate;
#     or, for an accepted risk, set the finding's workflow status to SUPPRESSED
#     with a note (`aws securityhub batch-update-findings --workflow
#     Status=SUPPRESSED --note …`) so the decision is recorded.
#   kinds: [asff, ocsf]
#   frameworks:
#     NIST-800-53: ["CA-7", "CM-6"]
#     PCI-DSS-4.0: ["11.3.1"]
#     SOC-2: ["CC4.1", "CC7.1"]
#   response:
#     action: open-ticket
#     requires_approval: false
#   example: |
#     {"Findings": [{"SchemaVersion": "2018-10-08", "Id": "arn:aws:securityhub:…/finding/1",
#       "ProductArn": "arn:aws:securityhub:us-east-1::product/aws/securityhub",
#       "GeneratorId": "security-control/S3.8", "AwsAccountId": "123456789012",
#       "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
#       "Severity": {"Label": "HIGH"}, "Title": "S3 general purpose buckets should block public access",
#       "Compliance": {"Status": "FAILED", "SecurityControlId": "S3.8"},
#       "Workflow": {"Status": "NEW"}, "RecordState": "ACTIVE",
#       "Resources": [{"Type": "AwsS3Bucket", "Id": "arn:aws:s3:::public-assets"}]}]}
package verdict.runtime.failed_compliance

import data.verdict.lib.findings
import rego.v1

# --- ASFF ------------------------------------------------------------------

deny contains {
	"msg": sprintf("%s failed on %s (%s): %s", [asff_control(f), asff_resource(f), asff_account(f), object.get(f, "Title", "")]),
	"path": array.concat(path, ["Compliance", "Status"]),
	"resource": asff_resource(f),
	"severity": findings.asff_severity(f),
} if {
	some [path, f] in data.verdict.lib.findings.asff_findings
	f.Compliance.Status == "FAILED"
	findings.asff_open(f)
}

asff_control(f) := sprintf("control %s", [f.Compliance.SecurityControlId]) if {
	is_string(f.Compliance.SecurityControlId)
} else := sprintf("control %s", [f.GeneratorId]) if {
	is_string(f.GeneratorId)
} else := "a control"

asff_resource(f) := sprintf("%s %s", [object.get(f.Resources[0], "Type", "resource"), f.Resources[0].Id]) if {
	is_string(f.Resources[0].Id)
} else := "an unnamed resource"

asff_account(f) := sprintf("account %s, %s", [f.AwsAccountId, f.Region]) if {
	is_string(f.AwsAccountId)
	is_string(f.Region)
} else := sprintf("account %s", [f.AwsAccountId]) if {
	is_string(f.AwsAccountId)
} else := "unknown account"

# --- OCSF Compliance Finding (class 2003) -----------------------------------

deny contains {
	"msg": sprintf("%s control %s failed on %s: %s", [ocsf_product, ocsf_control, ocsf_resource, object.get(input, ["finding_info", "title"], "")]),
	"path": ocsf_status_path,
	"resource": ocsf_resource,
	"severity": data.verdict.lib.findings.ocsf_severity,
} if {
	input.class_uid == 2003
	ocsf_failed
	data.verdict.lib.findings.ocsf_open
}

ocsf_failed if input.compliance.status_id == 3

ocsf_failed if {
	not input.compliance.status_id
	lower(input.compliance.status) == "fail"
}

ocsf_status_path := ["compliance", "status_id"] if {
	input.compliance.status_id
} else := ["compliance", "status"]

ocsf_product := input.metadata.product.name if {
	is_string(input.metadata.product.name)
} else := "OCSF"

ocsf_control := input.compliance.control if {
	is_string(input.compliance.control)
} else := object.get(input, ["finding_info", "uid"], "?")

ocsf_resource := sprintf("%s %s", [object.get(r, "type", "resource"), r.uid]) if {
	r := input.resources[0]
	is_string(r.uid)
} else := object.get(input, ["resources", 0, "name"], "an unnamed resource")
