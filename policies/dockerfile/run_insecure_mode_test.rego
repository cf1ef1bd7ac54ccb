package verdict.dockerfile.run_insecure_mode_test

import data.verdict.dockerfile.run_insecure_mode
import rego.v1

run(flags) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["debian:12-slim"], "Stage": 0},
	{"Cmd": "run", "SubCmd": "", "JSON": false, "Flags": flags, "Value": ["make"], "Stage": 0},
]

test_security_insecure_fires_at_the_flag if {
	some r in run_insecure_mode.deny with input as run(["--mount=type=cache,target=/root/.cache", "--security=insecure"])
	r.path == [1, "Flags", 1]
	contains(r.msg, "sandbox")
}

test_host_network_fires if {
	some r in run_insecure_mode.deny with input as run(["--network=host"])
	contains(r.msg, "host's network")
	count(run_insecure_mode.deny) == 2 with input as run(["--network=host", "--security=insecure"])
}

test_sandboxed_modes_pass if {
	count(run_insecure_mode.deny) == 0 with input as run(["--network=none", "--security=sandbox"])
	count(run_insecure_mode.deny) == 0 with input as run(["--network=default", "--mount=type=secret,id=host"])
}
