# METADATA
# title: S3 bucket ACL grants public access
# description: >-
#   A canned ACL `public-read`, `public-read-write` or `authenticated-read`
#   (on `aws_s3_bucket` or `aws_s3_bucket_acl`), or a grant to the AllUsers or
#   AuthenticatedUsers group, makes the bucket readable (or writable) by
#   anyone on the internet or any AWS account.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_acl
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
# custom:
#   id: VD-TF-AWS-005
#   severity: high
#   remediation: >-
#     Use `acl = "private"` (or remove the ACL and set `object_ownership =
#     "BucketOwnerEnforced"` in `aws_s3_bucket_ownership_controls`), remove
#     grants to the AllUsers/AuthenticatedUsers groups, and serve public
#     content through CloudFront with origin access control.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     AWS-FSBP: ["S3.2", "S3.3"]
#     NIST-800-53: ["AC-3", "AC-21"]
#   example: |
#     resource "aws_s3_bucket_acl" "site" {
#       bucket = aws_s3_bucket.site.id
#       acl    = "public-read"
#     }
package verdict.terraform.aws.s3_public_acl

import data.verdict.lib.terraform as tf
import rego.v1

public_acls := {"public-read", "public-read-write", "authenticated-read"}

public_groups := {
	"http://acs.amazonaws.com/groups/global/AllUsers",
	"http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
}

targets := {r | some r in tf.resources; r.type in {"aws_s3_bucket", "aws_s3_bucket_acl"}}

deny contains {
	"msg": sprintf("%s has the public canned ACL %q", [r.address, r.config.acl]),
	"path": tf.attr_path(r, ["acl"]),
	"resource": r.address,
} if {
	some r in targets
	r.config.acl in public_acls
}

# aws_s3_bucket_acl: access_control_policy { grant { grantee { uri } } }
deny contains {
	"msg": sprintf("%s grants %s to %s", [r.address, grant.permission, grantee.uri]),
	"path": tf.attr_path(r, ["access_control_policy", i, "grant", j, "grantee", k, "uri"]),
	"resource": r.address,
} if {
	some r in targets
	is_array(r.config.access_control_policy)
	some i, policy in r.config.access_control_policy
	is_array(policy.grant)
	some j, grant in policy.grant
	is_array(grant.grantee)
	some k, grantee in grant.grantee
	grantee.uri in public_groups
}

# aws_s3_bucket (provider v3): grant { type = "Group", uri, permissions }
deny contains {
	"msg": sprintf("%s grants %v to %s", [r.address, grant.permissions, grant.uri]),
	"path": tf.attr_path(r, ["grant", i, "uri"]),
	"resource": r.address,
} if {
	some r in targets
	is_array(r.config.grant)
	some i, grant in r.config.grant
	grant.uri in public_groups
}
