# METADATA
# title: TLS certificate verification turned off
# description: >-
#   `curl -k`, `wget --no-check-certificate`, `git -c http.sslVerify=false`,
#   `pip --trusted-host`, `npm config set strict-ssl false` and environment
#   switches such as `GIT_SSL_NO_VERIFY=1`, `NODE_TLS_REJECT_UNAUTHORIZED=0`
#   or `PYTHONHTTPSVERIFY=0` accept any certificate: anyone on the network
#   path of the build (a proxy, a hostile Wi-Fi, a hijacked DNS answer) can
#   substitute what is downloaded. Set in ENV, the switch also stays on in
#   every container started from the image.
# related_resources:
#   - https://avd.aquasec.com/misconfig/dockerfile/general/
#   - https://curl.se/docs/sslcerts.html
#   - https://docs.docker.com/build/building/best-practices/#run
# custom:
#   id: VD-DOCKER-018
#   severity: high
#   remediation: >-
#     Remove the switch and make verification succeed instead: install
#     `ca-certificates`, or add the corporate CA with
#     `COPY corp-ca.crt /usr/local/share/ca-certificates/ && update-ca-certificates`
#     (or a build secret mount for it).
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-23", "SI-7"]
#   example: |
#     FROM debian:12-slim
#     RUN curl -fsSLk https://example.com/tool.tar.gz -o /tmp/tool.tar.gz
package verdict.dockerfile.tls_verification_disabled

import data.verdict.lib.dockerfile as docker
import rego.v1

# Per simple command: what turns verification off.
run_patterns := {
	"curl -k/--insecure": `^(.*\s)?curl\s(.*\s)?(-[A-Za-z]*k[A-Za-z]*|--insecure)(\s|$)`,
	"wget --no-check-certificate": `\bwget\s(.*\s)?--no-check-certificate\b`,
	"git http.sslVerify=false": `(?i)\bhttp\.sslverify(=|\s+)("|')?(false|0|no|off)\b`,
	"pip --trusted-host": `(--trusted-host(\s|=)|global\.trusted-host)`,
	"npm/yarn strict-ssl false": `(?i)\bstrict-ssl(=|\s+)("|')?false\b`,
	"--insecure-skip-tls-verify": `--(insecure-skip-tls-verify|(src-|dest-)?tls-verify=false|no-verify-ssl)\b`,
	"yum sslverify=0": `(?i)(^|[^.])sslverify\s*=\s*(0|false|no)\b`,
}

# Environment variables that switch verification off, with their off values.
env_switches := {
	"GIT_SSL_NO_VERIFY": `(?i)^(1|true|yes)$`,
	"NODE_TLS_REJECT_UNAUTHORIZED": `^0$`,
	"PYTHONHTTPSVERIFY": `^0$`,
	"NPM_CONFIG_STRICT_SSL": `(?i)^false$`,
	"PIP_TRUSTED_HOST": `.`,
}

deny contains {
	"msg": sprintf("RUN turns TLS certificate verification off (%s): %s", [concat(", ", sort(whats)), segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	whats := [what | some what, pattern in run_patterns; regex.match(pattern, segment)]
	count(whats) > 0
}

# Assignments in a RUN (`GIT_SSL_NO_VERIFY=1 git clone …`, `export …`).
deny contains {
	"msg": sprintf("RUN sets %s=%s, which turns TLS certificate verification off", [name, value]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	some word in docker.words(segment)
	[name, value] := docker.split_once(word, "=")
	env_off(name, docker.unquote(value))
	value != ""
}

deny contains {
	"msg": sprintf("ENV %s=%s turns TLS certificate verification off in the build and the image", [name, value]),
	"path": array.concat(x.path, ["Value", j]),
	"resource": name,
} if {
	some x in docker.of_cmd("env")
	some j, name in x.values
	j % 3 == 0
	j + 1 < count(x.values)
	value := docker.unquote(x.values[j + 1])
	env_off(name, value)
	value != ""
}

env_off(name, value) if regex.match(env_switches[upper(name)], value)
