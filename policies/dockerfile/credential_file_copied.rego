# METADATA
# title: Credential file copied into the image
# description: >-
#   COPY or ADD of a credential file (`.npmrc`, `.pypirc`, `.netrc`,
#   `.git-credentials`, `.aws/credentials`, `.docker/config.json`,
#   `.kube/config`, SSH private keys such as `id_rsa`/`id_ed25519`, a
#   `.ssh` directory, `.p12`/`.pfx` key stores) writes it into a layer of
#   the image: deleting it in a later RUN does not remove it from the layer,
#   and anyone who can pull the image can extract it. Sources and
#   destinations are both checked; only the stages that make up the final
#   image are reported.
# related_resources:
#   - https://docs.docker.com/build/building/secrets/
#   - https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/
#   - https://avd.aquasec.com/misconfig/dockerfile/general/
# custom:
#   id: VD-DOCKER-022
#   severity: high
#   remediation: >-
#     Mount the file for the one RUN that needs it:
#     `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci` with
#     `docker build --secret id=npmrc,src=$HOME/.npmrc`, or
#     `RUN --mount=type=ssh git clone git@…` for SSH keys; add the files to
#     .dockerignore, and rotate any credential already pushed in an image.
#   kinds: [dockerfile]
#   frameworks:
#     CIS-Docker-1.6: ["4.10"]
#     NIST-800-53: ["IA-5(7)", "SC-28"]
#     PCI-DSS-4.0: ["8.6.2"]
#   example: |
#     FROM node:22-alpine
#     COPY .npmrc package.json package-lock.json ./
#     RUN npm ci && rm .npmrc
package verdict.dockerfile.credential_file_copied

import data.verdict.lib.dockerfile as docker
import rego.v1

# File names that hold credentials.
credential_names := {
	".npmrc", ".pypirc", ".netrc", "_netrc", ".git-credentials", ".pgpass", ".my.cnf",
	"id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "credentials.json",
	"application_default_credentials.json",
}

deny contains {
	"msg": sprintf("%s puts the credential file %q into the image", [upper(x.cmd), value]),
	"path": array.concat(x.path, ["Value", j]),
	"resource": value,
} if {
	some x in docker.instructions
	x.cmd in {"copy", "add"}
	docker.in_final_image(x)
	some j, value in x.values
	not startswith(value, "<<")
	not contains(value, "$")
	credential_path(lower(trim_right(value, "/")))
}

credential_path(p) if basename(p) in credential_names

# Key stores holding private keys.
credential_path(p) if regex.match(`\.(p12|pfx)$`, p)

# Credential files known by their directory.
credential_path(p) if regex.match(`(^|/)\.(aws/credentials|docker/config\.json|kube/config)$`, p)

# A whole ~/.ssh (private keys) or a file inside one, other than known_hosts
# and public keys.
credential_path(p) if {
	regex.match(`(^|/)\.ssh(/|$)`, p)
	not regex.match(`/(known_hosts|[^/]*\.pub|config)$`, p)
}

basename(p) := parts[count(parts) - 1] if parts := split(p, "/")
