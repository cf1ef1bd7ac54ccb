package verdict.dockerfile.pip_no_cache_dir_test

import data.verdict.dockerfile.pip_no_cache_dir
import rego.v1

i(cmd, flags, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": flags, "Value": value, "Stage": 0}

run(flags, command) := [i("from", [], ["python:3.12-slim"]), i("run", flags, [command])]

test_pip_without_flag_fires if {
	some r in pip_no_cache_dir.warn with input as run([], "pip install -r requirements.txt")
	r.path == [1, "Value"]
	count(pip_no_cache_dir.warn) == 1 with input as run([], "python3 -m pip install --upgrade pip && pip install --no-cache-dir -r requirements.txt")
}

test_flag_env_and_cache_mount_pass if {
	count(pip_no_cache_dir.warn) == 0 with input as run([], "pip install --no-cache-dir -r requirements.txt")
	count(pip_no_cache_dir.warn) == 0 with input as run([], "PIP_NO_CACHE_DIR=1 pip install -r requirements.txt")
	count(pip_no_cache_dir.warn) == 0 with input as run(["--mount=type=cache,target=/root/.cache/pip"], "pip install -r requirements.txt")
	count(pip_no_cache_dir.warn) == 0 with input as run([], "pip install -r requirements.txt && rm -rf /root/.cache")
	count(pip_no_cache_dir.warn) == 0 with input as run([], "uv pip install --system -r requirements.txt")
	df := [i("from", [], ["python:3.12-slim"]), i("env", [], ["PIP_NO_CACHE_DIR", "1", "="]), i("run", [], ["pip install flask==3.0.3"])]
	count(pip_no_cache_dir.warn) == 0 with input as df
}

test_builder_stage_passes if {
	df := [
		i("from", [], ["python:3.12", "AS", "build"]),
		i("run", [], ["pip wheel -w /wheels -r requirements.txt && pip install build"]),
		i("from", [], ["python:3.12-slim"]),
		i("run", [], ["pip install --no-cache-dir /wheels/*"]),
	]
	count(pip_no_cache_dir.warn) == 0 with input as df
}
