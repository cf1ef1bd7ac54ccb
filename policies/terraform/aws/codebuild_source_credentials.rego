# METADATA
# title: CodeBuild source URL contains credentials
# description: >-
#   A `source` or `secondary_sources` block of an `aws_codebuild_project`
#   whose `location` embeds credentials in the URL
#   (`https://user:password@…` or a personal access token before the `@`)
#   exposes them to anyone who can read the project, in build logs and in the
#   Terraform state. The finding points at `location`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#location
#   - https://docs.aws.amazon.com/codebuild/latest/userguide/access-tokens.html
# custom:
#   id: VD-TF-AWS-158
#   severity: critical
#   remediation: >-
#     Remove the credentials from the URL and rotate them; connect the
#     repository with `aws_codebuild_source_credential` or an AWS CodeConnections
#     connection.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CodeBuild.1"]
#     NIST-800-53: ["IA-5"]
#   example: |
#     resource "aws_codebuild_project" "build" {
#       name         = "build"
#       service_role = aws_iam_role.build.arn
#       artifacts {
#         type = "NO_ARTIFACTS"
#       }
#       environment {
#         compute_type = "BUILD_GENERAL1_SMALL"
#         image        = "aws/codebuild/standard:7.0"
#         type         = "LINUX_CONTAINER"
#       }
#       source {
#         type     = "GITHUB"
#         location = "https://ci-bot:s3cr3tpassw0rd@github.com/example/app.git"
#       }
#     }
package verdict.terraform.aws.codebuild_source_credentials

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("CodeBuild project %q %s %d URL contains credentials", [r.address, block, i]),
	"path": tf.attr_path(r, [block, i, "location"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_codebuild_project")
	some block in ["source", "secondary_sources"]
	is_array(r.config[block])
	some i, _ in r.config[block]
	location := aws.value(r, [block, i, "location"], "")
	is_string(location)
	regex.match(`^[A-Za-z][A-Za-z0-9+.-]*://([^/\s@:]+:[^/\s@]+|[A-Za-z0-9_-]{20,})@`, location)
}
