# METADATA
# title: ECR repository does not scan images on push
# description: >-
#   An `aws_ecr_repository` without `image_scanning_configuration {
#   scan_on_push = true }` (the default is false) stores images without
#   scanning them for known vulnerabilities when they are pushed. Repositories
#   in a configuration that sets up registry-level scanning
#   (`aws_ecr_registry_scanning_configuration`, which replaces the
#   repository setting) are not judged. The finding points at `scan_on_push`
#   or the closest block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecr_repository#image_scanning_configuration
#   - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
# custom:
#   id: VD-TF-AWS-133
#   severity: medium
#   remediation: >-
#     Add `image_scanning_configuration { scan_on_push = true }`, or configure
#     enhanced scanning for the registry with
#     `aws_ecr_registry_scanning_configuration`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECR.1"]
#     NIST-800-53: ["RA-5"]
#     PCI-DSS-4.0: ["6.3.1"]
#   example: |
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#     }
package verdict.terraform.aws.ecr_scan_on_push

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

keys := ["image_scanning_configuration", 0, "scan_on_push"]

deny contains {
	"msg": sprintf("ECR repository %q does not scan images on push", [r.address]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	count(tf.of_type("aws_ecr_registry_scanning_configuration")) == 0
	some r in tf.of_type("aws_ecr_repository")
	not r.config.dynamic.image_scanning_configuration
	aws.is_false(aws.value(r, keys, false))
}
