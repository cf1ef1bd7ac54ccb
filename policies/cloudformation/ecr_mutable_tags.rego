# METADATA
# title: ECR repository allows image tags to be overwritten
# description: >-
#   An `AWS::ECR::Repository` without `ImageTagMutability: IMMUTABLE` (the
#   default is `MUTABLE`) lets anyone who can push move an existing tag such
#   as `v1.2.0` or `prod` to a different image, so what a tag deploys can
#   change after review, scanning and signing. Reported at
#   `ImageTagMutability` when it is written, else at the repository's
#   Properties; values that depend on a condition or an unresolved parameter
#   are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html#cfn-ecr-repository-imagetagmutability
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
# custom:
#   id: VD-CFN-064
#   severity: medium
#   remediation: >-
#     Set `ImageTagMutability: IMMUTABLE` (or `IMMUTABLE_WITH_EXCLUSION` with
#     filters for moving tags such as `latest`) and deploy by immutable tag or
#     digest.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ECR.2"]
#     NIST-800-53: ["CM-5", "SI-7"]
#   example: |
#     Resources:
#       Repo:
#         Type: AWS::ECR::Repository
#         Properties:
#           RepositoryName: app
package verdict.cloudformation.ecr_mutable_tags

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("ECR repository %q has mutable image tags", [r.name]),
	"path": w.path_to(r.path, r.properties, ["ImageTagMutability"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ECR::Repository")
	mutable(w.get(r.properties, ["ImageTagMutability"]))
}

mutable(c) if c.absent == true

mutable(c) if c.value == "MUTABLE"
