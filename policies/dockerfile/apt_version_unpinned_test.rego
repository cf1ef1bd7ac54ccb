package verdict.dockerfile.apt_version_unpinned_test

import data.verdict.dockerfile.apt_version_unpinned
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["debian:12-slim"]), i("run", [command])]

test_unpinned_packages_fire_once_per_run if {
	df := run("apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.5-0+deb12u1 ca-certificates && rm -rf /var/lib/apt/lists/*")
	some r in apt_version_unpinned.warn with input as df
	r.path == [1, "Value"]
	contains(r.msg, "ca-certificates, curl")
	not contains(r.msg, "git")
	count(apt_version_unpinned.warn) == 1 with input as df
}

test_options_and_apt_fire if {
	count(apt_version_unpinned.warn) == 1 with input as run("apt-get -y -o Dpkg::Options::=--force-confnew -t bookworm-backports install nginx")
	count(apt_version_unpinned.warn) == 1 with input as run("DEBIAN_FRONTEND=noninteractive apt install -y jq")
}

test_pinned_packages_pass if {
	count(apt_version_unpinned.warn) == 0 with input as run("apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 libssl3:amd64=3.0.15-1~deb12u1")
}

test_variables_files_and_releases_pass if {
	count(apt_version_unpinned.warn) == 0 with input as run("apt-get install -y ${BUILD_DEPS} ./vendor/agent_1.2.3_amd64.deb nginx/bookworm-backports $(cat /tmp/pkgs)")
}

test_other_commands_pass if {
	count(apt_version_unpinned.warn) == 0 with input as run("apt-get update && apt-get upgrade -y && apt-get remove -y curl")
	count(apt_version_unpinned.warn) == 0 with input as run("echo apt-get install curl")
	count(apt_version_unpinned.warn) == 0 with input as run("apt-get install -y --no-install-recommends \\\n")
}

test_heredoc_body_is_not_visible if {
	count(apt_version_unpinned.warn) == 0 with input as run("<<EOF")
}

test_inside_a_shell_conditional_fires if {
	count(apt_version_unpinned.warn) == 1 with input as run("if [ \"$TARGETARCH\" = amd64 ]; then apt-get install -y libfoo; fi")
}
