package verdict.dockerfile.apt_lists_not_cleaned_test

import data.verdict.dockerfile.apt_lists_not_cleaned
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

test_update_without_cleanup_fires if {
	df := [i("from", [], ["ubuntu:24.04"]), i("run", [], ["apt-get update && apt-get install -y --no-install-recommends curl"])]
	some r in apt_lists_not_cleaned.warn with input as df
	r.path == [1, "Value"]
}

test_cleanup_in_same_run_passes if {
	df := [i("from", [], ["ubuntu:24.04"]), i("run", [], ["apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"])]
	count(apt_lists_not_cleaned.warn) == 0 with input as df
}

test_cleanup_in_later_run_still_fires if {
	df := [
		i("from", [], ["ubuntu:24.04"]),
		i("run", [], ["apt-get update && apt-get install -y curl"]),
		i("run", [], ["rm -rf /var/lib/apt/lists/*"]),
	]
	count(apt_lists_not_cleaned.warn) == 1 with input as df
}

test_cache_mount_passes if {
	df := [i("from", [], ["ubuntu:24.04"]), i("run", ["--mount=type=cache,target=/var/lib/apt,sharing=locked"], ["apt-get update && apt-get install -y curl"])]
	count(apt_lists_not_cleaned.warn) == 0 with input as df
}

test_builder_stage_passes if {
	df := [
		i("from", [], ["golang:1.22", "AS", "build"]),
		i("run", [], ["apt-get update && apt-get install -y git"]),
		i("from", [], ["gcr.io/distroless/static-debian12"]),
	]
	count(apt_lists_not_cleaned.warn) == 0 with input as df
}

test_parent_stage_of_final_image_counts if {
	df := [
		i("from", [], ["debian:12", "AS", "base"]),
		i("run", [], ["apt-get update && apt-get install -y curl"]),
		i("from", [], ["base"]),
	]
	count(apt_lists_not_cleaned.warn) == 1 with input as df
}
