# METADATA
# title: ECS container runs as root
# description: >-
#   A container in the `container_definitions` of an
#   `aws_ecs_task_definition` with `"user"` set to "root" or "0" (optionally
#   with a group) runs its process as root: a breakout or a kernel bug goes
#   straight to root on the host. Containers without `user` take the image's
#   user, which is not judged here; the finding points at
#   `container_definitions`.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: VD-TF-AWS-128
#   severity: medium
#   remediation: >-
#     Set `user` to an unprivileged uid (e.g. "1000:1000") and build the image
#     so the application runs as that user.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-6"]
#   example: |
#     resource "aws_ecs_task_definition" "app" {
#       family = "app"
#       container_definitions = jsonencode([{
#         name  = "app"
#         image = "nginx:1.27"
#         user  = "root"
#       }])
#     }
package verdict.terraform.aws.ecs_container_root_user

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws_compute as compute
import rego.v1

deny contains {
	"msg": sprintf("%s container %q runs as root (user %q)", [r.address, compute.container_name(c), c.user]),
	"path": tf.attr_path(r, ["container_definitions"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_task_definition")
	some c in compute.containers(r)
	is_string(c.user)
	split(c.user, ":")[0] in {"root", "0"}
}
