package verdict.dockerfile.tls_verification_disabled_test

import data.verdict.dockerfile.tls_verification_disabled
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["debian:12-slim"]), i("run", [command])]

test_curl_insecure_fires if {
	some r in tls_verification_disabled.deny with input as run("apt-get update && curl -fsSLk https://x.example/a.tgz -o /tmp/a.tgz")
	r.path == [1, "Value"]
	contains(r.msg, "curl -k")
}

test_each_tool_fires if {
	count(tls_verification_disabled.deny) == 1 with input as run("curl --insecure -o a https://x.example/a")
	count(tls_verification_disabled.deny) == 1 with input as run("wget -q --no-check-certificate https://x.example/a")
	count(tls_verification_disabled.deny) == 1 with input as run("git -c http.sslVerify=false clone https://git.example/a.git")
	count(tls_verification_disabled.deny) == 1 with input as run("git config --global http.sslverify false")
	count(tls_verification_disabled.deny) == 1 with input as run("pip install --trusted-host pypi.example -r requirements.txt")
	count(tls_verification_disabled.deny) == 1 with input as run("npm config set strict-ssl false")
	count(tls_verification_disabled.deny) == 1 with input as run("helm repo add x https://charts.example --insecure-skip-tls-verify")
	count(tls_verification_disabled.deny) == 1 with input as run("echo 'sslverify=0' >> /etc/yum.conf")
}

test_environment_switches_fire if {
	count(tls_verification_disabled.deny) == 1 with input as run("GIT_SSL_NO_VERIFY=true git clone https://git.example/a.git /src")
	df := [i("from", ["node:22"]), i("env", ["NODE_ENV", "production", "=", "NODE_TLS_REJECT_UNAUTHORIZED", "0", "="])]
	some r in tls_verification_disabled.deny with input as df
	r.path == [1, "Value", 3]
	r.resource == "NODE_TLS_REJECT_UNAUTHORIZED"
}

test_verifying_commands_pass if {
	count(tls_verification_disabled.deny) == 0 with input as run("curl -fsSL https://x.example/a -o /tmp/a && wget -q -O /tmp/b https://x.example/b")
	count(tls_verification_disabled.deny) == 0 with input as run("curl -fsSL --key client.key --cacert ca.pem https://x.example/a")
	count(tls_verification_disabled.deny) == 0 with input as run("git config --global http.sslVerify true && npm config set strict-ssl true")
	count(tls_verification_disabled.deny) == 0 with input as run("tar -xkf a.tar && make -k")
}

test_verifying_environment_passes if {
	df := [i("from", ["node:22"]), i("env", ["NODE_TLS_REJECT_UNAUTHORIZED", "1", "=", "GIT_SSL_NO_VERIFY", "\"\"", "="])]
	count(tls_verification_disabled.deny) == 0 with input as df
}
