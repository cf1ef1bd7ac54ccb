# METADATA
# title: ECS container passes secrets as plain environment variables
# description: >-
#   A container in the `container_definitions` of an
#   `aws_ecs_task_definition` whose `environment` holds an AWS access key id,
#   an AWS credential variable (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
#   AWS_SESSION_TOKEN, ECS_ENGINE_AUTH_DATA) or a password-, secret-, token-
#   or API-key-named variable with a literal value exposes it to anyone who
#   can describe the task definition, and stores it in the Terraform state.
#   Values that are expressions, ARNs or paths are not judged; one finding
#   per variable points at `container_definitions`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
# custom:
#   id: VD-TF-AWS-127
#   severity: high
#   remediation: >-
#     Move the value to Secrets Manager or SSM Parameter Store and reference
#     it in the container's `secrets` list (`{ name = "DB_PASSWORD",
#     valueFrom = aws_secretsmanager_secret.db.arn }`); use a task role
#     instead of AWS keys.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECS.8"]
#     NIST-800-53: ["IA-5", "SC-28"]
#   example: |
#     resource "aws_ecs_task_definition" "app" {
#       family = "app"
#       container_definitions = jsonencode([{
#         name        = "app"
#         image       = "nginx:1.27"
#         environment = [{ name = "DB_PASSWORD", value = "s3cr3t-passw0rd" }]
#       }])
#     }
package verdict.terraform.aws.ecs_environment_secrets

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("%s container %q passes secret %q as a plain environment variable", [r.address, compute.container_name(c), v.name]),
	"path": tf.attr_path(r, ["container_definitions"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_task_definition")
	some c in compute.containers(r)
	is_array(c.environment)
	some v in c.environment
	is_string(v.name)
	compute.plain_secret(v.name, v.value)
}
