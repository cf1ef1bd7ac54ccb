package verdict.runtime.shell_in_container_test

import data.verdict.runtime.shell_in_container as shell
import rego.v1

terminal_shell := {
	"rule": "Terminal shell in container",
	"priority": "Notice",
	"output": "A shell was spawned in a container with an attached terminal (user=root shell=bash)",
	"output_fields": {"container.id": "f29b261f8831", "k8s.pod.name": "alpine", "k8s.ns.name": "default", "proc.name": "bash", "proc.cmdline": "bash -il"},
	"source": "syscall",
}

test_terminal_shell_fires if {
	some r in shell.deny with input as terminal_shell
	r.path == ["output_fields", "proc.name"]
	r.resource == "default/alpine"
	r.msg == `shell bash (bash -il) spawned in pod default/alpine (container f29b261f8831) (Falco rule "Terminal shell in container")`
}

test_shell_tag_on_custom_rule_fires if {
	doc := {"rule": "Shell in prod", "priority": "Warning", "tags": ["container", "shell"], "output_fields": {"container.id": "abc"}}
	some r in shell.deny with input as doc
	r.path == ["rule"]
	r.msg == `shell unknown process spawned in container abc (Falco rule "Shell in prod")`
}

test_spawned_shell_process_fires if {
	doc := {"rule": "Spawned process", "priority": "Notice", "output_fields": {"container.id": "abc", "evt.type": "execve", "proc.name": "zsh"}}
	count(shell.deny) == 1 with input as doc
}

test_shell_reading_a_file_is_not_a_spawn if {
	doc := {"rule": "Read sensitive file untrusted", "priority": "Warning", "output_fields": {"container.id": "abc", "evt.type": "openat", "proc.name": "bash", "fd.name": "/etc/shadow"}}
	count(shell.deny) == 0 with input as doc
}

test_host_shell_passes if {
	doc := json.patch(terminal_shell, [{"op": "replace", "path": "/output_fields/container.id", "value": "host"}])
	count(shell.deny) == 0 with input as doc
	count(shell.deny) == 0 with input as json.patch(terminal_shell, [{"op": "remove", "path": "/output_fields/container.id"}])
	count(shell.deny) == 0 with input as json.patch(terminal_shell, [{"op": "replace", "path": "/output_fields/container.id", "value": "<NA>"}])
}

test_other_rules_pass if {
	doc := {"rule": "Contact K8S API Server From Container", "priority": "Notice", "output_fields": {"container.id": "12fc4de5ccc3", "proc.name": "handler"}}
	count(shell.deny) == 0 with input as doc
}
