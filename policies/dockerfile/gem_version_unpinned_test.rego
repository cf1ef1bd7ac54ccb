package verdict.dockerfile.gem_version_unpinned_test

import data.verdict.dockerfile.gem_version_unpinned
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["ruby:3.3-slim"]), i("run", [command])]

test_unpinned_fires if {
	some r in gem_version_unpinned.warn with input as run("gem install --no-document bundler rake:13.2.1")
	r.path == [1, "Value"]
	r.msg == "RUN installs gems without a version: bundler"
}

test_pinned_passes if {
	count(gem_version_unpinned.warn) == 0 with input as run("gem install bundler -v 2.5.22")
	count(gem_version_unpinned.warn) == 0 with input as run("gem install --version=2.5.22 bundler")
	count(gem_version_unpinned.warn) == 0 with input as run("gem install ./pkg/app-1.0.gem $EXTRA_GEM")
}

test_bundler_and_other_verbs_pass if {
	count(gem_version_unpinned.warn) == 0 with input as run("bundle install --deployment && gem update --system 3.5.22 && gem list")
}
