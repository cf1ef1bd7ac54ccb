package verdict.dockerfile.curl_pipe_shell_test

import data.verdict.dockerfile.curl_pipe_shell
import rego.v1

run(command) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["debian:12"], "Stage": 0},
	{"Cmd": "run", "SubCmd": "", "JSON": false, "Flags": [], "Value": [command], "Stage": 0},
]

test_curl_pipe_sh_fires if {
	some r in curl_pipe_shell.deny with input as run("curl -fsSL https://get.example.com | sh")
	r.path == [1, "Value"]
}

test_variants_fire if {
	count(curl_pipe_shell.deny) == 1 with input as run("wget -qO- https://x.example/install | sudo -E bash -s -- --yes")
	count(curl_pipe_shell.deny) == 1 with input as run("bash <(curl -s https://x.example/i.sh)")
	count(curl_pipe_shell.deny) == 1 with input as run("sh -c \"$(curl -fsSL https://x.example/i.sh)\"")
	count(curl_pipe_shell.deny) == 1 with input as run("curl https://bootstrap.pypa.io/get-pip.py | python3")
	count(curl_pipe_shell.deny) == 1 with input as run("apt-get update && curl -sL https://deb.nodesource.com/setup_20.x | /bin/bash -")
}

test_exec_form_fires if {
	df := [{"Cmd": "run", "SubCmd": "", "JSON": true, "Flags": [], "Value": ["/bin/sh", "-c", "curl -s https://x.example | sh"], "Stage": 0}]
	count(curl_pipe_shell.deny) == 1 with input as df
}

test_downloads_without_a_shell_pass if {
	count(curl_pipe_shell.deny) == 0 with input as run("curl -fsSL https://x.example/key.gpg | gpg --dearmor -o /usr/share/keyrings/x.gpg")
	count(curl_pipe_shell.deny) == 0 with input as run("curl -fsSLo install.sh https://x.example/i.sh && echo \"abc  install.sh\" | sha256sum -c - && sh install.sh")
	count(curl_pipe_shell.deny) == 0 with input as run("curl -fsSL https://x.example/x.tgz | tar -xz -C /opt")
	count(curl_pipe_shell.deny) == 0 with input as run("curl -f https://x.example || bash fallback.sh")
}

test_long_matches_are_truncated if {
	long := concat("", ["curl -fsSL https://example.com/", concat("", [x | some _ in numbers.range(1, 20); x := "abcdef"]), " | sh"])
	some r in curl_pipe_shell.deny with input as run(long)
	endswith(r.msg, "…")
}
