package verdict.terraform.aws.s3_public_acl_test

import data.verdict.terraform.aws.s3_public_acl
import rego.v1

test_public_read_acl_resource_fires if {
	inp := {"resource": {"aws_s3_bucket_acl": {"site": [{"bucket": "${aws_s3_bucket.site.id}", "acl": "public-read"}]}}}
	[r] := [x | some x in s3_public_acl.deny] with input as inp
	r.path == ["resource", "aws_s3_bucket_acl", "site", 0, "acl"]
	r.resource == "aws_s3_bucket_acl.site"
}

test_legacy_bucket_acl_fires if {
	inp := {"resource": {"aws_s3_bucket": {"site": [{"bucket": "site", "acl": "public-read-write"}]}}}
	count(s3_public_acl.deny) == 1 with input as inp
}

test_private_acl_passes if {
	inp := {"resource": {
		"aws_s3_bucket": {"site": [{"bucket": "site", "acl": "private"}]},
		"aws_s3_bucket_acl": {"site": [{"bucket": "site", "acl": "${var.acl}"}]},
	}}
	count(s3_public_acl.deny) == 0 with input as inp
}

test_grant_to_all_users_fires if {
	inp := {"resource": {"aws_s3_bucket_acl": {"site": [{
		"bucket": "site",
		"access_control_policy": [{
			"owner": [{"id": "abc"}],
			"grant": [
				{"permission": "FULL_CONTROL", "grantee": [{"type": "CanonicalUser", "id": "abc"}]},
				{"permission": "READ", "grantee": [{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}]},
			],
		}],
	}]}}}
	[r] := [x | some x in s3_public_acl.deny] with input as inp
	r.path == ["resource", "aws_s3_bucket_acl", "site", 0, "access_control_policy", 0, "grant", 1, "grantee", 0, "uri"]
}

test_legacy_grant_fires if {
	inp := {"resource": {"aws_s3_bucket": {"site": [{
		"bucket": "site",
		"grant": [
			{"type": "Group", "uri": "http://acs.amazonaws.com/groups/s3/LogDelivery", "permissions": ["WRITE"]},
			{"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "permissions": ["READ"]},
		],
	}]}}}
	[r] := [x | some x in s3_public_acl.deny] with input as inp
	r.path == ["resource", "aws_s3_bucket", "site", 0, "grant", 1, "uri"]
}
