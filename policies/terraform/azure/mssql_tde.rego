# METADATA
# title: SQL database without transparent data encryption
# description: >-
#   An `azurerm_mssql_database` with `transparent_data_encryption_enabled =
#   false` stores its data, logs and backups unencrypted at rest. The provider
#   default is true, so only an explicit false is reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_database#transparent_data_encryption_enabled
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview
# custom:
#   id: VD-TF-AZ-011
#   severity: medium
#   remediation: >-
#     Remove the argument or set `transparent_data_encryption_enabled = true` on
#     the database.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.1.5"]
#     NIST-800-53: ["SC-28"]
#     PCI-DSS-4.0: ["3.5.1"]
#   example: |
#     resource "azurerm_mssql_database" "app" {
#       name                                = "app"
#       server_id                           = azurerm_mssql_server.sql.id
#       transparent_data_encryption_enabled = false
#     }
package verdict.terraform.azure.mssql_tde

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("SQL database %s disables transparent data encryption", [r.address]),
	"path": az.arg_path(r, ["transparent_data_encryption_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_mssql_database"])
	v := az.value(r, ["transparent_data_encryption_enabled"], true)
	tc.is_false(v)
}
