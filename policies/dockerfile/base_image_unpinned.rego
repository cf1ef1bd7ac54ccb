# METADATA
# title: Base image not pinned to a version
# description: >-
#   `FROM image` with no tag, or with `:latest`, builds on whatever the
#   registry serves that day: builds are not reproducible and a compromised
#   or broken upstream push flows straight in. A digest (`@sha256:…`) pins
#   the image; `FROM scratch` and FROM lines naming an earlier build stage
#   are not images. Build arguments declared before the first FROM are
#   substituted with their defaults; a tag that is still a variable is left
#   alone.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
#   - https://docs.docker.com/reference/dockerfile/#from
# custom:
#   id: VD-DOCKER-001
#   severity: medium
#   remediation: >-
#     Pin the base image to a version tag and, for reproducibility, its digest:
#     `FROM python:3.12-slim@sha256:<digest>`; let Dependabot or Renovate
#     update the pin.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SI-7"]
#   example: |
#     FROM ubuntu
#     RUN apt-get update && apt-get install -y --no-install-recommends curl
package verdict.dockerfile.base_image_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": sprintf("stage %d builds FROM %q, %s", [docker.stage_of(x.index), x.values[0], why]),
	"path": array.concat(x.path, ["Value", 0]),
	"resource": x.values[0],
} if {
	some x in docker.of_cmd("from")
	count(x.values) > 0
	ref := lower(docker.resolve(x.values[0]))
	ref != "scratch"
	not is_stage(ref, x.index)
	not contains(ref, "@")
	last := last_component(ref)
	not contains(last, "$")
	why := unpinned(last)
}

# The part after the last `/`: a registry port (`host:5000/app`) is not a tag.
last_component(ref) := parts[count(parts) - 1] if parts := split(ref, "/")

unpinned(last) := "which has no tag (latest)" if not contains(last, ":")

unpinned(last) := "which uses the latest tag" if split(last, ":")[1] == "latest"

is_stage(ref, i) if {
	docker.stage_of(i) > 0
	some k in numbers.range(0, docker.stage_of(i) - 1)
	docker.stage_name(k) == ref
}
