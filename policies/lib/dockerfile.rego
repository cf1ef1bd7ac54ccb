# Shared helpers for Dockerfile rules over conftest's instruction list
# (`[{"Cmd": "from", "Flags": [], "Value": ["alpine:3.20"], "Stage": 0, …}]`):
# the instructions with their paths, the build stages and which of them make
# up the final image, and the build arguments FROM lines can refer to.
package verdict.lib.dockerfile

import rego.v1

# verdict and `conftest test` hand policies the bare list; conftest's parser
# itself returns it wrapped in a one-element array. Accept both.
nested if {
	is_array(input)
	count(input) == 1
	is_array(input[0])
}

base_path := [0] if {
	nested
} else := []

doc := input[0] if {
	nested
} else := input

# Every instruction except comments, as {index, path, cmd, values, flags, json}:
# `cmd` lower-cased, `values`/`flags` always arrays of strings.
instructions contains {
	"index": i,
	"path": array.concat(base_path, [i]),
	"cmd": lower(ins.Cmd),
	"values": strings_of(object.get(ins, "Value", [])),
	"flags": strings_of(object.get(ins, "Flags", [])),
	"json": object.get(ins, "JSON", false) == true,
} if {
	is_array(doc)
	some i, ins in doc
	is_object(ins)
	is_string(ins.Cmd)
	lower(ins.Cmd) != "comment"
}

strings_of(list) := [s | some s in list; is_string(s)] if {
	is_array(list)
} else := []

# Instructions of one kind, e.g. of_cmd("run").
of_cmd(cmd) := {x | some x in instructions; x.cmd == cmd}

# The text a RUN (shell or exec form) executes.
command(x) := concat(" ", x.values)

# --- stages -------------------------------------------------------------

# Indices of the FROM instructions, in file order: stage k starts at from_indices[k].
from_indices := sort([x.index | some x in of_cmd("from")])

# The stage an instruction belongs to (-1 for ARGs before the first FROM).
stage_of(i) := count([f | some f in from_indices; f <= i]) - 1

final_stage := count(from_indices) - 1

# The FROM instruction that opens stage k.
from_of(k) := x if {
	some x in of_cmd("from")
	x.index == from_indices[k]
}

# A stage's name (`FROM image AS name`), lower-cased: names are case-insensitive.
stage_name(k) := lower(x.values[2]) if {
	x := from_of(k)
	count(x.values) >= 3
	lower(x.values[1]) == "as"
}

# Stage k builds on an earlier stage (`FROM builder`) rather than an image.
# (The nearest one if a name repeats: complete rules and functions must
# have one value, or evaluation fails.)
parent_stage(k) := max(named) if {
	k > 0
	x := from_of(k)
	named := {j | some j in numbers.range(0, k - 1); stage_name(j) == lower(x.values[0])}
	count(named) > 0
}

# The stages whose instructions end up in the final image: the last stage and
# the stages it is built FROM, transitively.
final_chain := graph.reachable(stage_graph, {final_stage}) if final_stage >= 0

stage_graph[k] := {j | j := parent_stage(k)} if {
	final_stage >= 0
	some k in numbers.range(0, final_stage)
}

# Instructions that shape the final image.
in_final_image(x) if stage_of(x.index) in final_chain

# --- build arguments ----------------------------------------------------

# Defaults of the ARGs declared before the first FROM (the only ones a FROM
# can use); the last declaration of a name wins.
global_args[name] := arg_default(name, last) if {
	some x in of_cmd("arg")
	x.index < from_indices[0]
	some word in x.values
	[name, _] := split_once(word, "=")
	last := max({y.index |
		some y in of_cmd("arg")
		y.index < from_indices[0]
		some w in y.values
		startswith(w, concat("", [name, "="]))
	})
}

split_once(s, sep) := [substring(s, 0, i), substring(s, i + count(sep), -1)] if {
	i := indexof(s, sep)
	i >= 0
}

unquote(s) := substring(s, 1, count(s) - 2) if {
	count(s) >= 2
	some q in [`"`, "'"]
	startswith(s, q)
	endswith(s, q)
} else := s

# ARG defaults declared in the stages of the final image (the last
# declaration of a name wins); a redeclaration without a default keeps the
# global one.
final_args[name] := arg_default(name, last) if {
	some x in of_cmd("arg")
	in_final_image(x)
	some word in x.values
	[name, _] := split_once(word, "=")
	last := max({y.index |
		some y in of_cmd("arg")
		in_final_image(y)
		some w in y.values
		startswith(w, concat("", [name, "="]))
	})
}

# The default `name` gets from the ARG instruction at `index` (its last word
# for that name, should the instruction repeat it).
arg_default(name, index) := unquote(value) if {
	some x in of_cmd("arg")
	x.index == index
	last := max({j | some j, word in x.values; startswith(word, concat("", [name, "="]))})
	[_, value] := split_once(x.values[last], "=")
}

# A FROM reference with `${NAME}` / `$NAME` replaced by the global ARG
# defaults; references without a default are left as they are.
resolve(ref) := resolve_with(ref, global_args)

# The same with the ARGs visible in the final image (for USER and the like).
resolve_final(ref) := resolve_with(ref, object.union(global_args, final_args))

