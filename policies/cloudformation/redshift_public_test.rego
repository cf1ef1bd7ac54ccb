package verdict.cloudformation.redshift_public_test

import data.verdict.cloudformation.redshift_public as rp
import rego.v1

cluster(props) := {"Resources": {"W": {"Type": "AWS::Redshift::Cluster", "Properties": object.union({"ClusterType": "single-node", "NodeType": "ra3.xlplus"}, props)}}}

test_public_fires if {
	some r in rp.deny with input as cluster({"PubliclyAccessible": true})
	r.path == ["Resources", "W", "Properties", "PubliclyAccessible"]
	count(rp.deny) == 1 with input as cluster({"PubliclyAccessible": "true"})
}

test_private_passes if {
	count(rp.deny) == 0 with input as cluster({})
	count(rp.deny) == 0 with input as cluster({"PubliclyAccessible": false})
}

test_unknown_passes if {
	count(rp.deny) == 0 with input as cluster({"PubliclyAccessible": {"Ref": "Public"}})
	count(rp.deny) == 0 with input as cluster({"PubliclyAccessible": {"Fn::If": ["Dev", true, false]}})
}
