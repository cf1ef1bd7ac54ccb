package verdict.dockerfile.add_instead_of_copy_test

import data.verdict.dockerfile.add_instead_of_copy
import rego.v1

add(values) := [
	{"Cmd": "from", "SubCmd": "", "JSON": false, "Flags": [], "Value": ["python:3.12"], "Stage": 0},
	{"Cmd": "add", "SubCmd": "", "JSON": false, "Flags": [], "Value": values, "Stage": 0},
]

test_local_file_fires if {
	some r in add_instead_of_copy.warn with input as add(["requirements.txt", "/app/"])
	r.path == [1, "Value", 0]
	r.resource == "requirements.txt"
}

test_each_local_source_fires if {
	count(add_instead_of_copy.warn) == 2 with input as add(["src/", "setup.py", "rootfs.tar.xz", "/app/"])
}

test_archives_urls_and_git_pass if {
	count(add_instead_of_copy.warn) == 0 with input as add(["rootfs.tar.gz", "/"])
	count(add_instead_of_copy.warn) == 0 with input as add(["https://example.com/a.txt", "/a.txt"])
	count(add_instead_of_copy.warn) == 0 with input as add(["git@github.com:moby/buildkit.git#v0.14.1", "/src"])
}

test_variables_and_heredocs_pass if {
	count(add_instead_of_copy.warn) == 0 with input as add(["$ARTIFACT", "/app/"])
	count(add_instead_of_copy.warn) == 0 with input as add(["<<EOF", "/etc/motd"])
}
