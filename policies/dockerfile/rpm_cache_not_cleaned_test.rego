package verdict.dockerfile.rpm_cache_not_cleaned_test

import data.verdict.dockerfile.rpm_cache_not_cleaned
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

run(flags, command) := [i("from", [], ["rockylinux:9.3"]), i("run", flags, [command])]

test_dnf_install_fires if {
	some r in rpm_cache_not_cleaned.warn with input as run([], "dnf install -y nginx")
	r.path == [1, "Value"]
	contains(r.msg, "dnf")
}

test_each_manager_fires if {
	count(rpm_cache_not_cleaned.warn) == 1 with input as run([], "yum -y --setopt=tsflags=nodocs install httpd")
	count(rpm_cache_not_cleaned.warn) == 1 with input as run([], "microdnf install -y shadow-utils && microdnf update -y")
	count(rpm_cache_not_cleaned.warn) == 1 with input as run([], "zypper --non-interactive in curl")
}

test_clean_in_same_run_passes if {
	count(rpm_cache_not_cleaned.warn) == 0 with input as run([], "yum install -y httpd && yum clean all")
	count(rpm_cache_not_cleaned.warn) == 0 with input as run([], "dnf install -y nginx && dnf clean all && rm -rf /var/cache/dnf")
	count(rpm_cache_not_cleaned.warn) == 0 with input as run([], "zypper -n in curl && zypper clean --all")
	count(rpm_cache_not_cleaned.warn) == 0 with input as run([], "microdnf install -y jq && rm -rf /var/cache/yum")
	count(rpm_cache_not_cleaned.warn) == 0 with input as run(["--mount=type=cache,target=/var/cache/dnf"], "dnf install -y nginx")
}

test_other_commands_and_builder_stages_pass if {
	count(rpm_cache_not_cleaned.warn) == 0 with input as run([], "yum info httpd && dnf list installed && echo yum install x")
	df := [i("from", [], ["fedora:40", "AS", "build"]), i("run", [], ["dnf install -y gcc"]), i("from", [], ["scratch"])]
	count(rpm_cache_not_cleaned.warn) == 0 with input as df
}
