package verdict.cloudformation.elasticache_transit_encryption_test

import data.verdict.cloudformation.elasticache_transit_encryption as et
import rego.v1

group(props) := {"Resources": {"C": {"Type": "AWS::ElastiCache::ReplicationGroup", "Properties": object.union({"ReplicationGroupDescription": "c", "Engine": "redis"}, props)}}}

test_plaintext_fires if {
	some r in et.deny with input as group({})
	r.path == ["Resources", "C", "Properties"]
	some s in et.deny with input as group({"TransitEncryptionEnabled": "false"})
	s.path == ["Resources", "C", "Properties", "TransitEncryptionEnabled"]
}

test_tls_passes if {
	count(et.deny) == 0 with input as group({"TransitEncryptionEnabled": true})
}

test_unknown_passes if {
	count(et.deny) == 0 with input as group({"TransitEncryptionEnabled": {"Ref": "Tls"}})
	count(et.deny) == 0 with input as group({"TransitEncryptionEnabled": {"Fn::If": ["Tls", true, false]}})
}
