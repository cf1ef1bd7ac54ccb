# METADATA
# title: Lambda permission for an AWS service does not restrict the source
# description: >-
#   An `AWS::Lambda::Permission` whose `Principal` is an AWS service
#   (`*.amazonaws.com`) without `SourceArn` or `SourceAccount` lets that
#   service invoke the function on behalf of any resource in any account: an
#   S3 bucket, SNS topic or EventBridge rule someone else owns can trigger it
#   (the confused deputy problem). Reported at `Principal`; a source that is
#   conditional or unresolved counts as set.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html#cfn-lambda-permission-sourcearn
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
# custom:
#   id: VD-CFN-069
#   severity: medium
#   remediation: >-
#     Add `SourceArn: <ARN of the bucket, topic, rule or API>` (with
#     `SourceAccount: !Ref AWS::AccountId` for S3, whose bucket ARNs carry no
#     account) to the permission.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Lambda.1"]
#     NIST-800-53: ["AC-3"]
#   example: |
#     Resources:
#       Invoke:
#         Type: AWS::Lambda::Permission
#         Properties:
#           FunctionName: !Ref Fn
#           Action: lambda:InvokeFunction
#           Principal: s3.amazonaws.com
package verdict.cloudformation.lambda_permission_source

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("Lambda permission %q lets %s invoke the function for any source (no SourceArn or SourceAccount)", [r.name, principal]),
	"path": array.concat(r.path, ["Principal"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Lambda::Permission")
	principal := cfn.value(r.properties.Principal)
	is_string(principal)
	endswith(principal, ".amazonaws.com")
	w.off(w.get(r.properties, ["SourceArn"]))
	w.off(w.get(r.properties, ["SourceAccount"]))
}
