# METADATA
# title: ECS task definition uses the host network mode
# description: >-
#   An `aws_ecs_task_definition` with `network_mode = "host"` shares the
#   container instance's network stack with its containers: they can bind any
#   host port, reach services listening on the host's loopback interface and
#   bypass the task-level isolation of the `awsvpc` mode (its own network
#   interface and security groups). The default ("bridge" on EC2) is not
#   judged; the finding points at `network_mode`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#network_mode
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
# custom:
#   id: VD-TF-AWS-126
#   severity: medium
#   remediation: >-
#     Use `network_mode = "awsvpc"` (each task gets its own network interface
#     and security groups) or "bridge".
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-7"]
#   example: |
#     resource "aws_ecs_task_definition" "app" {
#       family                = "app"
#       network_mode          = "host"
#       container_definitions = jsonencode([{ name = "app", image = "nginx:1.27" }])
#     }
package verdict.terraform.aws.ecs_host_network_mode

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s uses the host network mode", [r.address]),
	"path": tf.attr_path(r, ["network_mode"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_task_definition")
	aws.value(r, ["network_mode"], "") == "host"
}
