# METADATA
# title: No HEALTHCHECK in the final image
# description: >-
#   Without a HEALTHCHECK, Docker and Swarm only notice a container that has
#   exited, not one that hangs or stops serving. `HEALTHCHECK NONE` (an
#   explicit decision) and a HEALTHCHECK in the stage the final stage is
#   built FROM count. Kubernetes ignores HEALTHCHECK (it uses probes), so
#   this is informational for images that only run there.
# related_resources:
#   - https://docs.docker.com/reference/dockerfile/#healthcheck
# custom:
#   id: VD-DOCKER-008
#   severity: low
#   remediation: >-
#     Add a check of the service, e.g.
#     `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/healthz || exit 1`,
#     or `HEALTHCHECK NONE` for images that are not services.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.6"]
#   example: |
#     FROM nginx:1.27
#     COPY site /usr/share/nginx/html
package verdict.dockerfile.healthcheck_missing

import data.verdict.lib.dockerfile as docker
import rego.v1

warn contains {
	"msg": "the final image has no HEALTHCHECK instruction",
	"path": docker.from_of(docker.final_stage).path,
} if {
	docker.final_stage >= 0
	not has_healthcheck
}

has_healthcheck if {
	some x in docker.of_cmd("healthcheck")
	docker.in_final_image(x)
}
