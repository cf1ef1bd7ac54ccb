# METADATA
# title: Secret in an ENV or ARG instruction
# description: >-
#   ENV values are stored in the image configuration and build-argument
#   values in its history and provenance, where anyone who can pull the image
#   reads them (`docker history`, `docker inspect`); a literal value is also
#   committed to Git. Reported: an ENV or ARG whose name says it holds a
#   credential (PASSWORD, PASS, PASSPHRASE, SECRET, TOKEN, API_KEY,
#   PRIVATE_KEY, ACCESS_KEY, CREDENTIALS) with a literal value in any stage,
#   and, in the stages that make up the final image, one that receives its
#   value at build time (`ARG NPM_TOKEN`, `ENV TOKEN=$NPM_TOKEN`). Names that
#   point at a secret (…_FILE, …_PATH, …_URL, …_NAME, …_ID) or are public
#   (…PUBLIC…) and empty values are not reported.
# related_resources:
#   - https://docs.docker.com/build/building/secrets/
#   - https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/
# custom:
#   id: VD-DOCKER-004
#   severity: high
#   remediation: >-
#     Pass build-time secrets as secret mounts:
#     `RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci`
#     with `docker build --secret id=npm_token,env=NPM_TOKEN`; give runtime
#     secrets to the container at run time (orchestrator secrets), never in
#     the image. Rotate any credential that was committed.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.10"]
#     NIST-800-53: ["IA-5(7)"]
#     PCI-DSS-4.0: ["8.6.2"]
#   example: |
#     FROM node:22-alpine
#     ARG NPM_TOKEN
#     ENV DB_PASSWORD=changeme
#     RUN npm ci
package verdict.dockerfile.secrets_env_arg

import data.verdict.lib.dockerfile as docker
import rego.v1

# Every variable an ENV or ARG sets, as {x, name, value, j (index of the name)}:
# ENV's Value is [name, value, separator] triples, ARG's `name[=default]` words.
variables contains {"x": x, "name": x.values[j], "value": docker.unquote(x.values[j + 1]), "j": j} if {
	some x in docker.of_cmd("env")
	some j in numbers.range(0, count(x.values) - 1)
	j % 3 == 0
	j + 1 < count(x.values)
}

variables contains {"x": x, "name": parts[0], "value": value, "j": j} if {
	some x in docker.of_cmd("arg")
	some j, word in x.values
	parts := split(word, "=")
	value := docker.unquote(concat("=", array.slice(parts, 1, count(parts))))
}

deny contains {
	"msg": sprintf("%s %s sets a literal credential", [upper(v.x.cmd), v.name]),
	"path": array.concat(v.x.path, ["Value", v.j]),
	"resource": v.name,
} if {
	some v in variables
	docker.secret_name(v.name)
	literal(v.value)
}

deny contains {
	"msg": sprintf("%s %s passes a credential into the final image's metadata", [upper(v.x.cmd), v.name]),
	"path": array.concat(v.x.path, ["Value", v.j]),
	"resource": v.name,
} if {
	some v in variables
	docker.secret_name(v.name)
	not literal(v.value)
	build_time_value(v)
	docker.in_final_image(v.x)
}

literal(value) if {
	value != ""
	not contains(value, "$")
}

# `ARG NAME` (value given with --build-arg), or an ENV/ARG copying a variable.
# (`ENV NAME=""` only clears the variable.)
build_time_value(v) if {
	v.x.cmd == "arg"
	v.value == ""
}

build_time_value(v) if contains(v.value, "$")
