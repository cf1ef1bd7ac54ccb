package verdict.dockerfile.credential_file_copied_test

import data.verdict.dockerfile.credential_file_copied
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

copy(values) := [i("from", [], ["node:22-alpine"]), i("copy", [], values)]

test_npmrc_fires_at_the_source if {
	some r in credential_file_copied.deny with input as copy([".npmrc", "package.json", "./"])
	r.path == [1, "Value", 0]
	r.resource == ".npmrc"
}

test_keys_and_cloud_credentials_fire if {
	count(credential_file_copied.deny) == 1 with input as copy(["deploy/id_ed25519", "/root/keys/"])
	count(credential_file_copied.deny) == 1 with input as copy(["aws", "/root/.aws/credentials"])
	count(credential_file_copied.deny) == 1 with input as copy(["ssh/", "/root/.ssh/"])
	count(credential_file_copied.deny) == 1 with input as [i("from", [], ["python:3.12"]), i("add", ["--chown=app"], ["certs/client.p12", "/etc/app/"])]
	count(credential_file_copied.deny) == 1 with input as copy([".docker/config.json", "/root/.docker/"])
}

test_public_files_pass if {
	count(credential_file_copied.deny) == 0 with input as copy(["known_hosts", "/root/.ssh/known_hosts"])
	count(credential_file_copied.deny) == 0 with input as copy(["id_ed25519.pub", "/root/.ssh/id_ed25519.pub"])
	count(credential_file_copied.deny) == 0 with input as copy(["package.json", ".npmrc.example", "/app/"])
	count(credential_file_copied.deny) == 0 with input as copy(["$CONFIG", "/app/"])
}

test_builder_stage_passes if {
	df := [
		i("from", [], ["node:22", "AS", "build"]),
		i("copy", [], [".npmrc", "./"]),
		i("from", [], ["node:22-alpine"]),
		i("copy", ["--from=build"], ["/app/dist", "/app"]),
	]
	count(credential_file_copied.deny) == 0 with input as df
}

test_copy_from_a_builder_into_the_final_image_fires if {
	df := [
		i("from", [], ["node:22", "AS", "build"]),
		i("from", [], ["node:22-alpine"]),
		i("copy", ["--from=build"], ["/root/.npmrc", "/root/"]),
	]
	count(credential_file_copied.deny) == 1 with input as df
}
