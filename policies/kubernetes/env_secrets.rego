# METADATA
# title: Secret hard-coded in a container environment variable
# description: >-
#   An `env` entry whose name says it holds a credential (PASSWORD, PASSWD,
#   PASS, PASSPHRASE, SECRET, TOKEN, API_KEY, APIKEY, PRIVATE_KEY, ACCESS_KEY,
#   CREDENTIALS) with a literal `value` puts the secret in the manifest, in
#   Git, in `kubectl get -o yaml` output and in the API server's audit log.
#   Not reported: `valueFrom` references, empty values, `$(VAR)`
#   references, booleans and names that point at a secret rather than hold
#   it (suffixes _FILE, _PATH, _DIR, _URL, _URI, _NAME, _ID, _KEY_ID, _REF,
#   _ENABLED, _MODE, _TYPE, _TTL, _TIMEOUT, _LENGTH, _EXPIRY).
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables
#   - https://kubernetes.io/docs/concepts/security/secrets-good-practices/
# custom:
#   id: VD-K8S-023
#   severity: high
#   remediation: >-
#     Move the value into a Secret (created out of band or by an external
#     secrets operator) and reference it with
#     `valueFrom: {secretKeyRef: {name: db, key: password}}`, or mount it as a
#     file; rotate the exposed credential.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["IA-5(7)"]
#     PCI-DSS-4.0: ["8.6.2"]
#   example: |
#     apiVersion: v1
#     kind: Pod
#     metadata: {name: db}
#     spec:
#       containers:
#         - name: mysql
#           image: mysql:8.4
#           env:
#             - {name: MYSQL_ROOT_PASSWORD, value: supersecret}
package verdict.kubernetes.env_secrets

import data.verdict.lib.kubernetes as k8s
import rego.v1

# Name words that say the variable holds a credential (matched between `_`
# separators, so TOKENREF or PASSTHROUGH do not count).
secret_name := `(^|_)(PASSWORD|PASSWD|PASS|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?)(_|$)`

# Suffixes naming where a secret is, or a setting about it, not the secret.
reference_suffix := `_(FILE|PATH|DIR|URL|URI|NAME|ID|KEY_ID|REF|ENABLED|MODE|TYPE|TTL|TIMEOUT|LENGTH|EXPIRY)$`

deny contains {
	"msg": sprintf("container %q sets %s to a literal value", [c.container.name, env.name]),
	"path": array.concat(c.path, ["env", i, "value"]),
	"resource": k8s.resource,
} if {
	some c in k8s.containers
	is_array(c.container.env)
	some i, env in c.container.env
	is_string(env.name)
	name := upper(env.name)
	regex.match(secret_name, name)
	not regex.match(reference_suffix, name)
	literal_secret(env.value)
}

literal_secret(value) if {
	is_string(value)
	value != ""
	not lower(value) in {"true", "false", "yes", "no"}
	not regex.match(`^\$\([A-Za-z_][A-Za-z0-9_]*\)$`, value)
}
