# METADATA
# title: GuardDuty protection plan turned off
# description: >-
#   A GuardDuty protection is explicitly disabled: an
#   `aws_guardduty_detector_feature` (or one of its
#   `additional_configuration` blocks) with `status = "DISABLED"`, or a
#   `datasources` block of `aws_guardduty_detector` setting `enable = false`
#   for S3 logs, Kubernetes audit logs or malware scans of EBS volumes.
#   Threats in that data — S3 data exfiltration, EKS abuse, malware on
#   instances — are not looked for.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector_feature
#   - https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-features-activation-model.html
# custom:
#   id: VD-TF-AWS-059
#   severity: medium
#   remediation: >-
#     Set `status = "ENABLED"` on the detector feature (S3_DATA_EVENTS,
#     EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS,
#     RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS), or `enable = true` in the
#     `datasources` block.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["GuardDuty.5", "GuardDuty.8", "GuardDuty.10"]
#     NIST-800-53: ["SI-4"]
#   example: |
#     resource "aws_guardduty_detector_feature" "s3" {
#       detector_id = aws_guardduty_detector.main.id
#       name        = "S3_DATA_EVENTS"
#       status      = "DISABLED"
#     }
package verdict.terraform.aws.guardduty_protection_disabled

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s disables GuardDuty protection %s", [r.address, object.get(r.config, "name", "?")]),
	"path": tf.attr_path(r, ["status"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_guardduty_detector_feature")
	disabled(r.config.status)
}

deny contains {
	"msg": sprintf("%s disables GuardDuty protection %s", [r.address, object.get(c, "name", "?")]),
	"path": tf.attr_path(r, ["additional_configuration", i, "status"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_guardduty_detector_feature")
	is_array(r.config.additional_configuration)
	some i, c in r.config.additional_configuration
	is_object(c)
	disabled(c.status)
}

# datasources { s3_logs { enable } kubernetes { audit_logs { enable } }
# malware_protection { scan_ec2_instance_with_findings { ebs_volumes { enable } } } }
datasource_paths := {
	"S3 logs": ["datasources", 0, "s3_logs", 0, "enable"],
	"Kubernetes audit logs": ["datasources", 0, "kubernetes", 0, "audit_logs", 0, "enable"],
	"EBS malware scans": ["datasources", 0, "malware_protection", 0, "scan_ec2_instance_with_findings", 0, "ebs_volumes", 0, "enable"],
}

deny contains {
	"msg": sprintf("GuardDuty detector %s disables %s", [r.address, what]),
	"path": tf.attr_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_guardduty_detector")
	some what, keys in datasource_paths
	aws.is_false(object.get(r.config, keys, null))
}

disabled(s) if {
	is_string(s)
	upper(s) == "DISABLED"
}
