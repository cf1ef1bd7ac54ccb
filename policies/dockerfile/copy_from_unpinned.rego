# METADATA
# title: COPY --from or RUN --mount from an unpinned image
# description: >-
#   `COPY --from=nginx:latest …` and `RUN --mount=from=tools …` pull files
#   out of an external image, which is a base image in all but name: with no
#   tag or `latest`, each build copies whatever the registry serves that
#   day, unreviewed and unreproducible. Build stage names and stage numbers
#   are not images; a digest (`@sha256:…`) pins one; build arguments
#   declared before the first FROM are substituted, and a reference that is
#   still a variable is left alone.
# related_resources:
#   - https://docs.docker.com/reference/dockerfile/#copy---from
#   - https://docs.docker.com/reference/dockerfile/#run---mount
#   - https://docs.docker.com/build/building/best-practices/#pin-base-image-versions
# custom:
#   id: VD-DOCKER-027
#   severity: medium
#   remediation: >-
#     Pin the image like a base image, to a version and its digest:
#     `COPY --from=ghcr.io/astral-sh/uv:0.4.20@sha256:<digest> /uv /bin/`;
#     let Dependabot or Renovate update it.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SI-7"]
#   example: |
#     FROM python:3.12-slim
#     COPY --from=ghcr.io/astral-sh/uv:latest /uv /bin/uv
package verdict.dockerfile.copy_from_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

# Image references an instruction reads from, with the flag's index.
sources contains [x, k, ref] if {
	some x in docker.of_cmd("copy")
	[k, ref] := docker.flag_value(x, "from")
}

sources contains [x, k, ref] if {
	some x in docker.of_cmd("run")
	some k, f in x.flags
	startswith(f, "--mount=")
	some option in split(substring(f, 8, -1), ",")
	[key, ref] := docker.split_once(option, "=")
	lower(key) == "from"
}

warn contains {
	"msg": sprintf("%s reads from the image %q, which %s", [upper(x.cmd), ref, why]),
	"path": array.concat(x.path, ["Flags", k]),
	"resource": ref,
} if {
	some [x, k, ref] in sources
	resolved := lower(docker.resolve(ref))
	not regex.match(`^[0-9]+$`, resolved)
	not docker.earlier_stage(resolved, x.index)
	resolved != "scratch"
	why := docker.image_unpinned(resolved)
}
