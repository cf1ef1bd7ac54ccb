# METADATA
# title: IAM policy allows all actions of a service on all resources
# description: >-
#   A policy statement with `Effect: Allow`, an action such as `s3:*` or
#   `ec2:*` (every action of a service, including its administrative and
#   destructive ones) and `Resource: "*"` grants far more than any workload
#   needs. Checked in `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`,
#   `AWS::IAM::RolePolicy`, `AWS::IAM::UserPolicy` and `AWS::IAM::GroupPolicy`
#   documents and in the inline `Policies` of roles, users and groups.
#   `Action: "*"` itself is reported by VD-CFN-007. The finding names the
#   service wildcards of the statement.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html
# custom:
#   id: VD-CFN-013
#   severity: medium
#   remediation: >-
#     List the actions the principal calls (e.g. `s3:GetObject`,
#     `s3:PutObject`) instead of `<service>:*`, and scope `Resource` to the
#     ARNs it uses.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["IAM.21"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     Resources:
#       Storage:
#         Type: AWS::IAM::ManagedPolicy
#         Properties:
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Action: "s3:*"
#                 Resource: "*"
package verdict.cloudformation.iam_service_wildcard

import data.verdict.lib.cloudformation_platform as p
import data.verdict.lib.cloudformation_platform_sets as sets
import rego.v1

deny contains {
	"msg": sprintf("IAM policy in %q allows %s on Resource \"*\"", [d.resource, concat(", ", sort(wildcards))]),
	"path": x.path,
	"resource": d.resource,
} if {
	some d in sets.identity_policies
	some x in p.statements(d.document, d.path)
	p.allows(x.statement)
	"*" in p.values(x.statement.Resource)
	wildcards := {a | some a in p.values(x.statement.Action); is_string(a); regex.match(`^[A-Za-z0-9-]+:\*$`, a)}
	count(wildcards) > 0
}
