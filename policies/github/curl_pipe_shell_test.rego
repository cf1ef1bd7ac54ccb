package verdict.github.curl_pipe_shell_test

import data.verdict.github.curl_pipe_shell
import rego.v1

wf(run) := {"on": "push", "jobs": {"build": {"runs-on": "ubuntu-latest", "steps": [{"uses": "actions/checkout@v4"}, {"run": run}]}}}

test_curl_pipe_bash_fires if {
	some r in curl_pipe_shell.warn with input as wf("set -e\ncurl -fsSL https://example.com/install.sh | bash -s -- -y")
	r.path == ["jobs", "build", "steps", 1, "run"]
	contains(r.msg, "curl -fsSL")
}

test_variants_fire if {
	count(curl_pipe_shell.warn) == 1 with input as wf("wget -qO- https://x.example/i | sudo -E sh")
	count(curl_pipe_shell.warn) == 1 with input as wf("bash <(curl -s https://x.example/i)")
	count(curl_pipe_shell.warn) == 1 with input as wf("curl https://x.example/get-pip.py | python3 -")
	count(curl_pipe_shell.warn) == 1 with input as wf("iex ((New-Object System.Net.WebClient).DownloadString('https://x.example/i.ps1'))")
	count(curl_pipe_shell.warn) == 1 with input as wf("irm https://x.example/i.ps1 | iex")
}

test_verified_downloads_and_pipes_to_tools_pass if {
	count(curl_pipe_shell.warn) == 0 with input as wf("curl -fsSLo i.sh https://x.example/i.sh\necho \"$SUM  i.sh\" | sha256sum -c\nsh i.sh\ncurl -s https://api.github.com/x | jq .name\ncurl -sL https://x.example/a.tgz | tar xz\n# curl https://x | sh")
}
