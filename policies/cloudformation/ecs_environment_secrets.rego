# METADATA
# title: ECS container definition has a secret in plain environment variables
# description: >-
#   An `Environment` entry of an `AWS::ECS::TaskDefinition` container whose
#   `Name` says it is a credential (`*PASSWORD*`, `*SECRET*`, `*API_KEY*`,
#   `*TOKEN`-style names, not `*_ARN`/`*_NAME`/`*_ID` pointers) with a
#   literal `Value`, or any value holding an AWS access key, puts the secret in
#   clear text in the template, the task definition (readable with
#   `ecs:DescribeTaskDefinition`) and the console. A value from a parameter
#   counts by the parameter's `Default`; unresolved values are not reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-containerdefinition.html#cfn-ecs-taskdefinition-containerdefinition-environment
#   - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html
# custom:
#   id: VD-CFN-061
#   severity: high
#   remediation: >-
#     Move the value to Secrets Manager or SSM Parameter Store and reference it
#     from the container's `Secrets: [{Name: DB_PASSWORD, ValueFrom: <secret
#     or parameter ARN>}]` (the execution role needs read access); rotate the
#     exposed secret.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["IA-5", "SC-28"]
#     PCI-DSS-4.0: ["8.3.2"]
#   example: |
#     Resources:
#       Task:
#         Type: AWS::ECS::TaskDefinition
#         Properties:
#           ContainerDefinitions:
#             - Name: app
#               Image: app:1.0
#               Environment:
#                 - Name: DB_PASSWORD
#                   Value: hunter2hunter2
package verdict.cloudformation.ecs_environment_secrets

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("task definition %q sets %s in plain text in the environment of container %s", [r.name, what, w.container_name(cd)]),
	"path": array.concat(path, ["Environment", j, "Value"]),
	"resource": r.name,
} if {
	some [r, path, cd] in w.containers
	some j, e in w.list(cd.Environment)
	name := cfn.value(e.Name)
	value := cfn.value(e.Value)
	what := leaked(name, value)
}

leaked(name, value) := sprintf("secret %q", [name]) if {
	w.secret_name(name)
	w.literal_secret(value)
} else := sprintf("an AWS access key (%q)", [name]) if {
	is_string(value)
	w.aws_key_in(value)
}
