package verdict.cloudformation.efs_encryption_test

import data.verdict.cloudformation.efs_encryption as efs
import rego.v1

fs(props) := {"Resources": {"F": {"Type": "AWS::EFS::FileSystem", "Properties": props}}}

test_unencrypted_fires if {
	some r in efs.deny with input as fs({})
	r.path == ["Resources", "F", "Properties"]
	some s in efs.deny with input as fs({"Encrypted": false})
	s.path == ["Resources", "F", "Properties", "Encrypted"]
}

test_encrypted_passes if {
	count(efs.deny) == 0 with input as fs({"Encrypted": true})
}

test_unknown_passes if {
	count(efs.deny) == 0 with input as fs({"Encrypted": {"Ref": "Enc"}})
	count(efs.deny) == 0 with input as fs({"Encrypted": {"Fn::If": ["Enc", true, false]}})
}
