package verdict.dockerfile.apk_version_unpinned_test

import data.verdict.dockerfile.apk_version_unpinned
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["alpine:3.20"]), i("run", [command])]

test_unpinned_fires if {
	some r in apk_version_unpinned.warn with input as run("apk add --no-cache curl bash=5.2.26-r0")
	r.path == [1, "Value"]
	contains(r.msg, "curl")
	not contains(r.msg, "bash")
}

test_virtual_name_is_not_a_package if {
	some r in apk_version_unpinned.warn with input as run("apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0 && make && apk del .build-deps")
	r.msg == "RUN installs apk packages without a version: gcc"
	count(apk_version_unpinned.warn) == 0 with input as run("apk add -t build-deps gcc=13.2.1_git20240309-r0")
}

test_pinned_constraints_pass if {
	count(apk_version_unpinned.warn) == 0 with input as run("apk add --no-cache curl=8.9.1-r2 openssl~3.3 'zlib>1.3'")
}

test_variables_and_files_pass if {
	count(apk_version_unpinned.warn) == 0 with input as run("apk add --no-cache $RUNTIME_DEPS /tmp/agent.apk && apk --repository https://x.example/edge add --allow-untrusted ${PKG}")
}

test_other_commands_pass if {
	count(apk_version_unpinned.warn) == 0 with input as run("apk update && apk upgrade && apk del curl && git add curl")
}
