# METADATA
# title: ECS task definition runs a privileged container
# description: >-
#   A container in the `container_definitions` of an
#   `aws_ecs_task_definition` with `"privileged": true` (the default is false)
#   runs with every Linux capability and the host's devices: a compromise of
#   the container is a compromise of the container instance and of every task
#   on it. Definitions written as an expression verdict cannot evaluate are
#   not judged; the finding points at `container_definitions`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: VD-TF-AWS-124
#   severity: high
#   remediation: >-
#     Remove `privileged = true` from the container definition; grant the
#     specific capabilities the container needs in
#     `linuxParameters.capabilities.add` instead.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECS.4"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "aws_ecs_task_definition" "app" {
#       family = "app"
#       container_definitions = jsonencode([{
#         name       = "app"
#         image      = "nginx:1.27"
#         privileged = true
#       }])
#     }
package verdict.terraform.aws.ecs_privileged_container

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("%s runs container %q privileged", [r.address, compute.container_name(c)]),
	"path": tf.attr_path(r, ["container_definitions"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_task_definition")
	some c in compute.containers(r)
	c.privileged == true
}
