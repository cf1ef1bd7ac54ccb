# Test policy: every string "MARK-…" in any input reports the place it
# sits, so a test can check that the reported line holds that marker.
package test.markers

import rego.v1

# A marker as a scalar value (object member or array element).
deny contains {"msg": value, "path": path} if {
	walk(input, [path, value])
	is_string(value)
	startswith(value, "MARK-")
	not last(path) == "marker"
	not is_root_output(path)
}

# A marker as an object key: the path ends at that key.
deny contains {"msg": key, "path": key_path} if {
	walk(input, [path, value])
	is_object(value)
	some key in object.keys(value)
	startswith(key, "MARK-")
	key_path := array.concat(path, [key])
}

# `marker: MARK-…` inside an object: the path names the object itself.
deny contains {"msg": value.marker, "path": path} if {
	walk(input, [path, value])
	is_object(value)
	startswith(value.marker, "MARK-")
}

# A Falco event whose output is a marker: no path, so the document's own line.
deny contains {"msg": input.output} if {
	startswith(input.output, "MARK-")
}

is_root_output(path) if path == ["output"]

last(path) := path[count(path) - 1]
