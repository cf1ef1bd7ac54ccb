# METADATA
# title: ADD fetches a remote URL without a checksum
# description: >-
#   `ADD https://…` downloads content at build time with no integrity check:
#   whoever controls the server, the DNS or the network path controls what
#   goes into the image. BuildKit's `ADD --checksum=sha256:…` verifies the
#   download (HTTP sources) and is not reported.
# related_resources:
#   - https://docs.docker.com/reference/dockerfile/#add
#   - https://docs.docker.com/build/building/best-practices/#add-or-copy
# custom:
#   id: VD-DOCKER-003
#   severity: medium
#   remediation: >-
#     Add `--checksum=sha256:<digest>` to the ADD, or download with
#     `RUN curl -fsSLO <url> && echo "<sha256>  <file>" | sha256sum -c -`;
#     use COPY for files from the build context.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.9"]
#     NIST-800-53: ["SI-7"]
#   example: |
#     FROM alpine:3.20
#     ADD https://example.com/tool.tar.gz /opt/
package verdict.dockerfile.add_url

import data.verdict.lib.dockerfile as docker
import rego.v1

deny contains {
	"msg": sprintf("ADD downloads %q without --checksum", [src]),
	"path": array.concat(x.path, ["Value", j]),
	"resource": src,
} if {
	some x in docker.of_cmd("add")
	not has_checksum(x)
	some j, src in x.values
	j < count(x.values) - 1
	regex.match(`(?i)^(https?|ftp)://`, src)
}

has_checksum(x) if {
	some flag in x.flags
	startswith(flag, "--checksum=")
}
