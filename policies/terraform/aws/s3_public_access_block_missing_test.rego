package verdict.terraform.aws.s3_public_access_block_missing_test

import data.verdict.terraform.aws.s3_public_access_block_missing as missing
import rego.v1

test_bucket_without_block_fires if {
	inp := {"resource": {"aws_s3_bucket": {"assets": [{"bucket": "acme-assets"}]}}}
	[r] := [x | some x in missing.deny] with input as inp
	r.path == ["resource", "aws_s3_bucket", "assets", 0]
}

test_bucket_with_block_passes if {
	inp := {"resource": {
		"aws_s3_bucket": {"assets": [{"bucket": "acme-assets"}]},
		"aws_s3_bucket_public_access_block": {"assets": [{"bucket": "${aws_s3_bucket.assets.id}", "block_public_acls": true}]},
	}}
	count(missing.deny) == 0 with input as inp
}

test_block_for_another_bucket_does_not_cover if {
	inp := {"resource": {
		"aws_s3_bucket": {"assets": [{"bucket": "acme-assets"}], "assets_old": [{"bucket": "acme-assets-old"}]},
		"aws_s3_bucket_public_access_block": {"assets": [{"bucket": "${aws_s3_bucket.assets.id}"}]},
	}}
	{r.resource | some r in missing.deny} == {"aws_s3_bucket.assets_old"} with input as inp
}

test_account_level_block_covers_every_bucket if {
	inp := {"resource": {
		"aws_s3_bucket": {"assets": [{"bucket": "acme-assets"}]},
		"aws_s3_account_public_access_block": {"this": [{"block_public_acls": true}]},
	}}
	count(missing.deny) == 0 with input as inp
}
