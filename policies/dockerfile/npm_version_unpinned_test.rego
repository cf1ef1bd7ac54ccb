package verdict.dockerfile.npm_version_unpinned_test

import data.verdict.dockerfile.npm_version_unpinned
import rego.v1

i(cmd, value) := {"Cmd": cmd, "SubCmd": "", "JSON": false, "Flags": [], "Value": value, "Stage": 0}

run(command) := [i("from", ["node:22-alpine"]), i("run", [command])]

test_unpinned_global_install_fires if {
	some r in npm_version_unpinned.warn with input as run("npm install -g pm2 typescript@5.6.3 @nestjs/cli")
	r.path == [1, "Value"]
	r.msg == "RUN installs Node packages without a version: @nestjs/cli, pm2"
}

test_latest_and_other_clients_fire if {
	count(npm_version_unpinned.warn) == 1 with input as run("npm i -g npm@latest")
	count(npm_version_unpinned.warn) == 1 with input as run("yarn global add serve")
	count(npm_version_unpinned.warn) == 1 with input as run("corepack enable && pnpm add --dir /app -D vite")
	count(npm_version_unpinned.warn) == 1 with input as run("npm --prefix /srv install --omit dev left-pad")
}

test_lock_file_installs_pass if {
	count(npm_version_unpinned.warn) == 0 with input as run("npm ci --omit=dev && npm install && yarn install --frozen-lockfile && pnpm install")
}

test_pinned_paths_and_variables_pass if {
	count(npm_version_unpinned.warn) == 0 with input as run("npm install -g pm2@5.4.2 @angular/cli@^18 ./vendor/lib.tgz git+https://github.com/a/b.git#v1 $TOOL yarn@4")
	count(npm_version_unpinned.warn) == 0 with input as run("npm run install && npm config set registry https://registry.npmjs.org/")
}
