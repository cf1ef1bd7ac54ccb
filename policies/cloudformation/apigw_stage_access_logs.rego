# METADATA
# title: API Gateway stage without access logging
# description: >-
#   An `AWS::ApiGateway::Stage` without `AccessLogSetting.DestinationArn`, or
#   an `AWS::ApiGatewayV2::Stage` without `AccessLogSettings.DestinationArn`,
#   keeps no record of who called the API (source IP, identity, route,
#   status), which incident response and abuse investigations need; access
#   logging is off by default. A warning; reported at the setting when it is
#   written, else at the closest enclosing property. Stages created implicitly
#   by an `AWS::ApiGateway::Deployment` `StageDescription` are not judged.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-accesslogsetting.html
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-stage-accesslogsettings.html
#   - https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
# custom:
#   id: VD-CFN-080
#   severity: low
#   remediation: >-
#     Add `AccessLogSetting: {DestinationArn: <log group ARN>, Format: <JSON
#     format with $context.requestId, $context.identity.sourceIp, ...>}`
#     (`AccessLogSettings` on an HTTP or WebSocket API stage).
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AU-2", "AU-12"]
#     PCI-DSS-4.0: ["10.2.1"]
#   example: |
#     Resources:
#       Prod:
#         Type: AWS::ApiGateway::Stage
#         Properties:
#           RestApiId: !Ref Api
#           DeploymentId: !Ref Deployment
#           StageName: prod
package verdict.cloudformation.apigw_stage_access_logs

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

setting := {"AWS::ApiGateway::Stage": "AccessLogSetting", "AWS::ApiGatewayV2::Stage": "AccessLogSettings"}

warn contains {
	"msg": sprintf("API Gateway stage %q does not write access logs", [r.name]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in cfn.resources
	some type, key in setting
	r.type == type
	keys := [key, "DestinationArn"]
	w.off(w.get(r.properties, keys))
}
