package verdict.dockerfile.pip_version_unpinned_test

import data.verdict.dockerfile.pip_version_unpinned
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["python:3.12-slim"]), i("run", [command])]

test_unpinned_fires if {
	some r in pip_version_unpinned.warn with input as run("pip install --no-cache-dir flask gunicorn==22.0.0 'uvicorn[standard]'")
	r.path == [1, "Value"]
	r.msg == "RUN installs Python packages without a version: flask, uvicorn[standard]"
}

test_every_spelling_of_pip_fires if {
	count(pip_version_unpinned.warn) == 1 with input as run("python3 -m pip install requests")
	count(pip_version_unpinned.warn) == 1 with input as run("/opt/venv/bin/pip3.12 install --user -i https://pypi.example/simple requests")
	count(pip_version_unpinned.warn) == 1 with input as run("apt-get update && uv pip install --system httpx && rm -rf /var/lib/apt/lists/*")
}

test_specifiers_and_files_pass if {
	count(pip_version_unpinned.warn) == 0 with input as run("pip install 'flask==3.0.3' \"django>=5,<6\" requests~=2.32 'pkg @ https://x.example/pkg-1.0.tar.gz'")
	count(pip_version_unpinned.warn) == 0 with input as run("pip install --require-hashes -r requirements.txt")
	count(pip_version_unpinned.warn) == 0 with input as run("pip install . && pip install -e ./lib dist/app-1.0-py3-none-any.whl git+https://github.com/a/b@v1")
	count(pip_version_unpinned.warn) == 0 with input as run("pip install -c constraints.txt flask")
}

test_installer_upgrade_and_variables_pass if {
	count(pip_version_unpinned.warn) == 0 with input as run("pip install --upgrade pip setuptools wheel && pip install ${APP_PACKAGE} \"$EXTRA\"")
	count(pip_version_unpinned.warn) == 1 with input as run("pip install pip")
}

test_other_commands_pass if {
	count(pip_version_unpinned.warn) == 0 with input as run("pip download flask && pipenv install flask && pip freeze")
}
