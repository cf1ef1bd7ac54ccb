# METADATA
# title: SSM parameter holding a secret is not a SecureString
# description: >-
#   An `aws_ssm_parameter` of type `String` or `StringList` whose name says it
#   holds a secret (its last path segment contains password, passwd, secret,
#   token, api_key/apikey, private_key or credential, and does not end in
#   `_arn`, `_id`, `_name`, `_url`, `_uri`, `_endpoint`, `_host`, `_path`,
#   `_length` or `_ttl`, with `_`, `-` or `.`): the value is stored
#   unencrypted, shown in the console and returned to anyone allowed
#   `ssm:GetParameter`, without a KMS key policy to pass.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter#type
#   - https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html
# custom:
#   id: VD-TF-AWS-067
#   severity: high
#   remediation: >-
#     Set `type = "SecureString"` with `key_id = aws_kms_key.params.arn`, or
#     keep the secret in Secrets Manager; then rotate it, since the plaintext
#     value has been readable.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-28", "IA-5(7)"]
#     PCI-DSS-4.0: ["8.3.2"]
#   example: |
#     resource "aws_ssm_parameter" "db_password" {
#       name  = "/prod/db/password"
#       type  = "String"
#       value = var.db_password
#     }
package verdict.terraform.aws.ssm_parameter_secret_plaintext

import data.verdict.lib.terraform as tf
import rego.v1

secret_words := ["password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "private_key", "private-key", "privatekey", "credential"]

reference_suffixes := ["arn", "id", "name", "url", "uri", "endpoint", "host", "path", "length", "ttl"]

deny contains {
	"msg": sprintf("SSM parameter %s (%q) looks like a secret but is a plaintext %s", [r.address, r.config.name, r.config.type]),
	"path": tf.attr_path(r, ["type"]),
	"resource": r.address,
} if {
	some r in tf.of_type("aws_ssm_parameter")
	r.config.type in {"String", "StringList"}
	is_string(r.config.name)
	secret_name(r.config.name)
}

secret_name(name) if {
	segments := split(lower(name), "/")
	last := segments[count(segments) - 1]
	some word in secret_words
	contains(last, word)
	not reference(last)
}

reference(last) if {
	some suffix in reference_suffixes
	endswith(last, suffix)
	count(last) > count(suffix)
	separator := substring(last, count(last) - count(suffix) - 1, 1)
	separator in {"_", "-", "."}
}
