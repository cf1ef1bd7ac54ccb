package verdict.cloudformation.elasticache_at_rest_encryption_test

import data.verdict.cloudformation.elasticache_at_rest_encryption as ar
import rego.v1

group(props) := {"Resources": {"C": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": object.union({"ReplicationGroupDescription": "c", "Engine": "redis"}, props)}}}

test_unencrypted_fires if {
	some r in ar.deny with input as group({})
	r.path == ["Resources", "C", "Properties"]
	some s in ar.deny with input as group({"AtRestEncryptionEnabled": false})
	s.path == ["Resources", "C", "Properties", "AtRestEncryptionEnabled"]
}

test_encrypted_passes if {
	count(ar.deny) == 0 with input as group({"AtRestEncryptionEnabled": "true"})
}

test_unknown_passes if {
	count(ar.deny) == 0 with input as group({"AtRestEncryptionEnabled": {"Ref": "Enc"}})
	count(ar.deny) == 0 with input as group({"AtRestEncryptionEnabled": {"Fn::If": ["Enc", true, false]}})
}
