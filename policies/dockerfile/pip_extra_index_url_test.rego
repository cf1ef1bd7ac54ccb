package verdict.dockerfile.pip_extra_index_url_test

import data.verdict.dockerfile.pip_extra_index_url
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["python:3.12-slim"]), i("run", [command])]

test_extra_index_fires if {
	some r in pip_extra_index_url.deny with input as run("pip install --no-cache-dir --extra-index-url https://pypi.internal.example/simple internal-sdk==2.1.0")
	r.path == [1, "Value"]
}

test_other_spellings_fire if {
	count(pip_extra_index_url.deny) == 1 with input as run("python -m pip install torch==2.4.1 --extra-index-url=https://download.pytorch.org/whl/cpu")
	count(pip_extra_index_url.deny) == 1 with input as run("pip config --global set global.extra-index-url https://pypi.internal/simple")
	df := [i("from", ["python:3.12"]), i("env", ["PIP_EXTRA_INDEX_URL", "https://pypi.internal/simple", "="])]
	some r in pip_extra_index_url.deny with input as df
	r.path == [1, "Value", 0]
}

test_single_index_hashes_and_uv_pass if {
	count(pip_extra_index_url.deny) == 0 with input as run("pip install --index-url https://pypi.internal/simple app==1.0")
	count(pip_extra_index_url.deny) == 0 with input as run("pip install --require-hashes --extra-index-url https://pypi.internal/simple -r requirements.txt")
	count(pip_extra_index_url.deny) == 0 with input as run("uv pip install --system --extra-index-url https://download.pytorch.org/whl/cpu torch==2.4.1")
	count(pip_extra_index_url.deny) == 0 with input as [i("env", ["PIP_EXTRA_INDEX_URL", "\"\"", "="])]
}
