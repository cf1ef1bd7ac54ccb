package verdict.cloudformation.s3_public_access_block_test

import data.verdict.cloudformation.s3_public_access_block as pab
import rego.v1

bucket(props) := {"Resources": {"Site": {"Type": "AWS::S3::Bucket", "Properties": props}}}

full := {"BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true, "RestrictPublicBuckets": true}

test_missing_block_fires if {
	some r in pab.deny with input as bucket({"BucketName": "site"})
	r.path == ["Resources", "Site", "Properties"]
	r.resource == "Site"
}

test_setting_false_fires if {
	block := object.union(full, {"BlockPublicPolicy": false})
	some r in pab.deny with input as bucket({"PublicAccessBlockConfiguration": block})
	r.path == ["Resources", "Site", "Properties", "PublicAccessBlockConfiguration"]
	contains(r.msg, "BlockPublicPolicy")
	not contains(r.msg, "BlockPublicAcls")
}

test_setting_left_out_fires if {
	block := object.remove(full, ["RestrictPublicBuckets"])
	some r in pab.deny with input as bucket({"PublicAccessBlockConfiguration": block})
	contains(r.msg, "RestrictPublicBuckets")
}

test_string_booleans_of_json_templates if {
	block := {"BlockPublicAcls": "true", "IgnorePublicAcls": "true", "BlockPublicPolicy": "true", "RestrictPublicBuckets": "false"}
	some r in pab.deny with input as bucket({"PublicAccessBlockConfiguration": block})
	contains(r.msg, "RestrictPublicBuckets")
	count(pab.deny) == 0 with input as bucket({"PublicAccessBlockConfiguration": object.union(block, {"RestrictPublicBuckets": "True"})})
}

test_full_block_passes if {
	count(pab.deny) == 0 with input as bucket({"PublicAccessBlockConfiguration": full})
}

test_parameterised_settings_are_unknown if {
	block := object.union(full, {"BlockPublicPolicy": {"Ref": "BlockPolicy"}})
	count(pab.deny) == 0 with input as bucket({"PublicAccessBlockConfiguration": block})
	count(pab.deny) == 0 with input as bucket({"PublicAccessBlockConfiguration": {"Fn::If": ["Public", {}, full]}})
}

test_parameter_default_false_fires if {
	block := object.union(full, {"BlockPublicPolicy": {"Ref": "BlockPolicy"}})
	tmpl := object.union(bucket({"PublicAccessBlockConfiguration": block}), {"Parameters": {"BlockPolicy": {"Type": "String", "Default": "false"}}})
	count(pab.deny) == 1 with input as tmpl
}
