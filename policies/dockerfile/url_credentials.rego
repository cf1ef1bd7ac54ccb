# METADATA
# title: Credentials embedded in a URL
# description: >-
#   A literal `scheme://user:password@host` in a RUN, ENV, ARG, ADD or LABEL
#   puts the password in the Dockerfile (and Git), in the image history and,
#   for ENV and LABEL, in the image configuration that anyone who pulls the
#   image can read. Passwords that are variables (`https://$USER:${TOKEN}@…`)
#   are not reported here (see VD-DOCKER-004 for build arguments named like
#   secrets). The message shows the URL with the password masked.
# related_resources:
#   - https://docs.docker.com/build/building/secrets/
#   - https://cwe.mitre.org/data/definitions/798.html
# custom:
#   id: VD-DOCKER-025
#   severity: high
#   remediation: >-
#     Remove the credential from the URL and rotate it; pass it as a build
#     secret (`RUN --mount=type=secret,id=git_token …` reading
#     /run/secrets/git_token, or a `.netrc` secret mount) and give runtime
#     credentials to the container from the orchestrator's secret store.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.10"]
#     NIST-800-53: ["IA-5(7)"]
#     PCI-DSS-4.0: ["8.6.2"]
#   example: |
#     FROM python:3.12-slim
#     RUN pip install --index-url https://deploy:s3cr3tpass@pypi.example.com/simple app==1.4.2
package verdict.dockerfile.url_credentials

import data.verdict.lib.dockerfile as docker
import rego.v1

pattern := `(?i)\b[a-z][a-z0-9+.-]*://[^\s/:@'"$]+:[^\s/@'"]+@[^\s/'"]+`

deny contains {
	"msg": sprintf("%s holds a URL with an embedded password: %s", [upper(x.cmd), masked]),
	"path": array.concat(x.path, ["Value", j]),
} if {
	some x in docker.instructions
	x.cmd in {"run", "env", "arg", "add", "label", "cmd", "entrypoint", "healthcheck"}
	some j, value in x.values
	some url in regex.find_n(pattern, value, -1)
	[userinfo, _] := docker.split_once(url, "@")
	[_, password] := split_last_colon(userinfo)
	not contains(password, "$")
	not placeholder(password)
	masked := concat("", [substring(url, 0, count(userinfo) - count(password)), "***", substring(url, count(userinfo), -1)])
}

split_last_colon(s) := [substring(s, 0, k), substring(s, k + 1, -1)] if {
	positions := [p | some p in numbers.range(0, count(s) - 1); substring(s, p, 1) == ":"]
	k := positions[count(positions) - 1]
}

# `<password>`, `{token}`, `***`: documentation, not a credential.
placeholder(password) if regex.match(`^(<.*>|\{.*\}|\*+|x+|\.\.\.)$`, password)
