# METADATA
# title: IAM policy allows all actions on all resources
# description: >-
#   A policy statement with `Effect: Allow`, `Action: "*"` and `Resource: "*"`
#   grants full administrative privileges. Checked in `AWS::IAM::Policy` and
#   `AWS::IAM::ManagedPolicy` documents and in the inline `Policies` of
#   `AWS::IAM::Role`, `AWS::IAM::User` and `AWS::IAM::Group`. Grant the actions
#   a principal needs on the resources it needs instead.
# related_resources:
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
# custom:
#   id: VD-CFN-007
#   severity: high
#   remediation: >-
#     Replace `Action: "*"` with the specific actions (e.g. `s3:GetObject`) and
#     `Resource: "*"` with the ARNs they apply to; attach the AWS managed
#     `AdministratorAccess` policy only to break-glass roles, outside templates.
#   kinds: [cloudformation]
#   frameworks:
#     CIS-AWS-3.0: ["1.16"]
#     AWS-FSBP: ["IAM.1"]
#     NIST-800-53: ["AC-6"]
#     PCI-DSS-4.0: ["7.2.1"]
#   example: |
#     Resources:
#       Admin:
#         Type: AWS::IAM::ManagedPolicy
#         Properties:
#           PolicyDocument:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Action: "*"
#                 Resource: "*"
package verdict.cloudformation.iam_wildcard

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("IAM policy in %q allows Action \"*\" on Resource \"*\"", [d.resource]),
	"path": statement_path(d, i),
	"resource": d.resource,
} if {
	some d in cfn.policy_documents
	some i, s in cfn.statements(d.document)
	cfn.value(s.Effect) == "Allow"
	"*" in values(s.Action)
	"*" in values(s.Resource)
}

# Action and Resource are a string or a list of strings.
values(v) := {x | some e in v; x := cfn.value(e)} if is_array(v)

else := {cfn.value(v)}

statement_path(d, i) := array.concat(d.path, ["Statement", i]) if is_array(d.document.Statement)

else := array.concat(d.path, ["Statement"])
