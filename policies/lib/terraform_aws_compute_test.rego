package verdict.lib.terraform_aws_compute_test

import data.verdict.lib.terraform_aws_compute as c
import rego.v1

test_containers if {
	c.containers({"config": {"container_definitions": `[{"name": "a"}, 3]`}}) == [{"name": "a"}]
	not c.containers({"config": {"container_definitions": "${jsonencode(local.x)}"}})
	not c.containers({"config": {"container_definitions": "{not json"}})
	c.container_name({"name": "a"}) == "a"
	c.container_name({}) == "?"
}

test_credentials if {
	c.has_aws_credentials("export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n")
	c.has_aws_credentials("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
	not c.has_aws_credentials("AKIAIOSFODNN7EXAMPLEXYZ")
	not c.has_aws_credentials("#!/bin/bash\necho hello")
}

test_decoded if {
	"#!/bin/bash\nexport K=AKIAIOSFODNN7EXAMPLE" in c.texts(base64.encode("#!/bin/bash\nexport K=AKIAIOSFODNN7EXAMPLE"))
	c.texts("plain text") == {"plain text"}
}

test_plain_secret if {
	c.plain_secret("KEY", "AKIAIOSFODNN7EXAMPLE")
	c.plain_secret("AWS_SECRET_ACCESS_KEY", "x")
	c.plain_secret("DB_PASSWORD", "hunter2hunter2")
	not c.plain_secret("DB_PASSWORD", "${var.pw}")
	not c.plain_secret("DB_PASSWORD_ARN", "arn:aws:secretsmanager:eu-west-1:1:secret:x")
	not c.plain_secret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:1:secret:x")
	not c.plain_secret("TOKEN", "short")
	not c.plain_secret("LOG_LEVEL", "debug-verbose")
	not c.plain_secret("SECRETS_BUCKET", "acme-secrets-bucket")
	not c.plain_secret("TOKEN_AUDIENCE", "https://api.example.com")
	not c.plain_secret("OAUTH_TOKEN", "https://auth.example.com/token")
	not c.plain_secret("DB_PASSWORD", "{{resolve:secretsmanager:db}}")
	not c.plain_secret("DB_PASSWORD", "<set-me-later>")
	not c.plain_secret("DB_PASSWORD", "$DB_PASSWORD_FROM_ENV")
}
