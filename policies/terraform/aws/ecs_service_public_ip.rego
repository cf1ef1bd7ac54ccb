# METADATA
# title: ECS service assigns public IP addresses to its tasks
# description: >-
#   An `aws_ecs_service` whose `network_configuration` sets
#   `assign_public_ip = true` (the default is false) gives every task's
#   network interface a public address, reachable from the internet whenever
#   the subnet routes to an internet gateway. The finding points at the
#   argument.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service#assign_public_ip
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html
# custom:
#   id: VD-TF-AWS-130
#   severity: high
#   remediation: >-
#     Set `assign_public_ip = false`, run the tasks in private subnets and
#     expose them through a load balancer; pull images through a NAT gateway
#     or VPC endpoints.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECS.2"]
#     NIST-800-53: ["SC-7", "AC-4"]
#   example: |
#     resource "aws_ecs_service" "app" {
#       name            = "app"
#       cluster         = aws_ecs_cluster.main.id
#       task_definition = aws_ecs_task_definition.app.arn
#       network_configuration {
#         subnets          = var.subnet_ids
#         assign_public_ip = true
#       }
#     }
package verdict.terraform.aws.ecs_service_public_ip

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("ECS service %q assigns public IP addresses to its tasks", [r.address]),
	"path": tf.attr_path(r, ["network_configuration", 0, "assign_public_ip"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_service")
	is_array(r.config.network_configuration)
	aws.is_true(aws.value(r, ["network_configuration", 0, "assign_public_ip"], false))
}
