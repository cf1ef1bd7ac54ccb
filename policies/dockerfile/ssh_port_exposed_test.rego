package verdict.dockerfile.ssh_port_exposed_test

import data.verdict.dockerfile.ssh_port_exposed
import rego.v1

expose(values) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["ubuntu:24.04"], "Stage": 0},
	{"Cmd": "expose", "SubCmd": "", "JSON": false, "Flags": [], "Value": values, "Stage": 0},
]

test_port_22_fires_at_the_value if {
	some r in ssh_port_exposed.deny with input as expose(["8080", "22"])
	r.path == [1, "Value", 1]
	r.resource == "22"
}

test_tcp_and_ranges_fire if {
	count(ssh_port_exposed.deny) == 1 with input as expose(["22/tcp"])
	count(ssh_port_exposed.deny) == 1 with input as expose(["20-25"])
}

test_other_ports_pass if {
	count(ssh_port_exposed.deny) == 0 with input as expose(["2222", "220", "8022/tcp", "22/udp", "23-80", "$PORT"])
}
