# METADATA
# title: DynamoDB table without point-in-time recovery
# description: >-
#   An `AWS::DynamoDB::Table` without `PointInTimeRecoverySpecification:
#   {PointInTimeRecoveryEnabled: true}` (disabled by default) cannot be
#   restored to a moment before an accidental or malicious write or delete.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-pointintimerecoveryspecification.html
#   - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
# custom:
#   id: VD-CFN-042
#   severity: medium
#   remediation: >-
#     Add `PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled:
#     true}` to the table.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["DynamoDB.2"]
#     NIST-800-53: ["CP-9", "CP-10"]
#   example: |
#     Resources:
#       Orders:
#         Type: AWS::DynamoDB::Table
#         Properties:
#           BillingMode: PAY_PER_REQUEST
#           AttributeDefinitions:
#             - {AttributeName: id, AttributeType: S}
#           KeySchema:
#             - {AttributeName: id, KeyType: HASH}
package verdict.cloudformation.dynamodb_pitr

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("DynamoDB table %q does not enable point-in-time recovery", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::DynamoDB::Table")
	p.absent(r.properties, "PointInTimeRecoverySpecification")
}

deny contains {
	"msg": sprintf("DynamoDB table %q does not enable point-in-time recovery", [r.name]),
	"path": p.prop_path({"path": array.concat(r.path, ["PointInTimeRecoverySpecification"]), "properties": spec}, "PointInTimeRecoveryEnabled"),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::DynamoDB::Table")
	spec := cfn.value(r.properties.PointInTimeRecoverySpecification)
	is_object(spec)
	cfn.never_true(spec, "PointInTimeRecoveryEnabled")
}
