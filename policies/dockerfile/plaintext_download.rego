# METADATA
# title: Download over plain HTTP or git://
# description: >-
#   `curl http://…`, `wget http://…`, `git clone http://…` or `git://…`, and
#   package indexes or registries given as `http://` URLs fetch code with no
#   transport security: anyone on the network path can replace it. Not
#   reported: localhost, and a RUN that verifies what it downloaded
#   (`sha256sum -c`, `gpg --verify`, `cosign verify`, …). apt sources over
#   http are not reported either, since apt checks repository signatures.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#add-or-copy
#   - https://git-scm.com/book/en/v2/Git-on-the-Server-The-Protocols
# custom:
#   id: VD-DOCKER-024
#   severity: medium
#   remediation: >-
#     Use `https://` (and `git clone https://…` or SSH with a pinned host
#     key), and verify downloads against a published checksum or signature:
#     `curl -fsSLO https://… && echo "<sha256>  file" | sha256sum -c -`.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["SC-8", "SI-7"]
#   example: |
#     FROM debian:12-slim
#     RUN curl -fsSLo /usr/local/bin/tool http://downloads.example.com/tool && chmod 755 /usr/local/bin/tool
package verdict.dockerfile.plaintext_download

import data.verdict.lib.dockerfile as docker
import rego.v1

# Fetching commands and the insecure URL forms they take.
fetchers := [
	`^(.*/)?(curl|wget)$`,
	`^(.*/)?git$`,
	`^(.*/)?pip[0-9.]*$`,
	`^(.*/)?(npm|yarn|pnpm)$`,
]

insecure_url := `^(?i)(http|git)://`

deny contains {
	"msg": sprintf("RUN fetches %q without transport security", [url]),
	"path": array.concat(x.path, ["Value"]),
	"resource": url,
} if {
	some x in docker.of_cmd("run")
	not verified(x)
	some segment in docker.segments(x)
	ws := docker.words(segment)
	some t, tool in ws
	some pattern in fetchers
	regex.match(pattern, tool)
	every w in array.slice(ws, 0, t) {
		regex.match(docker.command_prefix, w)
	}
	some w in array.slice(ws, t + 1, count(ws))
	url := url_of(w)
	regex.match(insecure_url, url)
	not local(url)
	not http_only_git(tool, url)
}

# A URL given bare or as an option's value (`--index-url=http://…`).
url_of(w) := w if not contains(w, "=")

url_of(w) := docker.unquote(v) if [_, v] := docker.split_once(w, "=")

local(url) if regex.match(`^(?i)[a-z]+://([^/@]*@)?(localhost|127\.[0-9.]+|\[::1\])([:/]|$)`, url)

# git only fetches with http:// and git://; for curl and the package
# managers both schemes are URLs of their own.
http_only_git(tool, url) if {
	not regex.match(`^(.*/)?git$`, tool)
	startswith(lower(url), "git://")
}

verified(x) if regex.match(`\b(sha(1|224|256|384|512)sum|shasum|b2sum)\b[^;&|]*\s-c\b|\bgpg2?\s(.*\s)?--verify\b|\bcosign\s+verify|\bminisign\s(.*\s)?-V\b`, docker.command(x))
