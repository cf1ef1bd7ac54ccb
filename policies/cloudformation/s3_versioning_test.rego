package verdict.cloudformation.s3_versioning_test

import data.verdict.cloudformation.s3_versioning
import rego.v1

bucket(props) := {"Resources": {"Data": {"Type": "AWS::S3::Bucket", "Properties": props}}}

test_missing_versioning_fires if {
	some r in s3_versioning.deny with input as bucket({})
	r.path == ["Resources", "Data", "Properties"]
}

test_suspended_fires if {
	some r in s3_versioning.deny with input as bucket({"VersioningConfiguration": {"Status": "Suspended"}})
	r.path == ["Resources", "Data", "Properties", "VersioningConfiguration", "Status"]
	contains(r.msg, "Suspended")
}

test_enabled_passes if {
	count(s3_versioning.deny) == 0 with input as bucket({"VersioningConfiguration": {"Status": "Enabled"}})
}

test_conditional_status_is_unknown if {
	status := {"Fn::If": ["Prod", "Enabled", "Suspended"]}
	count(s3_versioning.deny) == 0 with input as bucket({"VersioningConfiguration": {"Status": status}})
}

test_parameter_default_suspended_fires if {
	tmpl := object.union(
		bucket({"VersioningConfiguration": {"Status": {"Ref": "Versioning"}}}),
		{"Parameters": {"Versioning": {"Type": "String", "Default": "Suspended", "AllowedValues": ["Enabled", "Suspended"]}}},
	)
	count(s3_versioning.deny) == 1 with input as tmpl
}
