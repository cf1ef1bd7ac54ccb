# METADATA
# title: AWS provider configured with static credentials
# description: >-
#   A `provider "aws"` block sets `access_key`, `secret_key` or `token` to a
#   literal (or to a variable whose value is written in the configuration):
#   the credential is committed with the code and copied wherever it goes.
#   Values Terraform reads at run time (an unset variable, the environment,
#   a profile, an assumed role) are not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration
#   - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles
# custom:
#   id: VD-TF-AWS-038
#   severity: critical
#   remediation: >-
#     Remove the credential from the configuration, revoke it, and let the
#     provider find credentials itself: `assume_role`, a named `profile`,
#     environment variables, or OIDC federation in CI.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["IA-5(7)"]
#     PCI-DSS-4.0: ["8.3.2", "8.6.2"]
#     OWASP-CICD-Top-10: ["CICD-SEC-6"]
#   example: |
#     provider "aws" {
#       region     = "eu-west-1"
#       access_key = "AKIAIOSFODNN7EXAMPLE"
#       secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
#     }
package verdict.terraform.aws.provider_static_credentials

import data.verdict.lib.terraform as tf
import rego.v1

credential_keys := ["access_key", "secret_key", "token"]

deny contains {
	"msg": sprintf("provider \"aws\"%s sets %s in the configuration", [alias(p), key]),
	"path": ["provider", "aws", i, key],
	"resource": sprintf("provider.aws%s", [alias(p)]),
} if {
	providers := input.provider.aws
	is_array(providers)
	some i, p in providers
	is_object(p)
	some key in credential_keys
	literal(p[key])
}

# A plan: a constant written in the provider configuration.
deny contains {
	"msg": sprintf("provider %q sets %s in the configuration", [name, key]),
	"path": ["configuration", "provider_config", name, "expressions", key],
	"resource": sprintf("provider.%s", [name]),
} if {
	configs := input.configuration.provider_config
	is_object(configs)
	some name, cfg in configs
	is_object(cfg)
	cfg.name == "aws"
	some key in credential_keys
	literal(cfg.expressions[key].constant_value)
}

literal(v) if {
	is_string(v)
	v != ""
	not tf.unknown(v)
}

alias(p) := sprintf(" (alias %s)", [p.alias]) if is_string(p.alias)

else := ""
