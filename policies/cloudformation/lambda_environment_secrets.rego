# METADATA
# title: Lambda function has a secret in plain environment variables
# description: >-
#   An `AWS::Lambda::Function` whose `Environment.Variables` has a variable
#   named like a credential (`*PASSWORD*`, `*SECRET*`, `*API_KEY*`,
#   `*TOKEN`-style names, not `*_ARN`/`*_NAME`/`*_ID` pointers) with a
#   literal value, or any variable holding an AWS access key, puts the secret
#   in clear text in the template and in the function configuration, where
#   `lambda:GetFunctionConfiguration` and the console show it. A value from a
#   parameter counts by the parameter's `Default`; unresolved values are not
#   reported.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-environment.html
#   - https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
#   - https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html
# custom:
#   id: VD-CFN-071
#   severity: high
#   remediation: >-
#     Store the secret in Secrets Manager or SSM Parameter Store, pass only its
#     ARN or name in the environment and read it at run time (the Parameters
#     and Secrets Lambda extension caches it); rotate the exposed secret.
#   kinds: [cloudformation]
#   frameworks:
#     NIST-800-53: ["IA-5", "SC-28"]
#     PCI-DSS-4.0: ["8.3.2"]
#   example: |
#     Resources:
#       Fn:
#         Type: AWS::Lambda::Function
#         Properties:
#           Runtime: python3.13
#           Handler: index.handler
#           Role: arn:aws:iam::123456789012:role/fn
#           Code:
#             ZipFile: "def handler(e, c): return e"
#           Environment:
#             Variables:
#               API_KEY: sk-live-0123456789abcdef
package verdict.cloudformation.lambda_environment_secrets

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("Lambda function %q sets %s in plain text in its environment", [r.name, what]),
	"path": array.concat(r.path, ["Environment", "Variables", name]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Lambda::Function")
	vars := cfn.value(cfn.value(r.properties.Environment).Variables)
	is_object(vars)
	not cfn.intrinsic(vars)
	some name, v in vars
	what := leaked(name, cfn.value(v))
}

leaked(name, value) := sprintf("secret %q", [name]) if {
	w.secret_name(name)
	w.literal_secret(value)
} else := sprintf("an AWS access key (%q)", [name]) if {
	is_string(value)
	w.aws_key_in(value)
}