resolve_with(ref, vars) := strings.replace_n(replacements, ref) if {
	replacements := {var: vars[name] |
		some var in regex.find_n(`\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*`, ref, -1)
		name := trim_right(trim_left(trim_prefix(var, "$"), "{"), "}")
		vars[name]
	}
}

# --- names that hold credentials ---------------------------------------

# Name words that say a variable holds a credential (between `_` separators).
secret_name_pattern := `(^|_)(PASSWORD|PASSWD|PASS|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?)(_|$)`

# Names that point at a secret, or configure one, rather than hold it.
reference_suffix_pattern := `_(FILE|PATH|DIR|URL|URI|NAME|ID|KEY_ID|REF|ENABLED|MODE|TYPE|TTL|TIMEOUT|LENGTH|EXPIRY)$`

secret_name(name) if {
	n := upper(name)
	regex.match(secret_name_pattern, n)
	not regex.match(reference_suffix_pattern, n)
	not regex.match(`(^|_)PUBLIC(_|$)`, n)
}

# --- shell commands -------------------------------------------------------

# The simple commands of a RUN, split at &&, ||, ;, | and newlines.
segments(x) := [trim_space(s) | some s in regex.split(`&&|\|\||;|\||\n`, command(x))]

# A RUN that mounts a build cache over `dir` (its contents never reach the image).
cache_mount(x, dir) if {
	some flag in x.flags
	startswith(flag, "--mount=")
	contains(flag, "type=cache")
	contains(flag, dir)
}

# --- command words ----------------------------------------------------------

# The words of a simple command, each with surrounding quotes removed.
words(segment) := [unquote(w) | some w in regex.split(`\s+`, trim_space(segment)); w != ""]

# The arguments after a command's verb: for the first word matching `tool`
# (`apt-get`, `/usr/bin/pip3`, the `pip` of `python -m pip`), the words after
# its first operand when that operand is one of `verbs`
# (`apt-get -y -o X=1 install a b` → `["a", "b"]`; `npm run install` → undefined).
# `takes_value` names the options whose value is the next word.
command_args(segment, tool, verbs, takes_value) := array.slice(rest, k + 1, count(rest)) if {
	ws := words(segment)
	ts := [j | some j, w in ws; regex.match(tool, w)]
	count(ts) > 0
	every w in array.slice(ws, 0, ts[0]) {
		regex.match(command_prefix, w)
	}
	rest := array.slice(ws, ts[0] + 1, count(ws))
	ks := [j | some j, w in rest; not startswith(w, "-"); not option_value(rest, j, takes_value)]
	count(ks) > 0
	k := ks[0]
	rest[k] in verbs
}

# Words that may come before the command itself: variable assignments,
# wrappers and their options, `python -m`, `uv` (of `uv pip`).
command_prefix := `^([A-Za-z_][A-Za-z0-9_]*=.*|then|else|do|\(|\{|sudo|env|exec|command|time|nice|nohup|-\S+|(.*/)?python[0-9.]*|uv)$`

# The operands among a command's arguments: not options, not the value of an
# option in `takes_value`.
operands(args, takes_value) := [w |
	some j, w in args
	not startswith(w, "-")
	not option_value(args, j, takes_value)
]

option_value(args, j, takes_value) if {
	j > 0
	args[j - 1] in takes_value
}

# The option `name` is given among the arguments, as `name` or `name=…`.
has_option(args, name) if name in args

has_option(args, name) if {
	some a in args
	startswith(a, concat("", [name, "="]))
}

# `pip install …` arguments (pip, pip3, pip3.12, python -m pip, uv pip).
pip_install_takes_value := {
	"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
	"--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root",
	"--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src",
	"--upgrade-strategy", "--progress-bar", "--cache-dir", "--log", "--proxy", "--retries",
	"--timeout", "--exists-action", "--cert", "--client-cert", "--no-binary", "--only-binary",
	"-C", "--config-settings", "--global-option", "--report", "--python",
}

pip_install_args(segment) := command_args(segment, `^(.*/)?pip[0-9.]*$`, {"install"}, pip_install_takes_value)

# The flag of an instruction (`--from=…`), by name, with its index.
flag_value(x, name) := [k, substring(f, count(name) + 3, -1)] if {
	some k, f in x.flags
	startswith(f, concat("", ["--", name, "="]))
}

# --- image references -------------------------------------------------------

# Why an image reference is not pinned, if it is not: no tag, or `latest`. A
# digest pins it; a registry port (`host:5000/app`) is not a tag; a reference
# that is still a variable is left alone.
image_unpinned(ref) := why if {
	not contains(ref, "@")
	parts := split(ref, "/")
	last := parts[count(parts) - 1]
	not contains(last, "$")
	why := tag_problem(last)
}

tag_problem(last) := "has no tag (latest)" if not contains(last, ":")

tag_problem(last) := "uses the latest tag" if split(last, ":")[1] == "latest"

# A name of a build stage declared before the instruction at index `i`.
earlier_stage(name, i) if {
	stage_of(i) > 0
	some k in numbers.range(0, stage_of(i) - 1)
	stage_name(k) == lower(name)
}
