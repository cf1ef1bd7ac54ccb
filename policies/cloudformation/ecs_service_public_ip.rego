# METADATA
# title: ECS service assigns public IP addresses to its tasks
# description: >-
#   An `AWS::ECS::Service` or `AWS::ECS::TaskSet` whose
#   `NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp` is `ENABLED`
#   gives every task's network interface a public IP address, reachable from
#   the Internet wherever its security groups allow. The default is
#   `DISABLED`; only an explicit `ENABLED` (or a parameter defaulting to it) is
#   reported, at that property.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-service-awsvpcconfiguration.html
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html
# custom:
#   id: VD-CFN-062
#   severity: medium
#   remediation: >-
#     Set `AssignPublicIp: DISABLED`, run the tasks in private subnets (with a
#     NAT gateway or VPC endpoints for image pulls) and publish them through a
#     load balancer.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["ECS.2"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.4.4"]
#   example: |
#     Resources:
#       Service:
#         Type: AWS::ECS::Service
#         Properties:
#           Cluster: main
#           TaskDefinition: app:1
#           NetworkConfiguration:
#             AwsvpcConfiguration:
#               AssignPublicIp: ENABLED
#               Subnets: [subnet-1]
package verdict.cloudformation.ecs_service_public_ip

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

keys := ["NetworkConfiguration", "AwsvpcConfiguration", "AssignPublicIp"]

deny contains {
	"msg": sprintf("%s %q assigns public IP addresses to its tasks", [kind(r), r.name]),
	"path": array.concat(r.path, keys),
	"resource": r.name,
} if {
	some r in cfn.resources
	r.type in {"AWS::ECS::Service", "AWS::ECS::TaskSet"}
	w.lowered(w.get(r.properties, keys)) == "enabled"
}

kind(r) := "ECS task set" if r.type == "AWS::ECS::TaskSet"

else := "ECS service"
