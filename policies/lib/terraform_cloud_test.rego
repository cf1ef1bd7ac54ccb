package verdict.lib.terraform_cloud_test

import data.verdict.lib.terraform_cloud as tc
import rego.v1

test_booleans if {
	tc.is_true(true)
	tc.is_true("True")
	not tc.is_true("${var.enabled}")
	tc.is_false(false)
	tc.is_false("false")
	not tc.is_false("${var.enabled}")
}

test_off if {
	tc.off({}, "x")
	tc.off({"x": null}, "x")
	tc.off({"x": "false"}, "x")
	not tc.off({"x": true}, "x")
	not tc.off({"x": "${var.x}"}, "x")
}

test_blocks if {
	tc.blocks({"b": [{"a": 1}, "junk"]}, "b") == [{"a": 1}]
	tc.blocks({"b": "${var.b}"}, "b") == []
	tc.blocks({}, "b") == []
}

test_dynamic_blocks if {
	tc.dynamic_block({"dynamic": {"rule": [{"for_each": "${var.rules}"}]}}, "rule")
	tc.dynamic_block({"dynamic": [{"rule": {"for_each": "${var.rules}"}}]}, "rule")
	not tc.dynamic_block({"rule": [{}]}, "rule")
}

test_port_specs if {
	tc.port_covered("*", 22)
	tc.port_covered("22", 22)
	tc.port_covered(22, 22)
	tc.port_covered("20-25", 22)
	not tc.port_covered("23-25", 22)
	not tc.port_covered("2222", 22)
	not tc.port_covered("${var.port}", 22)
}

test_admin_ports_tunable if {
	tc.admin_ports == [22, 3389]
	tc.admin_ports == [2222] with data.verdict.config.admin_ports as [2222]
}
