package verdict.cloudformation.nacl_admin_ports_test

import data.verdict.cloudformation.nacl_admin_ports as nacl
import rego.v1

entry(props) := {"Resources": {"E": {"Type": "AWS::EC2::NetworkAclEntry", "Properties": object.union({"NetworkAclId": {"Ref": "Acl"}, "RuleNumber": 100, "RuleAction": "allow", "CidrBlock": "0.0.0.0/0"}, props)}}}

test_all_protocols_fires if {
	some r in nacl.deny with input as entry({"Protocol": -1})
	r.path == ["Resources", "E", "Properties", "CidrBlock"]
	r.msg == "network ACL entry \"E\" allows ingress from 0.0.0.0/0 to admin port(s) 22, 3389"
}

test_ssh_range_fires if {
	some r in nacl.deny with input as entry({"Protocol": "6", "Egress": false, "PortRange": {"From": 20, "To": 30}})
	contains(r.msg, "22")
	count(nacl.deny) == 1 with input as entry({"Protocol": 6, "PortRange": {"From": 3389, "To": 3389}, "CidrBlock": {"Ref": "AWS::NoValue"}, "Ipv6CidrBlock": "::/0"})
}

test_safe_entries_pass if {
	count(nacl.deny) == 0 with input as entry({"Protocol": 6, "PortRange": {"From": 443, "To": 443}})
	count(nacl.deny) == 0 with input as entry({"Protocol": -1, "Egress": true})
	count(nacl.deny) == 0 with input as entry({"Protocol": -1, "RuleAction": "deny"})
	count(nacl.deny) == 0 with input as entry({"Protocol": -1, "CidrBlock": "10.0.0.0/16"})
}

test_unknown_passes if {
	count(nacl.deny) == 0 with input as entry({"Protocol": -1, "CidrBlock": {"Ref": "Cidr"}})
	count(nacl.deny) == 0 with input as entry({"Protocol": 6, "PortRange": {"From": {"Ref": "P"}, "To": {"Ref": "P"}}})
	count(nacl.deny) == 0 with input as entry({"Protocol": -1, "Egress": {"Fn::If": ["Out", true, false]}})
}
