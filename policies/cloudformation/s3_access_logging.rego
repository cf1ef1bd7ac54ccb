# METADATA
# title: S3 bucket without server access logging
# description: >-
#   An `AWS::S3::Bucket` without `LoggingConfiguration` keeps no record of the
#   requests made to it (who read, wrote or deleted which object, from
#   where), which audits and incident response rely on. Buckets that receive
#   the access logs of another bucket of the template (named in its
#   `LoggingConfiguration.DestinationBucketName`) or carry the
#   `LogDeliveryWrite` canned ACL are log buckets and are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-loggingconfiguration.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html
# custom:
#   id: VD-CFN-036
#   severity: low
#   remediation: >-
#     Add `LoggingConfiguration: {DestinationBucketName: !Ref AccessLogsBucket,
#     LogFilePrefix: <bucket>/}` pointing at a dedicated log bucket (whose
#     policy lets logging.s3.amazonaws.com write).
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["3.4"]
#     AWS-FSBP: ["S3.9"]
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     Resources:
#       Data:
#         Type: AWS::S3::Bucket
#         Properties:
#           BucketName: data
package verdict.cloudformation.s3_access_logging

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has no server access logging (LoggingConfiguration)", [r.name]),
	"path": p.prop_path(r, "LoggingConfiguration"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	p.absent(r.properties, "LoggingConfiguration")
	not log_bucket(r)
}

log_bucket(r) if cfn.value(r.properties.AccessControl) == "LogDeliveryWrite"

log_bucket(r) if {
	some other in cfn.of_type("AWS::S3::Bucket")
	destination := other.properties.LoggingConfiguration.DestinationBucketName
	targets(destination, r)
}

targets(destination, r) if p.refers_to(destination, r.name)

targets(destination, r) if cfn.value(destination) == cfn.value(r.properties.BucketName)

targets(destination, r) if p.text(destination) == p.text(r.properties.BucketName)
