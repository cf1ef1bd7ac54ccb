# METADATA
# title: ECR repository policy grants access to everyone
# description: >-
#   A statement of an `AWS::ECR::Repository` `RepositoryPolicyText` with
#   `Effect: Allow`, `Principal: "*"` (or `{AWS: "*"}`) and no `Condition`
#   lets any AWS account (and, for pull actions, anyone with AWS credentials)
#   use the repository: pull its images, and with push actions replace them.
#   Statements restricted by a `Condition` (e.g. `aws:PrincipalOrgID`) are
#   not reported. Reported at the statement's `Principal` (at
#   `RepositoryPolicyText` when the policy is a JSON string).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html#cfn-ecr-repository-repositorypolicytext
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
# custom:
#   id: VD-CFN-066
#   severity: high
#   remediation: >-
#     Name the accounts or roles that need access in `Principal` (`{AWS:
#     [arn:aws:iam::111122223333:root]}`), or keep `"*"` only with a
#     `Condition` such as `StringEquals: {aws:PrincipalOrgID: o-...}`.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["AC-3", "AC-6"]
#     PCI-DSS-4.0: ["7.2.1"]
#   example: |
#     Resources:
#       Repo:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryPolicyText:
#             Version: "2012-10-17"
#             Statement:
#               - Effect: Allow
#                 Principal: "*"
#                 Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
package verdict.cloudformation.ecr_public_policy

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("the policy of ECR repository %q allows Principal \"*\" without a Condition", [r.name]),
	"path": statement_path(r, doc, i),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ECR::Repository")
	doc := document(r.properties.RepositoryPolicyText)
	some i, s in cfn.statements(doc)
	cfn.value(s.Effect) == "Allow"
	w.everyone(s.Principal)
	not "Condition" in object.keys(s)
}

# The policy is a JSON object, or a string of JSON.
document(v) := v if is_object(v)

else := json.unmarshal(v) if {
	is_string(v)
	json.is_valid(v)
}

statement_path(r, doc, i) := array.concat(r.path, ["RepositoryPolicyText"]) if is_string(r.properties.RepositoryPolicyText)

else := array.concat(r.path, ["RepositoryPolicyText", "Statement", i, "Principal"]) if is_array(doc.Statement)

else := array.concat(r.path, ["RepositoryPolicyText", "Statement", "Principal"])
