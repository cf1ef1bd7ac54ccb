# METADATA
# title: CloudTrail trail is not multi-region
# description: >-
#   An `aws_cloudtrail` with `is_multi_region_trail` false or unset (the
#   default) records API activity in its home region only, so activity in any
#   other region, including regions an attacker opens up, goes unlogged.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#is_multi_region_trail
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
# custom:
#   id: VD-TF-AWS-012
#   severity: medium
#   remediation: >-
#     Set `is_multi_region_trail = true` (and keep
#     `include_global_service_events = true`) on the trail.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.1"]
#     AWS-FSBP: ["CloudTrail.1"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name           = "main"
#       s3_bucket_name = aws_s3_bucket.trail.id
#     }
package verdict.terraform.aws.cloudtrail_multi_region

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CloudTrail trail %q is not multi-region (is_multi_region_trail is not true)", [r.address]),
	"path": aws.arg_path(r, ["is_multi_region_trail"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	v := aws.value(r, ["is_multi_region_trail"], false)
	aws.is_false(v)
}
