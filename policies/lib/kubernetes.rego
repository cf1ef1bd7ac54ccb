# Shared helpers for Kubernetes rules: where a workload's pod spec and
# containers live, with the path to each so findings point at the right line.
package verdict.lib.kubernetes

import rego.v1

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"}

pod_spec_path := ["spec"] if input.kind == "Pod"

pod_spec_path := ["spec", "template", "spec"] if input.kind in workload_kinds

pod_spec_path := ["spec", "jobTemplate", "spec", "template", "spec"] if input.kind == "CronJob"

pod_spec := object.get(input, pod_spec_path, {})

# Every container of the pod spec: regular, init and ephemeral.
containers contains {"container": c, "path": array.concat(pod_spec_path, [field, i])} if {
	some field in ["containers", "initContainers", "ephemeralContainers"]
	some i, c in pod_spec[field]
}

# The object a finding is about, e.g. "Deployment/prod/web".
resource := sprintf("%s/%s/%s", [input.kind, input.metadata.namespace, input.metadata.name]) if {
	input.metadata.namespace
} else := sprintf("%s/%s", [input.kind, object.get(input, ["metadata", "name"], "")])

# Where the pod template's metadata lives (per-container AppArmor annotations
# are read from there).
pod_meta_path := ["metadata"] if input.kind == "Pod"

pod_meta_path := ["spec", "template", "metadata"] if input.kind in workload_kinds

pod_meta_path := ["spec", "jobTemplate", "spec", "template", "metadata"] if input.kind == "CronJob"

pod_annotations := object.get(input, array.concat(pod_meta_path, ["annotations"]), {})

# A Windows pod (`spec.os.name: windows`): Pod Security Standards exempt it
# from the Linux-only restricted checks (seccomp, capabilities).
windows if pod_spec.os.name == "windows"

# A container's effective securityContext setting: its own wins over the pod's.
security_setting(c, key) := value if {
	value := c.container.securityContext[key]
} else := value if {
	value := pod_spec.securityContext[key]
}

# Where that effective setting is written; when neither the container nor the
# pod sets it, the container's securityContext (or the container itself).
security_setting_path(c, key) := array.concat(c.path, ["securityContext", key]) if {
	has_key(c.container.securityContext, key)
} else := array.concat(pod_spec_path, ["securityContext", key]) if {
	has_key(pod_spec.securityContext, key)
} else := deepest_path(c.path, c.container, ["securityContext", key])

# Whether `obj` is an object holding `key` (whatever the value, even false).
has_key(obj, key) if {
	is_object(obj)
	_ = obj[key]
}

# `base` extended by the longest prefix of `keys` present under `obj` (which
# sits at `base`): a finding about a missing setting points at its parent.
deepest_path(base, obj, keys) := array.concat(base, array.slice(keys, 0, n)) if {
	present := {i |
		some i in numbers.range(1, count(keys))
		object.get(obj, array.slice(keys, 0, i), null) != null
	}
	n := max(present | {0})
}

# The regular (long-running) containers only, without init and ephemeral ones.
app_containers contains c if {
	some c in containers
	c.path[count(c.path) - 2] == "containers"
}

# Controllers that keep pods running (probes make sense for them; not for
# Jobs, CronJobs or bare Pods).
long_running_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"}

# A value still holding a template expression (Helm `{{ }}`, envsubst
# `${VAR}`): what it becomes is not known, so rules stay quiet about it.
templated(value) if {
	is_string(value)
	regex.match(`\{\{|\$\{`, value)
}

# ---- RBAC ----------------------------------------------------------------

# The rules of a Role or ClusterRole, by index.
rbac_rules := {i: rule |
	input.kind in {"Role", "ClusterRole"}
	is_array(input.rules)
	some i, rule in input.rules
	is_object(rule)
}

# The string entries of a rule's list field (`verbs`, `resources`,
# `apiGroups`, `resourceNames`), by index.
rule_list(rule, field) := {j: v | is_array(rule[field]); some j, v in rule[field]; is_string(v)}

# Whether the rule applies to the core API group (`""`) or to every group.
core_group(rule) if {
	some g in rule_list(rule, "apiGroups")
	g in {"", "*"}
}

# Whether the rule applies to API group `group` (or to every group).
in_group(rule, group) if {
	some g in rule_list(rule, "apiGroups")
	g in {group, "*"}
}

# Whether the rule grants one of `verbs` (explicitly or through `*`).
grants_any(rule, verbs) if {
	some v in rule_list(rule, "verbs")
	lower(v) in (verbs | {"*"})
}

# Whether the rule is narrowed to named objects (`resourceNames`).
named_only(rule) if count(rule_list(rule, "resourceNames")) > 0

