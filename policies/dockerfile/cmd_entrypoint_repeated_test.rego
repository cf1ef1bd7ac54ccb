package verdict.dockerfile.cmd_entrypoint_repeated_test

import data.verdict.dockerfile.cmd_entrypoint_repeated
import rego.v1

i(cmd, json, value) := {"Cmd": cmd, "SubCmd": "", "JSON": json, "Flags": [], "Value": value, "Stage": 0}

test_repeated_cmd_fires_at_the_first if {
	df := [i("from", false, ["node:22-alpine"]), i("cmd", true, ["node", "migrate.js"]), i("cmd", true, ["node", "server.js"])]
	some r in cmd_entrypoint_repeated.warn with input as df
	r.path == [1]
	count(cmd_entrypoint_repeated.warn) == 1 with input as df
}

test_repeated_entrypoint_fires if {
	df := [i("from", false, ["alpine:3.20"]), i("entrypoint", false, ["/a"]), i("cmd", true, ["x"]), i("entrypoint", true, ["/b"])]
	some r in cmd_entrypoint_repeated.warn with input as df
	r.path == [1]
	contains(r.msg, "ENTRYPOINT")
}

test_one_per_stage_passes if {
	df := [
		i("from", false, ["golang:1.22", "AS", "build"]),
		i("cmd", true, ["go", "test"]),
		i("from", false, ["alpine:3.20"]),
		i("entrypoint", true, ["/app"]),
		i("cmd", true, ["--serve"]),
	]
	count(cmd_entrypoint_repeated.warn) == 0 with input as df
}
