package verdict.dockerfile.package_signature_disabled_test

import data.verdict.dockerfile.package_signature_disabled
import rego.v1

run(command) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["debian:12-slim"], "Stage": 0},
	{"Cmd": "run", "SubCmd": "", "JSON": false, "Flags": [], "Value": [command], "Stage": 0},
]

test_allow_unauthenticated_fires if {
	some r in package_signature_disabled.deny with input as run("apt-get update && apt-get install -y --allow-unauthenticated agent")
	r.path == [1, "Value"]
	contains(r.msg, "--allow-unauthenticated")
}

test_each_manager_fires if {
	count(package_signature_disabled.deny) == 1 with input as run("apt-get -o APT::Get::AllowUnauthenticated=true install -y agent")
	count(package_signature_disabled.deny) == 1 with input as run("echo 'deb [trusted=yes] http://repo.example/ stable main' > /etc/apt/sources.list.d/x.list")
	count(package_signature_disabled.deny) == 1 with input as run("apk add --no-cache --allow-untrusted /tmp/agent.apk")
	count(package_signature_disabled.deny) == 1 with input as run("dnf install -y --nogpgcheck https://x.example/agent.rpm")
	count(package_signature_disabled.deny) == 1 with input as run("printf '[x]\\nbaseurl=https://x.example\\ngpgcheck=0\\n' > /etc/yum.repos.d/x.repo")
	count(package_signature_disabled.deny) == 1 with input as run("zypper --no-gpg-checks in -y agent")
	count(package_signature_disabled.deny) == 1 with input as run("apt-get --force-yes -y install locales")
}

test_signed_installs_pass if {
	count(package_signature_disabled.deny) == 0 with input as run("echo 'deb [signed-by=/usr/share/keyrings/x.gpg] https://repo.example/ stable main' > /etc/apt/sources.list.d/x.list && apt-get update")
	count(package_signature_disabled.deny) == 0 with input as run("printf 'gpgcheck=1\\n' >> /etc/yum.repos.d/x.repo && rpm --import https://x.example/key && dnf install -y agent")
}
