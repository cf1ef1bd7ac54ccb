# METADATA
# title: AdministratorAccess managed policy attached
# description: >-
#   An `AWS::IAM::Role`, `AWS::IAM::User` or `AWS::IAM::Group` whose
#   `ManagedPolicyArns` include the AWS managed `AdministratorAccess` policy
#   (`arn:aws:iam::aws:policy/AdministratorAccess`, in any partition) can do
#   anything in the account: a workload or pipeline role with it turns any
#   compromise of that workload into a compromise of the account.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html#jf_administrator
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html#cfn-iam-role-managedpolicyarns
# custom:
#   id: VD-CFN-020
#   severity: high
#   remediation: >-
#     Replace `AdministratorAccess` with a customer managed policy that lists
#     the actions and resources the principal needs; keep administrator
#     access for break-glass roles behind MFA, outside application templates.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["1.16"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     Resources:
#       BuildRole:
#         Type: AWS::IAM::Role
#         Properties:
#           AssumeRolePolicyDocument:
#             Statement:
#               - Effect: Allow
#                 Principal: {Service: codebuild.amazonaws.com}
#                 Action: sts:AssumeRole
#           ManagedPolicyArns:
#             - arn:aws:iam::aws:policy/AdministratorAccess
package verdict.cloudformation.iam_admin_managed_policy

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_platform as p
import rego.v1

deny contains {
	"msg": sprintf("%s %q has the AdministratorAccess managed policy attached", [lower(trim_prefix(r.type, "AWS::IAM::")), r.name]),
	"path": array.concat(r.path, ["ManagedPolicyArns", i]),
	"resource": r.name,
} if {
	some r in cfn.resources
	r.type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	is_array(r.properties.ManagedPolicyArns)
	some i, arn in r.properties.ManagedPolicyArns
	administrator(arn)
}

administrator(arn) if regex.match(`^arn:[^:]*:iam::aws:policy/AdministratorAccess$`, cfn.value(arn))

administrator(arn) if {
	not cfn.value(arn)
	regex.match(`^arn:(\$\{AWS::Partition\}|\$\{\}|aws[a-z-]*)?:iam::aws:policy/AdministratorAccess$`, p.text(arn))
}
