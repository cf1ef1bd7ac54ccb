# METADATA
# title: gem install without a pinned version
# description: >-
#   `gem install rails` installs the newest release on every build, so
#   rebuilds drift and a hijacked release (as with rest-client 1.6.13) goes
#   straight into the image. Pinned: `-v`/`--version`, or `name:version`.
#   Local `.gem` files and variables are not reported; `bundle install` uses
#   the Gemfile.lock. One finding per RUN.
# related_resources:
#   - https://github.com/hadolint/hadolint/wiki/DL3028
#   - https://guides.rubygems.org/command-reference/#gem-install
# custom:
#   id: VD-DOCKER-017
#   severity: low
#   remediation: >-
#     Pin the gem (`gem install bundler -v 2.5.22` or `gem install bundler:2.5.22`),
#     or list it in the Gemfile and run `bundle install` with the lock file.
#   kinds: [dockerfile]
#   frameworks:
#     NIST-800-53: ["CM-2", "SR-3"]
#   example: |
#     FROM ruby:3.3-slim
#     RUN gem install bundler
package verdict.dockerfile.gem_version_unpinned

import data.verdict.lib.dockerfile as docker
import rego.v1

takes_value := {"-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform", "--document"}

warn contains {
	"msg": sprintf("RUN installs gems without a version: %s", [concat(", ", sort(packages))]),
	"path": array.concat(x.path, ["Value"]),
} if {
	some x in docker.of_cmd("run")
	names := {p |
		some segment in docker.segments(x)
		args := docker.command_args(segment, `^(.*/)?gem$`, {"install", "i"}, takes_value)
		not docker.has_option(args, "-v")
		not docker.has_option(args, "--version")
		some p in docker.operands(args, takes_value)
		regex.match(`^[A-Za-z0-9][A-Za-z0-9._-]*$`, p)
		not endswith(p, ".gem")
	}
	packages := [p | some p in names]
	count(packages) > 0
}
