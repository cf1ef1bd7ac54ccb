# METADATA
# title: Lambda permission lets anyone invoke the function
# description: >-
#   An `AWS::Lambda::Permission` with `Principal: "*"` and none of
#   `SourceArn`, `SourceAccount` or `PrincipalOrgID` adds a statement to the
#   function's resource-based policy that lets any AWS account invoke it (and
#   with `lambda:InvokeFunctionUrl` and an unauthenticated URL, anyone on the
#   Internet). Reported at `Principal`.
# related_resources:
#   - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html
#   - https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
# custom:
#   id: VD-CFN-068
#   severity: high
#   remediation: >-
#     Set `Principal` to the account, role or service that invokes the
#     function, and for a service add `SourceArn` (and `SourceAccount`); to
#     share within an organization keep `"*"` with `PrincipalOrgID`.
#   kinds: [cloudformation]
#   frameworks:
#     AWS-FSBP: ["Lambda.1"]
#     NIST-800-53: ["AC-3", "AC-6"]
#     PCI-DSS-4.0: ["7.2.1"]
#   example: |
#     Resources:
#       Invoke:
#         Type: AWS::Lambda::Permission
#         Properties:
#           FunctionName: !Ref Fn
#           Action: lambda:InvokeFunction
#           Principal: "*"
package verdict.cloudformation.lambda_permission_public

import data.verdict.lib.cloudformation as cfn
import data.verdict.lib.cloudformation_workloads as w
import rego.v1

deny contains {
	"msg": sprintf("Lambda permission %q lets any principal invoke the function", [r.name]),
	"path": array.concat(r.path, ["Principal"]),
	"resource": r.name,
} if {
	some r in cfn.of_type("AWS::Lambda::Permission")
	cfn.value(r.properties.Principal) == "*"
	w.off(w.get(r.properties, ["SourceArn"]))
	w.off(w.get(r.properties, ["SourceAccount"]))
	w.off(w.get(r.properties, ["PrincipalOrgID"]))
}
