# METADATA
# title: ECS task mounts an EFS volume without encryption in transit
# description: >-
#   A `Volumes` entry of an `AWS::ECS::TaskDefinition` whose
#   `EFSVolumeConfiguration` does not set `TransitEncryption: ENABLED` (the
#   default is `DISABLED`) mounts the file system over plain NFS: file
#   contents cross the network between the task and the EFS mount target
#   unencrypted. Reported at `TransitEncryption` when it is written, else at
#   `EFSVolumeConfiguration`; unresolved values are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
# custom:
#   id: VD-CFN-063
#   severity: medium
#   remediation: >-
#     Set `TransitEncryption: ENABLED` in the volume's
#     `EFSVolumeConfiguration` (and `AuthorizationConfig: {IAM: ENABLED,
#     AccessPointId: ...}` to authorize the mount with the task role).
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["SC-8"]
#   example: |
#     Resources:
#       Task:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           ContainerDefinitions:
#             - Name: app
#               Image: app:1.0
#           Volumes:
#             - Name: shared
#               EFSVolumeConfiguration:
#                 FilesystemId: fs-12345678
package verdict.cloudformation.ecs_efs_transit_encryption

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("task definition %q mounts EFS volume %s without encryption in transit", [r.name, w.container_name(v)]),
	"path": w.path_to(r.path, r.properties, keys),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ECS::TaskDefinition")
	some i, v in w.list(r.properties.Volumes)
	efs := w.get(r.properties, ["Volumes", i, "EFSVolumeConfiguration"])
	is_object(efs.value)
	keys := ["Volumes", i, "EFSVolumeConfiguration", "TransitEncryption"]
	transit := w.get(r.properties, keys)
	not_enabled(transit)
}

not_enabled(c) if c.absent == true

not_enabled(c) if w.lowered(c) == "disabled"
