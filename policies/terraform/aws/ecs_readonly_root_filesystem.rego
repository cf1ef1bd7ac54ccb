# METADATA
# title: ECS container root filesystem is writable
# description: >-
#   A container in the `container_definitions` of an
#   `aws_ecs_task_definition` without `"readonlyRootFilesystem": true` (the
#   default is false) can have its binaries and configuration rewritten by an
#   attacker who gets code execution in it, which makes persistence and
#   tampering easy. Definitions written as an expression verdict cannot
#   evaluate are not judged; one finding per container points at
#   `container_definitions`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: VD-TF-AWS-125
#   severity: low
#   remediation: >-
#     Set `readonlyRootFilesystem = true` in the container definition and
#     mount writable volumes (or `tmpfs` in `linuxParameters`) only where the
#     application writes.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["ECS.5"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "aws_ecs_task_definition" "app" {
#       family = "app"
#       container_definitions = jsonencode([{
#         name  = "app"
#         image = "nginx:1.27"
#       }])
#     }
package verdict.terraform.aws.ecs_readonly_root_filesystem

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

warn contains {
	"msg": sprintf("%s container %q has a writable root filesystem (readonlyRootFilesystem is not true)", [r.address, compute.container_name(c)]),
	"path": tf.attr_path(r, ["container_definitions"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_task_definition")
	some c in compute.containers(r)
	object.get(c, "readonlyRootFilesystem", false) != true
}
