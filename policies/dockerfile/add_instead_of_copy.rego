# METADATA
# title: ADD used for local files
# description: >-
#   ADD copies from the build context like COPY but also unpacks archives
#   and fetches URLs; used for plain files it hides that magic from readers
#   and can unpack a file that merely looks like a tarball. Local tar
#   archives (which ADD is for), URLs (see VD-DOCKER-003), git sources,
#   heredocs and sources that are variables are not reported.
# related_resources:
#   - https://docs.docker.com/build/building/best-practices/#add-or-copy
#   - https://docs.docker.com/reference/dockerfile/#add
# custom:
#   id: VD-DOCKER-011
#   severity: low
#   remediation: >-
#     Replace `ADD` with `COPY` for files and directories from the build
#     context.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.9"]
#   example: |
#     FROM python:3.12-slim
#     ADD requirements.txt /app/
package verdict.dockerfile.add_instead_of_copy

import data.verdict.lib.dockerfile as docker
import rego.v1

# Extensions ADD may unpack (compressed or plain tar archives).
archive := `(?i)\.(tar|tgz|tbz|tbz2|tb2|txz|tlz|tpz|tz|tzst|gz|bz2|xz|lz|lzma|zst|z)$`

warn contains {
	"msg": sprintf("ADD copies local %q; use COPY", [src]),
	"path": array.concat(x.path, ["Value", j]),
	"resource": src,
} if {
	some x in docker.of_cmd("add")
	some j, src in x.values
	j < count(x.values) - 1
	not regex.match(`(?i)^([a-z][a-z0-9+.-]*://|git@)`, src)
	not regex.match(archive, src)
	not contains(src, "$")
	not startswith(src, "<<")
}
