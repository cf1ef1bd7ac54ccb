# METADATA
# title: npm/yarn/pnpm package added without a version
# description: >-
#   `npm install -g typescript` (or `yarn add`, `pnpm add`) fetches the
#   newest release at build time: builds drift, and a malicious release of a
#   hijacked package (as with event-stream or ua-parser-js) lands in the
#   image as soon as it is published. A package written `name@version` (or
#   a range or tag other than `latest`/`next`) is pinned; a plain
#   `npm install`/`npm ci` installs from the lock file and is fine. Local
#   paths, tarballs, git URLs and variables are not reported. One finding
#   per RUN.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3016
#   - https://docs.npmjs.com/cli/v10/commands/npm-install
# custom:
#   id: VD-DOCKER-016
#   severity: low
#   remediation: >-
#     Pin the package (`npm install -g typescript@5.6.3`), or add it to
#     package.json and install from the lock file with `npm ci`.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SR-3"]
#   example: |
#     FROM node:22-alpine
#     RUN npm install -g pm2
package verdict.dockerfile.npm_version_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

takes_value := {"--prefix", "-C", "--registry", "--loglevel", "--cache", "--userconfig", "--omit", "--include", "-w", "--workspace", "--tag", "--before", "--cwd", "--modules-folder", "--filter", "-F", "--dir"}

npm_verbs := {"install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "isntall", "add"}

# The package arguments of one simple command.
node_args(segment) := docker.command_args(segment, `^(.*/)?npm$`, npm_verbs, takes_value)

node_args(segment) := docker.command_args(segment, `^(.*/)?(yarn|pnpm)$`, {"add"}, takes_value)

node_args(segment) := array.slice(args, 1, count(args)) if {
	args := docker.command_args(segment, `^(.*/)?(yarn|pnpm)$`, {"global"}, takes_value)
	count(args) > 0
	args[0] == "add"
}

warn contains {
	"msg": sprintf("RUN installs Node packages without a version: %s", [concat(", ", sort(packages))]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	names := {p |
		some segment in docker.segments(x)
		args := node_args(segment)
		some p in docker.operands(args, takes_value)
		unpinned(p)
	}
	packages := [p | some p in names]
	count(packages) > 0
}

name := `(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*`

unpinned(p) if regex.match(sprintf(`^%s$`, [name]), p)

unpinned(p) if regex.match(sprintf(`^%s@(latest|next)$`, [name]), p)
