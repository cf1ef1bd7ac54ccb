# METADATA
# title: Key Vault key or secret without an expiration date
# description: >-
#   An `azurerm_key_vault_key` or `azurerm_key_vault_secret` without
#   `expiration_date` stays valid forever: nothing forces its rotation, and a
#   leaked value keeps working.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_secret#expiration_date
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault_key#expiration_date
#   - https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates#object-types
# custom:
#   id: VD-TF-AZ-016
#   severity: medium
#   remediation: >-
#     Set `expiration_date` (RFC 3339, e.g. "2027-12-31T00:00:00Z") and rotate
#     the value before it; for keys prefer a `rotation_policy` with
#     `expire_after` and `automatic { time_before_expiry }`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["8.1", "8.2", "8.3", "8.4"]
#     NIST-800-53: ["SC-12", "IA-5"]
#   example: |
#     resource "azurerm_key_vault_secret" "db" {
#       name         = "db-password"
#       value        = random_password.db.result
#       key_vault_id = azurerm_key_vault.main.id
#     }
package verdict.terraform.azure.key_vault_expiration

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("%s has no expiration date", [r.address]),
	"path": az.arg_path(r, ["expiration_date"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_key_vault_secret", "azurerm_key_vault_key"])
	v := az.value(r, ["expiration_date"], "")
	v == ""
}
