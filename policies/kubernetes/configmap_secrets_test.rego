package verdict.kubernetes.configmap_secrets_test

import data.verdict.kubernetes.configmap_secrets
import rego.v1

cm(d) := {"kind": "ConfigMap", "metadata": {"name": "app", "namespace": "shop"}, "data": d}

test_password_key_fires if {
	some r in configmap_secrets.deny with input as cm({"DB_HOST": "db", "db-password": "hunter2"})
	r.path == ["data", "db-password"]
	r.resource == "ConfigMap/shop/app"
}

test_token_with_dots_fires if {
	count(configmap_secrets.deny) == 1 with input as cm({"github.token": "ghp_abc"})
}

test_private_key_value_fires if {
	some r in configmap_secrets.deny with input as cm({"server.pem": "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"})
	r.path == ["data", "server.pem"]
}

test_references_and_placeholders_pass if {
	count(configmap_secrets.deny) == 0 with input as cm({
		"PASSWORD_FILE": "/run/secrets/db",
		"token_ttl": "1h",
		"password_min_length": "12",
		"SECRET_ENABLED": "true",
		"API_KEY": "",
		"ACCESS_TOKEN": "$(TOKEN)",
		"SECRET_KEY": "{{ .Values.secretKey }}",
		"ca.crt": "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
	})
}

test_other_kinds_and_shapes_pass if {
	count(configmap_secrets.deny) == 0 with input as {"kind": "Secret", "metadata": {"name": "s"}, "stringData": {"password": "x"}}
	count(configmap_secrets.deny) == 0 with input as cm("password=x")
	count(configmap_secrets.deny) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "empty"}}
}
