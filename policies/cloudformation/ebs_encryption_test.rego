package verdict.cloudformation.ebs_encryption_test

import data.verdict.cloudformation.ebs_encryption as ebs
import rego.v1

volume(props) := {"Resources": {"Data": {"Type": "AWS::EC2::Volume", "Properties": object.union({"AvailabilityZone": "us-east-1a", "Size": 100}, props)}}}

test_unencrypted_volume_fires if {
	some r in ebs.deny with input as volume({})
	r.path == ["Resources", "Data", "Properties"]
	r.resource == "Data"
}

test_encrypted_false_fires if {
	some r in ebs.deny with input as volume({"Encrypted": "false"})
	r.path == ["Resources", "Data", "Properties", "Encrypted"]
}

test_encrypted_passes if {
	count(ebs.deny) == 0 with input as volume({"Encrypted": true})
	count(ebs.deny) == 0 with input as volume({"Encrypted": {"Fn::If": ["Encrypt", true, false]}})
}
