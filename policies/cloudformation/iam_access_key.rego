# METADATA
# title: IAM access key created in the template
# description: >-
#   An `AWS::IAM::AccessKey` creates a long-term access key for an IAM user.
#   Such keys never expire, end up in outputs, environment variables and
#   configuration files, and are a leading cause of account compromise;
#   workloads and people should use roles and temporary credentials (IAM
#   Identity Center, instance profiles, OIDC federation) instead. Keys created
#   with `Status: Inactive` are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-accesskey.html
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
# custom:
#   id: VD-CFN-019
#   severity: medium
#   remediation: >-
#     Remove the `AWS::IAM::AccessKey` and give the workload a role (instance
#     profile, task role, IRSA, OIDC federation); if a key is unavoidable,
#     create it out of band, store it in Secrets Manager and rotate it.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["IA-5"]
#   example: |
#     Resources:
#       CiKey:
#         Type: AWS::IAM::AccessKey
#         Properties:
#           UserName: !Ref CiUser
package verdict.cloudformation.iam_access_key

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("IAM access key %q creates long-term credentials", [r.name]),
	"path": r.path,
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::IAM::AccessKey")
	active(r.properties)
}

active(props) if not "Status" in object.keys(props)

active(props) if {
	"Status" in object.keys(props)
	every c in cfn.candidates(props.Status) {
		active_candidate(c)
	}
}

active_candidate(c) if c.absent == true

active_candidate(c) if c.value == "Active"