# The subjects of a RoleBinding or ClusterRoleBinding, by index.
binding_subjects := {i: s |
	input.kind in {"RoleBinding", "ClusterRoleBinding"}
	is_array(input.subjects)
	some i, s in input.subjects
	is_object(s)
}

# ---- control-plane static pods -------------------------------------------

# Containers that run the kube-apiserver binary: as the first word of the
# command line, through `hyperkube apiserver`, or as the entrypoint of a
# kube-apiserver image given flags only.
apiserver_containers contains c if {
	some c in containers
	runs_apiserver(c.container)
}

runs_apiserver(container) if basename(command_words(container)[0]) == "kube-apiserver"

runs_apiserver(container) if {
	words := command_words(container)
	basename(words[0]) == "hyperkube"
	words[1] in {"apiserver", "kube-apiserver"}
}

runs_apiserver(container) if {
	count(string_list(container, "command")) == 0
	startswith(command_words(container)[0], "-")
	ref := image_ref(container.image)
	basename(ref.name) == "kube-apiserver"
}

command_words(container) := array.concat(string_list(container, "command"), string_list(container, "args"))

string_list(obj, field) := [v | is_array(obj[field]); some v in obj[field]; is_string(v)]

basename(path) := name if {
	parts := split(path, "/")
	name := parts[count(parts) - 1]
}

# Every `--name=value` (or bare `--name`) flag of a container, with the path
# to the list entry that sets it. `next` is the following word when it is
# not a flag: the value of `--name value` for flags that take one (boolean
# flags do not accept that form; see `flag_value`).
flags(c) := [f |
	some field in ["command", "args"]
	words := c.container[field]
	is_array(words)
	some j, arg in words
	is_string(arg)
	startswith(arg, "--")
	parts := split(trim_prefix(arg, "--"), "=")
	f := {
		"name": parts[0],
		"value": concat("=", array.slice(parts, 1, count(parts))),
		"bare": count(parts) == 1,
		"next": next_word(words, j),
		"path": array.concat(c.path, [field, j]),
	}
]

next_word(words, j) := word if {
	word := words[j + 1]
	is_string(word)
	not startswith(word, "-")
} else := ""

# The value of a flag that takes one: `--name=value` or `--name value`.
flag_value(f) := f.next if f.bare else := f.value

# Where a finding about a missing flag points: the container's command (or
# args, or the container itself).
command_path(c) := array.concat(c.path, ["command"]) if {
	is_array(c.container.command)
} else := array.concat(c.path, ["args"]) if {
	is_array(c.container.args)
} else := c.path

# ---- images --------------------------------------------------------------

# An image reference taken apart: `registry` (docker.io when none is named),
# `name` (registry and repository, Docker Hub's `library/` made explicit),
# `tag` ("" when none) and `digest` ("" when none).
image_ref(image) := {"registry": registry, "name": name, "tag": tag, "digest": digest} if {
	is_string(image)
	at := split(image, "@")
	digest := concat("@", array.slice(at, 1, count(at)))
	parts := split(at[0], "/")
	last := parts[count(parts) - 1]
	tag_parts := split(last, ":")
	tag := concat(":", array.slice(tag_parts, 1, count(tag_parts)))
	path := array.concat(array.slice(parts, 0, count(parts) - 1), [tag_parts[0]])
	registry := image_registry(path)
	repo := repository(path, registry)
	name := concat("/", [registry, repo])
}

image_registry(path) := lower(path[0]) if {
	count(path) > 1
	regex.match(`[.:]|^localhost$`, path[0])
	not lower(path[0]) == "index.docker.io"
} else := "docker.io"

# Docker Hub: an explicit `docker.io/` or `index.docker.io/` host is
# dropped, and a one-part name is an official `library/` image.
repository(path, "docker.io") := hub_repository(hub_path(path))

hub_path(path) := array.slice(path, 1, count(path)) if {
	count(path) > 1
	lower(path[0]) in {"docker.io", "index.docker.io"}
} else := path

hub_repository(rest) := concat("/", ["library", rest[0]]) if {
	count(rest) == 1
} else := concat("/", rest)

repository(path, registry) := concat("/", array.slice(path, 1, count(path))) if registry != "docker.io"

# The effective `--name` flag of a container: the last one given wins.
flag(c, name) := f if {
	matching := [x | some x in flags(c); x.name == name]
	count(matching) > 0
	f := matching[count(matching) - 1]
}

# Whether the container passes `--name` at all.
has_flag(c, name) if {
	some x in flags(c)
	x.name == name
}

# The comma-separated values of a flag that takes a list, trimmed.
flag_list(f) := {trim_space(v) | some v in split(flag_value(f), ",")}
