# METADATA
# title: pip --extra-index-url (dependency confusion)
# description: >-
#   With `--extra-index-url` (or `PIP_EXTRA_INDEX_URL`, or
#   `pip config set global.extra-index-url`) pip looks up every package on
#   both indexes and installs the highest version it finds on either, so
#   anyone who publishes a higher-numbered package under a private name on
#   PyPI gets it installed (dependency confusion, CVE-2018-20225; the
#   PyTorch nightly `torchtriton` compromise of December 2022). Not reported
#   with `--require-hashes`, and not for `uv pip`, which stops at the first
#   index that has a package.
# related_resources:
#   - https://pip.pypa.io/en/stable/cli/pip_install/#cmdoption-extra-index-url
#   - https://nvd.nist.gov/vuln/detail/CVE-2018-20225
#   - https://pytorch.org/blog/compromised-nightly-dependency/
# custom:
#   id: VD-DOCKER-026
#   severity: medium
#   remediation: >-
#     Use a single `--index-url` pointing at a proxy or repository manager
#     that serves private names only from the private source, pin versions
#     with hashes (`pip install --require-hashes -r requirements.txt`), or
#     install with `uv pip install`, which does not mix indexes.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["SR-3"]
#   example: |
#     FROM python:3.12-slim
#     RUN pip install --no-cache-dir --extra-index-url https://pypi.internal.example/simple internal-sdk==2.1.0
package verdict.dockerfile.pip_extra_index_url

import data.verdict.lib.dockerfile as docker
import rego.v1

deny contains {
	"msg": sprintf("RUN mixes package indexes with --extra-index-url: %s", [segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	args := docker.pip_install_args(segment)
	not regex.match(`(^|\s)uv\s+pip\s`, segment)
	docker.has_option(args, "--extra-index-url")
	not "--require-hashes" in args
}

deny contains {
	"msg": sprintf("RUN configures pip to mix package indexes: %s", [segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	some segment in docker.segments(x)
	regex.match(`\bpip[0-9.]*\s+config\s+(--\S+\s+)*set\s+\S*extra-index-url\b`, segment)
}

deny contains {
	"msg": sprintf("ENV %s makes every pip install mix package indexes", [name]),
	"path": array.concat(x.path, ["Value", j]),
	"resource": name,
} if {
	some x in docker.of_cmd("env")
	some j, name in x.values
	j % 3 == 0
	upper(name) == "PIP_EXTRA_INDEX_URL"
	j + 1 < count(x.values)
	docker.unquote(x.values[j + 1]) != ""
}
