# METADATA
# title: S3 bucket without versioning
# description: >-
#   Without `VersioningConfiguration: {Status: Enabled}` an overwritten or
#   deleted object in an `AWS::S3::Bucket` is gone: versioning keeps prior
#   versions so that accidental deletes, bad deploys and ransomware-style
#   overwrites can be recovered. A status that depends on a condition or a
#   parameter without a default is not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-versioningconfiguration.html
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
# custom:
#   id: VD-CFN-003
#   severity: medium
#   remediation: >-
#     Add `VersioningConfiguration: {Status: Enabled}` to the bucket's
#     Properties (and a lifecycle rule with `NoncurrentVersionExpiration` to
#     bound the cost of old versions).
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["S3.14"]
#     NIST-800-53: ["CP-9", "CP-10"]
#   example: |
#     Resources:
#       Data:
#         Type: AWS::S3::Bucket
#         Properties:
#           VersioningConfiguration:
#             Status: Suspended
package verdict.cloudformation.s3_versioning

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("S3 bucket %q has no VersioningConfiguration", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	cfn.never_true(r.properties, "VersioningConfiguration")
}

deny contains {
	"msg": sprintf("S3 bucket %q has versioning %s", [r.name, status]),
	"path": array.concat(r.path, ["VersioningConfiguration", "Status"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::S3::Bucket")
	config := cfn.value(r.properties.VersioningConfiguration)
	status := cfn.value(config.Status)
	status != "Enabled"
}
