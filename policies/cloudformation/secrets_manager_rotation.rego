# METADATA
# title: Secrets Manager secret without automatic rotation
# description: >-
#   An `AWS::SecretsManager::Secret` that no `AWS::SecretsManager::RotationSchedule`
#   of the template rotates (`SecretId` referring to the secret) keeps the same
#   value until someone changes it by hand, so a leaked credential stays
#   valid indefinitely. When a rotation schedule's `SecretId` cannot be
#   resolved to a secret of the template, or the template uses a module
#   (which may create one), no secret is reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-rotationschedule.html
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html
# custom:
#   id: VD-CFN-035
#   severity: medium
#   remediation: >-
#     Add an `AWS::SecretsManager::RotationSchedule` with `SecretId: !Ref
#     <Secret>`, a `RotationLambdaARN` or `HostedRotationLambda`, and
#     `RotationRules: {ScheduleExpression: rate(30 days)}`.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["SecretsManager.1"]
#     NIST-800-53: ["IA-5"]
#   example: |
#     Resources:
#       DbSecret:
#         Type: AWS::SecretsManager::Secret
#         Properties:
#           GenerateSecretString:
#             SecretStringTemplate: '{"username": "admin"}'
#             GenerateStringKey: password
package verdict.cloudformation.secrets_manager_rotation

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("secret %q has no rotation schedule", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::SecretsManager::Secret")
	not unresolved_schedule
	not sets.opaque_resources
	not rotated(r.name)
}

rotated(name) if {
	some s in cfn.of_type("AWS::SecretsManager::RotationSchedule")
	p.refers_to(s.properties.SecretId, name)
}

unresolved_schedule if {
	some s in cfn.of_type("AWS::SecretsManager::RotationSchedule")
	not resolvable(s)
}

resolvable(s) if p.resolvable_ref(s.properties.SecretId)
