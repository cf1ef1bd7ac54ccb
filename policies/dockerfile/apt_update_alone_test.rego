package verdict.dockerfile.apt_update_alone_test

import data.verdict.dockerfile.apt_update_alone
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

test_apt_update_alone_fires if {
	df := [i("from", ["ubuntu:24.04"]), i("run", ["apt-get update"]), i("run", ["apt-get install -y curl"])]
	some r in apt_update_alone.warn with input as df
	r.path == [1, "Value"]
	contains(r.msg, "apt")
}

test_apk_update_alone_fires if {
	some r in apt_update_alone.warn with input as [i("from", ["alpine:3.20"]), i("run", ["apk update"])]
	contains(r.msg, "apk")
}

test_update_with_install_passes if {
	count(apt_update_alone.warn) == 0 with input as [i("run", ["apt-get -q update && apt-get install -y --no-install-recommends curl"])]
	count(apt_update_alone.warn) == 0 with input as [i("run", ["apt update && apt full-upgrade -y"])]
	count(apt_update_alone.warn) == 0 with input as [i("run", ["apk update && apk add curl"])]
}

test_apk_add_update_flag_passes if {
	count(apt_update_alone.warn) == 0 with input as [i("run", ["apk add --update curl"])]
}
