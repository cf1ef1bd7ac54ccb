# METADATA
# title: CloudTrail does not record S3 object-level events
# description: >-
#   No `aws_cloudtrail` of the module selects S3 data events — an
#   `event_selector` with a `data_resource` of type `AWS::S3::Object`, or an
#   `advanced_event_selector` whose `resources.type` field selector equals
#   `AWS::S3::Object` — so who read, wrote or deleted which object is not
#   recorded. Trails whose selectors are generated (`dynamic`) or unknown
#   are not judged.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#event_selector
#   - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
# custom:
#   id: VD-TF-AWS-049
#   severity: low
#   remediation: >-
#     Add `event_selector { read_write_type = "All"
#     include_management_events = true data_resource { type =
#     "AWS::S3::Object" values = ["arn:aws:s3"] } }` (or an
#     `advanced_event_selector` for S3 objects) to a trail.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-AWS-3.0: ["3.8", "3.9"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     resource "aws_cloudtrail" "main" {
#       name                  = "main"
#       s3_bucket_name        = aws_s3_bucket.trail.id
#       is_multi_region_trail = true
#     }
package verdict.terraform.aws.cloudtrail_s3_data_events

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

s3_object := "AWS::S3::Object"

deny contains {
	"msg": sprintf("CloudTrail trail %q does not record S3 object-level events, and no other trail of the module does", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_cloudtrail")
	not module_logs_s3(aws.module_of(r))
}

module_logs_s3(module) if {
	some t in tf.of_type("aws_cloudtrail")
	aws.module_of(t) == module
	logs_s3(t)
}

logs_s3(t) if {
	some es in blocks(t.config, "event_selector")
	some dr in blocks(es, "data_resource")
	dr.type == s3_object
}

logs_s3(t) if {
	some aes in blocks(t.config, "advanced_event_selector")
	some fs in blocks(aes, "field_selector")
	fs.field == "resources.type"
	s3_object in fs.equals
}

# A trail whose selectors (or those of another trail) are not known: it may
# log S3 data events.
logs_s3(t) if selectors_unknown(t)

selectors_unknown(t) if {
	some key in ["event_selector", "advanced_event_selector"]
	aws.unknown_at(t, [key])
}

blocks(obj, key) := [b | some b in obj[key]; is_object(b)] if is_array(obj[key])

else := []
