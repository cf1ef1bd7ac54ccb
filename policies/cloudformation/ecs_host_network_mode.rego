# METADATA
# title: ECS task definition uses host network mode
# description: >-
#   An `AWS::ECS::TaskDefinition` with `NetworkMode: host` puts its containers
#   in the container instance's own network namespace: they can bind any host
#   port, reach services listening on the host's loopback (the ECS agent
#   introspection API among them), and share the instance's security groups,
#   so tasks cannot be isolated from each other by network policy. Reported
#   at `NetworkMode` when it is `host` (or a parameter defaulting to it).
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-taskdefinition.html#cfn-ecs-taskdefinition-networkmode
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html
# custom:
#   id: VD-CFN-060
#   severity: medium
#   remediation: >-
#     Use `NetworkMode: awsvpc` (each task gets its own ENI and security
#     groups) or `bridge`; remove `NetworkMode: host`.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["SC-7"]
#   example: |
#     Resources:
#       Task:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           NetworkMode: host
#           ContainerDefinitions:
#             - Name: app
#               Image: nginx:1.27
package verdict.cloudformation.ecs_host_network_mode

import data.verdict.lib.cloudformation as cfn
import rego.v1

deny contains {
	"msg": sprintf("task definition %q uses the host network mode", [r.name]),
	"path": array.concat(r.path, ["NetworkMode"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::ECS::TaskDefinition")
	"NetworkMode" in object.keys(r.properties)
	every c in cfn.candidates(r.properties.NetworkMode) {
		is_string(c.value)
		lower(c.value) == "host"
	}
}
