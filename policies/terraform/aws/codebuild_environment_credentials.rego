# METADATA
# title: CodeBuild project holds credentials in plain-text environment variables
# description: >-
#   An `environment_variable` of an `aws_codebuild_project` of type
#   "PLAINTEXT" (the default) whose value is an AWS access key id, an AWS
#   credential variable (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
#   AWS_SESSION_TOKEN) or a password-, secret-, token- or API-key-named
#   variable with a literal value is visible to anyone who can read the
#   project (`codebuild:BatchGetProjects`), in the build logs and in the
#   Terraform state. Values that are expressions, ARNs or paths are not
#   judged; the finding points at the variable's value.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#environment_variable
#   - https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-env-vars.html
# custom:
#   id: VD-TF-AWS-157
#   severity: high
#   remediation: >-
#     Store the value in Secrets Manager or SSM Parameter Store and reference
#     it with `type = "SECRETS_MANAGER"` or `type = "PARAMETER_STORE"`; give
#     the project a service role instead of AWS keys.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["CodeBuild.2"]
#     NIST-800-53: ["IA-5", "SC-28"]
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
#         environment_variable {
#           name  = "AWS_SECRET_ACCESS_KEY"
#           value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
#         }
#       }
#       source {
#         type = "CODEPIPELINE"
#       }
#     }
package verdict.terraform.aws.codebuild_environment_credentials

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("CodeBuild project %q holds %q in a plain-text environment variable", [r.address, v.name]),
	"path": tf.attr_path(r, ["environment", i, "environment_variable", j, "value"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_codebuild_project")
	is_array(r.config.environment)
	some i, env in r.config.environment
	is_array(env.environment_variable)
	some j, v in env.environment_variable
	is_string(v.name)
	upper(aws.value(r, ["environment", i, "environment_variable", j, "type"], "PLAINTEXT")) == "PLAINTEXT"
	compute.plain_secret(v.name, object.get(v, "value", ""))
}
