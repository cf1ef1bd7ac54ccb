package verdict.dockerfile.apt_no_install_recommends_test

import data.verdict.dockerfile.apt_no_install_recommends
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["debian:12"]), i("run", [command])]

test_install_without_flag_fires if {
	some r in apt_no_install_recommends.warn with input as run("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*")
	r.path == [1, "Value"]
	contains(r.msg, "apt-get install -y curl")
}

test_flag_before_install_fires_only_without_it if {
	count(apt_no_install_recommends.warn) == 1 with input as run("apt-get -y -q install curl")
	count(apt_no_install_recommends.warn) == 0 with input as run("apt-get -y --no-install-recommends install curl")
}

test_flag_or_option_passes if {
	count(apt_no_install_recommends.warn) == 0 with input as run("apt-get update && apt-get install -y --no-install-recommends curl")
	count(apt_no_install_recommends.warn) == 0 with input as run("apt-get install -y -o APT::Install-Recommends=false curl")
}

test_global_configuration_passes if {
	df := [
		i("from", ["debian:12"]),
		i("run", ["echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99norecommends"]),
		i("run", ["apt-get update && apt-get install -y curl"]),
	]
	count(apt_no_install_recommends.warn) == 0 with input as df
}

test_other_package_managers_pass if {
	count(apt_no_install_recommends.warn) == 0 with input as run("apk add --no-cache curl && pip install requests")
	count(apt_no_install_recommends.warn) == 0 with input as run("apt-get update && apt-get upgrade -y")
}
