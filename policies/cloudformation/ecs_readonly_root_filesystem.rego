# METADATA
# title: ECS container root filesystem is writable
# description: >-
#   A container definition of an `AWS::ECS::TaskDefinition` without
#   `ReadonlyRootFilesystem: true` (the default is false) lets a compromised
#   process modify the image's binaries and configuration and drop tools
#   anywhere; a read-only root filesystem with explicit volumes for the paths
#   the application writes limits what an attacker can persist. A warning:
#   some images need a writable root. Reported at `ReadonlyRootFilesystem`
#   when it is written, else at the container definition.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-readonlyrootfilesystem
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-tasks-containers.html
# custom:
#   id: VD-CFN-059
#   severity: low
#   remediation: >-
#     Set `ReadonlyRootFilesystem: true` on the container definition and mount
#     a volume (or `LinuxParameters.Tmpfs`) for each directory the application
#     must write.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ECS.5"]
#     NIST-800-53: ["CM-7"]
#   example: |
#     Resources:
#       Task:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           ContainerDefinitions:
#             - Name: app
#               Image: nginx:1.27
package verdict.cloudformation.ecs_readonly_root_filesystem

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

warn contains {
	"msg": sprintf("task definition %q gives container %s a writable root filesystem", [r.name, w.container_name(cd)]),
	"path": finding_path(path, cd),
	"resource": r.name,
} if {
	some [r, path, cd] in w.containers
	cfn.never_true(cd, "ReadonlyRootFilesystem")
}

finding_path(path, cd) := array.concat(path, ["ReadonlyRootFilesystem"]) if "ReadonlyRootFilesystem" in object.keys(cd)

else := path
