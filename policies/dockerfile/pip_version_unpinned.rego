# METADATA
# title: pip install without pinned versions
# description: >-
#   `pip install flask` resolves the newest release on every build: builds
#   are not reproducible, and a hijacked or typo-squatted release is
#   installed the moment it is published. Reported: packages named on the
#   command line without a version specifier (`==`, `>=`, `~=`, …) or a
#   direct reference (`name @ url`). Requirement (`-r`) and constraint
#   (`-c`) files, local paths, archives, VCS URLs and variables are not
#   reported, nor is upgrading the installer itself
#   (`pip install --upgrade pip setuptools wheel`). One finding per RUN.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3013
#   - https://pip.pypa.io/en/stable/topics/repeatable-installs/
# custom:
#   id: VD-DOCKER-015
#   severity: low
#   remediation: >-
#     Pin the packages (`pip install flask==3.0.3`) or, better, install from
#     a lock file with hashes: `pip install --require-hashes -r requirements.txt`.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SR-3"]
#   example: |
#     FROM python:3.12-slim
#     RUN pip install --no-cache-dir flask gunicorn
package verdict.dockerfile.pip_version_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

installers := {"pip", "setuptools", "wheel"}

warn contains {
	"msg": sprintf("RUN installs Python packages without a version: %s", [concat(", ", sort(packages))]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	names := {p |
		some segment in docker.segments(x)
		args := docker.pip_install_args(segment)
		not docker.has_option(args, "-c")
		not docker.has_option(args, "--constraint")
		some p in docker.operands(args, docker.pip_install_takes_value)
		regex.match(`^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?$`, p)
		not regex.match(`(?i)\.(whl|zip|tar\.gz|tgz)$`, p)
		not upgrading_installer(args, p)
	}
	packages := [p | some p in names]
	count(packages) > 0
}

upgrading_installer(args, p) if {
	lower(p) in installers
	some flag in ["-U", "--upgrade"]
	flag in args
}
