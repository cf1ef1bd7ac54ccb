# METADATA
# title: ECS task EFS volume without encryption in transit
# description: >-
#   A `volume` of an `aws_ecs_task_definition` whose
#   `efs_volume_configuration` leaves `transit_encryption` at "DISABLED" (the
#   default) mounts the EFS file system over unencrypted NFS, so file data
#   crosses the network in clear text. The finding points at the argument or
#   the block.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#transit_encryption
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
# custom:
#   id: VD-TF-AWS-131
#   severity: medium
#   remediation: >-
#     Set `transit_encryption = "ENABLED"` in `efs_volume_configuration` (and
#     use an access point with `authorization_config { iam = "ENABLED" }`).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "aws_ecs_task_definition" "app" {
#       family                = "app"
#       container_definitions = jsonencode([{ name = "app", image = "nginx:1.27" }])
#       volume {
#         name = "data"
#         efs_volume_configuration {
#           file_system_id = aws_efs_file_system.data.id
#         }
#       }
#     }
package verdict.terraform.aws.ecs_efs_transit_encryption

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import rego.v1

deny contains {
	"msg": sprintf("%s volume %d mounts EFS without encryption in transit", [r.address, i]),
	"path": aws.arg_path(r, keys),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ecs_task_definition")
	is_array(r.config.volume)
	some i, v in r.config.volume
	is_array(v.efs_volume_configuration)
	count(v.efs_volume_configuration) > 0
	keys := ["volume", i, "efs_volume_configuration", 0, "transit_encryption"]
	upper(aws.value(r, keys, "DISABLED")) == "DISABLED"
}
