# METADATA
# title: pip install keeps its cache in the image
# description: >-
#   pip caches every downloaded wheel in ~/.cache/pip; without
#   `--no-cache-dir` the cache (often hundreds of MB) stays in the layer.
#   Only the stages that make up the final image are checked. Not reported
#   when ENV or the same command sets `PIP_NO_CACHE_DIR`, when the same RUN
#   mounts a build cache over or deletes ~/.cache, or for `uv pip`, which
#   has its own cache.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3042
#   - https://pip.pypa.io/en/stable/topics/caching/
# custom:
#   id: VD-DOCKER-028
#   severity: low
#   remediation: >-
#     Use `pip install --no-cache-dir …`, set `ENV PIP_NO_CACHE_DIR=1`, or
#     keep the cache out of the image with
#     `RUN --mount=type=cache,target=/root/.cache/pip pip install …`.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.3"]
#   example: |
#     FROM python:3.12-slim
#     RUN pip install -r requirements.txt
package verdict.dockerfile.pip_no_cache_dir

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": sprintf("RUN uses pip install without --no-cache-dir: %s", [segment]),
	"path": array.concat(x.path, ["Value"]),
} if {
	not env_disables_cache
	some x in docker.of_cmd("run")
	docker.in_final_image(x)
	not docker.cache_mount(x, ".cache")
	not regex.match(`\brm\s[^;&|]*\.cache`, docker.command(x))
	some segment in docker.segments(x)
	args := docker.pip_install_args(segment)
	not regex.match(`(^|\s)uv\s+pip\s`, segment)
	not "--no-cache-dir" in args
	not contains(segment, "PIP_NO_CACHE_DIR=")
}

env_disables_cache if {
	some x in docker.of_cmd("env")
	docker.in_final_image(x)
	some j, name in x.values
	j % 3 == 0
	upper(name) == "PIP_NO_CACHE_DIR"
}
