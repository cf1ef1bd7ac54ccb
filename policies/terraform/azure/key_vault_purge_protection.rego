# METADATA
# title: Key Vault without purge protection
# description: >-
#   Without `purge_protection_enabled = true` an `azurerm_key_vault` (and the
#   keys, secrets and certificates in it) can be permanently purged during its
#   soft-delete retention period, by mistake or by an attacker, destroying
#   every resource encrypted with its keys. The provider default is false.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/key_vault#purge_protection_enabled
#   - https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection
# custom:
#   id: VD-TF-AZ-005
#   severity: medium
#   remediation: >-
#     Set `purge_protection_enabled = true` (with `soft_delete_retention_days`
#     of 7–90) on the key vault. Once enabled it cannot be turned off.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["8.5"]
#     NIST-800-53: ["CP-9", "SC-12"]
#   example: |
#     resource "azurerm_key_vault" "main" {
#       name                     = "main-kv"
#       sku_name                 = "standard"
#       purge_protection_enabled = false
#     }
package verdict.terraform.azure.key_vault_purge_protection

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("key vault %s does not enable purge protection", [r.address]),
	"path": finding_path(r),
	"resource": r.address,
} if {
	some r in tf.of_type("azurerm_key_vault")
	tc.off(r.config, "purge_protection_enabled")
}

finding_path(r) := tf.attr_path(r, ["purge_protection_enabled"]) if "purge_protection_enabled" in object.keys(r.config)

else := r.path
