# METADATA
# title: VPC endpoint policy allows full access
# description: >-
#   An `aws_vpc_endpoint` (or `aws_vpc_endpoint_policy`) whose policy allows
#   any principal every action on every resource with no condition, or a
#   gateway endpoint (the default `vpc_endpoint_type`, used for S3 and
#   DynamoDB) with no `policy`, which AWS fills with exactly that: the VPC
#   can reach any bucket or table of any account through it, the easiest
#   exfiltration path out of a private network.
# related_resources:
#   - https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_endpoint#policy
# custom:
#   id: VD-TF-AWS-048
#   severity: medium
#   remediation: >-
#     Write a `policy` that allows only your resources (bucket or table ARNs)
#     or your organization (`aws:ResourceOrgID` / `aws:PrincipalOrgID`
#     conditions).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["AC-4", "SC-7"]
#   example: |
#     resource "aws_vpc_endpoint" "s3" {
#       vpc_id       = aws_vpc.main.id
#       service_name = "com.amazonaws.eu-west-1.s3"
#     }
package verdict.terraform.aws.vpc_endpoint_policy

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_aws as aws
import data.verdict.lib.terraform_aws_identity as id
import rego.v1

deny contains {
	"msg": sprintf("%s allows any principal %q on every resource", [st.address, action]),
	"path": id.stmt_path(st, "actions"),
	"resource": st.address,
} if {
	some st in id.statements
	"endpoint" in st.kinds
	id.allows(st)
	id.public_principal(st)
	id.unconditioned(st)
	some action in st.actions
	id.full_wildcard(action)
	"*" in st.resources
}

deny contains {
	"msg": sprintf("gateway endpoint %s has no policy: AWS allows full access through it", [r.address]),
	"path": r.path,
	"resource": r.address,
} if {
	some r in tf.of_type("aws_vpc_endpoint")
	aws.value(r, ["vpc_endpoint_type"], "Gateway") == "Gateway"
	aws.value(r, ["policy"], "") == ""
	not separate_policy(r)
}

# An aws_vpc_endpoint_policy of the module refers to the endpoint (or might).
separate_policy(r) if id.referenced_by(r, "aws_vpc_endpoint_policy", "vpc_endpoint_id")
