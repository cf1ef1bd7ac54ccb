package verdict.dockerfile.apk_no_cache_test

import data.verdict.dockerfile.apk_no_cache
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

run(flags, command) := [i("from", [], ["alpine:3.20"]), i("run", flags, [command])]

test_apk_add_fires if {
	some r in apk_no_cache.warn with input as run([], "apk update && apk add curl")
	r.path == [1, "Value"]
	contains(r.msg, "apk add curl")
}

test_flags_before_add_fire if {
	count(apk_no_cache.warn) == 1 with input as run([], "apk --update add curl")
}

test_no_cache_passes if {
	count(apk_no_cache.warn) == 0 with input as run([], "apk add --no-cache curl")
	count(apk_no_cache.warn) == 0 with input as run([], "apk --no-cache add curl")
}

test_cache_removed_or_mounted_passes if {
	count(apk_no_cache.warn) == 0 with input as run([], "apk add curl && rm -rf /var/cache/apk/*")
	count(apk_no_cache.warn) == 0 with input as run(["--mount=type=cache,target=/var/cache/apk"], "apk add curl")
}

test_other_commands_pass if {
	count(apk_no_cache.warn) == 0 with input as run([], "apk del build-deps && git add .")
}
