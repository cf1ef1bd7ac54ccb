package verdict.dockerfile.world_writable_permissions_test

import data.verdict.dockerfile.world_writable_permissions
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

run(command) := [i("from", [], ["node:22-alpine"]), i("run", [], [command])]

test_chmod_777_fires if {
	some r in world_writable_permissions.deny with input as run("mkdir -p /app/data && chmod -R 777 /app")
	r.path == [1, "Value"]
	contains(r.msg, "chmod 777")
}

test_other_world_writable_modes_fire if {
	count(world_writable_permissions.deny) == 1 with input as run("chmod 666 /etc/app.conf")
	count(world_writable_permissions.deny) == 1 with input as run("chmod 0777 /srv")
	count(world_writable_permissions.deny) == 1 with input as run("chmod a+rwx /srv")
	count(world_writable_permissions.deny) == 1 with input as run("chmod u+x,o+w /entrypoint.sh")
	count(world_writable_permissions.deny) == 1 with input as run("find /app -type d -exec chmod 777 {} +")
}

test_copy_chmod_fires_at_the_flag if {
	df := [i("from", [], ["alpine:3.20"]), i("copy", ["--chown=10001", "--chmod=777"], ["app", "/app"])]
	some r in world_writable_permissions.deny with input as df
	r.path == [1, "Flags", 1]
}

test_restricted_and_sticky_modes_pass if {
	count(world_writable_permissions.deny) == 0 with input as run("chmod 755 /entrypoint.sh && chmod -R g=u /app && chmod 1777 /tmp && chmod +x run.sh && chmod o-w /srv")
	count(world_writable_permissions.deny) == 0 with input as run("chmod a+rwxt /scratch && chmod 0640 /etc/app.conf && chmod $MODE /x")
	count(world_writable_permissions.deny) == 0 with input as [i("copy", ["--chmod=0755"], ["run.sh", "/"])]
}

test_chmod_words_elsewhere_pass if {
	count(world_writable_permissions.deny) == 0 with input as run("echo chmodded 777 && mkdir -m 755 /x")
}
