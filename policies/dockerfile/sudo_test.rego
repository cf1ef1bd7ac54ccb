package verdict.dockerfile.sudo_test

import data.verdict.dockerfile.sudo
import rego.v1

run(command) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["ubuntu:24.04"], "Stage": 0},
	{"Cmd": "run", "SubCmd": "", "JSON": false, "Flags": [], "Value": [command], "Stage": 0},
]

test_sudo_fires if {
	some r in sudo.deny with input as run("sudo apt-get update")
	r.path == [1, "Value"]
}

test_sudo_after_operator_fires if {
	count(sudo.deny) == 1 with input as run("mkdir -p /srv && sudo chown app /srv")
	count(sudo.deny) == 1 with input as run("DEBIAN_FRONTEND=noninteractive sudo apt-get install -y curl")
}

test_installing_sudo_passes if {
	count(sudo.deny) == 0 with input as run("apt-get install -y --no-install-recommends sudo && echo 'app ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers")
	count(sudo.deny) == 0 with input as run("pseudo-tool --run")
}
