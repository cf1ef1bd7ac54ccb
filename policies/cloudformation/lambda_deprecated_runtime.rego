# METADATA
# title: Lambda function uses a deprecated runtime
# description: >-
#   An `AWS::Lambda::Function` whose `Runtime` is past its Lambda deprecation
#   date no longer gets security patches, and AWS blocks creating and then
#   updating functions on it. The runtimes are
#   `data.verdict.config.lambda_deprecated_runtimes` (default: the runtimes
#   deprecated by the end of 2025 — nodejs through nodejs18.x, python2.7
#   through python3.9, ruby2.5, ruby2.7, java8, go1.x, provided, dotnetcore1.0
#   through dotnetcore3.1, dotnet5.0, dotnet6, dotnet7). Reported at
#   `Runtime`.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html#cfn-lambda-function-runtime
#   - https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
# custom:
#   id: VD-CFN-070
#   severity: medium
#   remediation: >-
#     Move the function to a supported runtime of the same language (e.g.
#     `python3.13`, `nodejs22.x`, `java21`, `provided.al2023`) and test it.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Lambda.2"]
#     NIST-800-53: ["SI-2", "SA-22"]
#     PCI-DSS-4.0: ["6.3.3"]
#   example: |
#     Resources:
#       Fn:
#         Type: AWS::Lambda::Function
#         Properties:
#           Runtime: python3.7
#           Handler: index.handler
#           Role: arn:aws:iam::123456789012:role/fn
#           Code:
#             ZipFile: "def handler(e, c): return e"
package verdict.cloudformation.lambda_deprecated_runtime

import data.verdict.lib.cloudformation as cfn
import rego.v1

deprecated := cfn.config("lambda_deprecated_runtimes", [
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x",
	"nodejs12.x", "nodejs14.x", "nodejs16.x", "nodejs18.x",
	"python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
	"ruby2.5", "ruby2.7", "java8", "go1.x", "provided",
	"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7",
])

deny contains {
	"msg": sprintf("Lambda function %q uses the deprecated runtime %s", [r.name, runtime]),
	"path": array.concat(r.path, ["Runtime"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Lambda::Function")
	runtime := cfn.value(r.properties.Runtime)
	runtime in deprecated
}
