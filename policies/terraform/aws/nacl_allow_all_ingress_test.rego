package verdict.terraform.aws.nacl_allow_all_ingress_test

import data.verdict.lib.terraform_aws_identity_test as fx
import data.verdict.terraform.aws.nacl_allow_all_ingress as rule
import rego.v1

entry(n, action, cidr) := {"rule_no": n, "protocol": "-1", "action": action, "cidr_block": cidr, "from_port": 0, "to_port": 0}

test_allow_all_without_deny_fires if {
	inp := fx.hcl("aws_network_acl", {"ingress": [entry(100, "allow", "0.0.0.0/0")]})
	[r] := [x | some x in rule.deny] with input as inp
	r.path == ["resource", "aws_network_acl", "this", 0, "ingress", 0, "cidr_block"]
	contains(r.msg, "(rule 100)")
}

test_deny_after_the_allow_does_not_help if {
	ssh := {"rule_no": 200, "protocol": "tcp", "action": "deny", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}
	inp := fx.hcl("aws_default_network_acl", {"ingress": [entry(100, "allow", "0.0.0.0/0"), ssh]})
	count(rule.deny) == 1 with input as inp
}

test_preceding_deny_private_or_ported_passes if {
	ssh := {"rule_no": 90, "protocol": "tcp", "action": "deny", "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}
	count(rule.deny) == 0 with input as fx.hcl("aws_network_acl", {"ingress": [ssh, entry(100, "allow", "0.0.0.0/0")]})
	count(rule.deny) == 0 with input as fx.hcl("aws_network_acl", {"ingress": [entry(100, "allow", "10.0.0.0/8")]})
	count(rule.deny) == 0 with input as fx.hcl("aws_network_acl", {"ingress": [{"rule_no": 100, "protocol": "tcp", "action": "allow", "cidr_block": "0.0.0.0/0", "from_port": 443, "to_port": 443}]})
	count(rule.deny) == 0 with input as fx.hcl("aws_network_acl", {"ingress": [entry("${var.n}", "allow", "0.0.0.0/0")]})
}

acl_rules(rules) := {"resource": {"aws_network_acl": {"public": [{"vpc_id": "${aws_vpc.main.id}"}]}, "aws_network_acl_rule": rules}}

rule_resource(acl, n, action, egress) := [{"network_acl_id": acl, "rule_number": n, "egress": egress, "protocol": "-1", "rule_action": action, "cidr_block": "0.0.0.0/0"}]

test_separate_rules_by_acl if {
	allow := rule_resource("${aws_network_acl.public.id}", 100, "allow", false)
	[r] := [x | some x in rule.deny] with input as acl_rules({"all": allow})
	r.path == ["resource", "aws_network_acl_rule", "all", 0, "cidr_block"]
	r.resource == "aws_network_acl_rule.all"

	# A deny of the same ACL before it, or of an unknown ACL, or with an unknown number.
	count(rule.deny) == 0 with input as acl_rules({"all": allow, "deny": rule_resource("${aws_network_acl.public.id}", 50, "deny", false)})
	count(rule.deny) == 0 with input as acl_rules({"all": allow, "deny": rule_resource("${var.acl_id}", 50, "deny", false)})
	count(rule.deny) == 0 with input as acl_rules({"all": allow, "deny": rule_resource("${aws_network_acl.public.id}", "${var.n}", "deny", false)})
	count(rule.deny) == 0 with input as acl_rules({"all": allow, "deny": rule_resource("${aws_network_acl.public.id}", 50, "${var.action}", false)})

	# Not: a deny of another ACL, an egress deny, a later deny.
	count(rule.deny) == 1 with input as acl_rules({"all": allow, "deny": rule_resource("acl-0123", 50, "deny", false)})
	count(rule.deny) == 1 with input as acl_rules({"all": allow, "deny": rule_resource("${aws_network_acl.public.id}", 50, "deny", true)})
	count(rule.deny) == 1 with input as acl_rules({"all": allow, "deny": rule_resource("${aws_network_acl.public.id}", 150, "deny", false)})

	# An egress allow.
	count(rule.deny) == 0 with input as acl_rules({"all": rule_resource("${aws_network_acl.public.id}", 100, "allow", true)})
}
