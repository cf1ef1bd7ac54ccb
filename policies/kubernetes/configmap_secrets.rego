# METADATA
# title: Secret stored in a ConfigMap
# description: >-
#   ConfigMaps are not treated as confidential: they are readable by far
#   more roles than Secrets, are not encrypted at rest by an
#   EncryptionConfiguration that covers Secrets, and show up in `kubectl
#   describe` and audit logs in full. Reported: a `data` key whose name says
#   it holds a credential (password, passwd, passphrase, secret, token,
#   api key, private key, access key, credentials; separators `_`, `-`, `.`)
#   with a literal value, and any value holding a PEM private key. Not
#   reported: empty values, booleans, `$(VAR)` and template expressions, and
#   names that point at a secret rather than hold it (suffixes _FILE,
#   _PATH, _URL, _NAME, _ID, _REF, _ENABLED, _TTL, _LENGTH, …).
# related_resources:
#   - https://kubernetes.io/docs/concepts/configuration/configmap/
#   - https://kubernetes.io/docs/concepts/security/secrets-good-practices/
# custom:
#   id: VD-K8S-045
#   severity: high
#   remediation: >-
#     Move the value into a Secret (created out of band or by an external
#     secrets operator), mount or reference it from there, and rotate the
#     exposed credential.
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: ["IA-5(7)", "SC-28"]
#     PCI-DSS-4.0: ["8.6.2"]
#   example: |
#     apiVersion: v1
#     kind: ConfigMap
#     metadata: {name: app}
#     data:
#       DB_HOST: db.internal
#       DB_PASSWORD: hunter2
package verdict.kubernetes.configmap_secrets

import data.verdict.lib.kubernetes as k8s
import rego.v1

secret_name := `(^|_)(PASSWORD|PASSWD|PASS|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?)(_|$)`

reference_suffix := `_(FILE|PATH|DIR|URL|URI|NAME|ID|KEY_ID|REF|ENABLED|MODE|TYPE|TTL|TIMEOUT|LENGTH|EXPIRY|EXPIRATION|LIFETIME|HEADER|FIELD)$`

deny contains {
	"msg": sprintf("ConfigMap %q holds %s in plain text", [object.get(input, ["metadata", "name"], ""), key]),
	"path": ["data", key],
	"resource": k8s.resource,
} if {
	some key, value in configmap_data
	name := regex.replace(upper(key), `[-.]`, "_")
	regex.match(secret_name, name)
	not regex.match(reference_suffix, name)
	literal(value)
}

deny contains {
	"msg": sprintf("ConfigMap %q holds a private key in %s", [object.get(input, ["metadata", "name"], ""), key]),
	"path": ["data", key],
	"resource": k8s.resource,
} if {
	some key, value in configmap_data
	is_string(value)
	regex.match(`-----BEGIN ([A-Z]+ )?PRIVATE KEY-----`, value)
}

configmap_data := input.data if {
	input.kind == "ConfigMap"
	is_object(input.data)
} else := {}

literal(value) if {
	is_string(value)
	trim_space(value) != ""
	not lower(value) in {"true", "false", "yes", "no", "null", "none", "changeme", "<none>"}
	not regex.match(`^\$\([A-Za-z_][A-Za-z0-9_]*\)$`, value)
	not k8s.templated(value)
}
