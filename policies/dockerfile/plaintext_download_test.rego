package verdict.dockerfile.plaintext_download_test

import data.verdict.dockerfile.plaintext_download
import rego.v1

run(command) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["debian:12-slim"], "Stage": 0},
	{"Cmd": "run", "SubCmd": "", "JSON": false, "Flags": [], "Value": [command], "Stage": 0},
]

test_curl_http_fires if {
	some r in plaintext_download.deny with input as run("curl -fsSLo /usr/local/bin/tool http://downloads.example.com/tool && chmod 755 /usr/local/bin/tool")
	r.path == [1, "Value"]
	r.resource == "http://downloads.example.com/tool"
}

test_git_and_indexes_fire if {
	count(plaintext_download.deny) == 1 with input as run("git clone git://git.example.org/project.git /src")
	count(plaintext_download.deny) == 1 with input as run("cd /src && git clone --depth 1 http://git.example.org/p.git")
	count(plaintext_download.deny) == 1 with input as run("pip install --index-url=http://pypi.internal/simple flask==3.0.3")
	count(plaintext_download.deny) == 2 with input as run("npm install --registry http://npm.internal/ && wget -q 'http://x.example/a.tgz'")
}

test_https_and_local_pass if {
	count(plaintext_download.deny) == 0 with input as run("curl -fsSL https://x.example/a -o a && git clone https://github.com/a/b.git")
	count(plaintext_download.deny) == 0 with input as run("curl -f http://localhost:8080/health && wget -qO- http://127.0.0.1/ready")
}

test_verified_downloads_pass if {
	count(plaintext_download.deny) == 0 with input as run("wget -O /tmp/a.tgz http://x.example/a.tgz && echo \"abc  /tmp/a.tgz\" | sha256sum -c - && tar -xzf /tmp/a.tgz")
	count(plaintext_download.deny) == 0 with input as run("curl -fsSLO http://x.example/a.tgz && curl -fsSLO http://x.example/a.tgz.asc && gpg --batch --verify a.tgz.asc a.tgz")
}

test_apt_sources_and_other_words_pass if {
	count(plaintext_download.deny) == 0 with input as run("echo 'deb http://deb.debian.org/debian bookworm main' > /etc/apt/sources.list && apt-get update")
	count(plaintext_download.deny) == 0 with input as run("echo curl http://x.example && curl -H 'Referer: git://x' https://x.example/")
}
