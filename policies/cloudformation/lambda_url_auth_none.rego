# METADATA
# title: Lambda function URL does not require authentication
# description: >-
#   An `AWS::Lambda::Url` with `AuthType: NONE` gives the function a public
#   HTTPS endpoint that anyone on the Internet can invoke without credentials
#   (once a resource-based policy allows `lambda:InvokeFunctionUrl` for
#   `"*"`), so the function's own code is the only access control and every
#   call is billed to you. Reported at `AuthType` when it is `NONE` (or a
#   parameter defaulting to it).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-url.html#cfn-lambda-url-authtype
#   - https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html
# custom:
#   id: VD-CFN-067
#   severity: medium
#   remediation: >-
#     Set `AuthType: AWS_IAM` and grant `lambda:InvokeFunctionUrl` to the
#     callers that need it; put a public endpoint behind API Gateway or
#     CloudFront with authentication and throttling instead.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-14"]
#   example: |
#     Resources:
#       Url:
#         Type: AWS::Lambda::Url
#         Properties:
#           TargetFunctionArn: !GetAtt Fn.Arn
#           AuthType: NONE
package verdict.cloudformation.lambda_url_auth_none

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("Lambda function URL %q does not require authentication (AuthType NONE)", [r.name]),
	"path": array.concat(r.path, ["AuthType"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Lambda::Url")
	cfn.value(r.properties.AuthType) == "NONE"
}
