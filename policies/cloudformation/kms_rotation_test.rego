package verdict.cloudformation.kms_rotation_test

import data.verdict.cloudformation.kms_rotation as kms
import rego.v1

key(props) := {"Resources": {"Key": {"Type": "AWS::KMS::Key", "Properties": object.union({"KeyPolicy": {}}, props)}}}

test_default_key_fires if {
	some r in kms.deny with input as key({})
	r.path == ["Resources", "Key", "Properties"]
	r.resource == "Key"
}

test_rotation_false_fires if {
	some r in kms.deny with input as key({"EnableKeyRotation": false, "KeySpec": "SYMMETRIC_DEFAULT"})
	r.path == ["Resources", "Key", "Properties", "EnableKeyRotation"]
}

test_rotating_key_passes if {
	count(kms.deny) == 0 with input as key({"EnableKeyRotation": true})
	count(kms.deny) == 0 with input as key({"EnableKeyRotation": "true"})
}

test_keys_that_cannot_rotate_pass if {
	count(kms.deny) == 0 with input as key({"KeySpec": "RSA_2048", "KeyUsage": "SIGN_VERIFY"})
	count(kms.deny) == 0 with input as key({"KeySpec": "HMAC_256", "KeyUsage": "GENERATE_VERIFY_MAC"})
	count(kms.deny) == 0 with input as key({"Origin": "EXTERNAL"})
	count(kms.deny) == 0 with input as key({"KeySpec": {"Ref": "Spec"}})
}
