# METADATA
# title: ECS container runs privileged
# description: >-
#   A container definition of an `AWS::ECS::TaskDefinition` with `Privileged:
#   true` gets root on the container instance: every device, every capability
#   and no seccomp or AppArmor confinement, so a compromise of the container is
#   a compromise of the host and of every other task on it. Only an explicit
#   `true` (or a parameter defaulting to it, or every branch of an `Fn::If`)
#   is reported, at that property.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-privileged
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security
# custom:
#   id: VD-CFN-058
#   severity: high
#   remediation: >-
#     Remove `Privileged: true` from the container definition; grant only the
#     Linux capabilities the container needs with
#     `LinuxParameters.Capabilities.Add`.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ECS.4"]
#     NIST-800-53: ["AC-6"]
#   example: |
#     Resources:
#       Task:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           ContainerDefinitions:
#             - Name: app
#               Image: nginx:1.27
#               Privileged: true
package verdict.cloudformation.ecs_privileged_container

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("task definition %q runs container %s privileged", [r.name, w.container_name(cd)]),
	"path": array.concat(path, ["Privileged"]),
	"resource": r.name,
} if {
	some [r, path, cd] in w.containers
	cfn.always_true(cd.Privileged)
}
