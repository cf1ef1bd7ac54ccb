# METADATA
# title: Database flexible server without geo-redundant backups
# description: >-
#   An `azurerm_postgresql_flexible_server` or `azurerm_mysql_flexible_server`
#   without `geo_redundant_backup_enabled = true` keeps its backups in its own
#   region only: a regional outage loses both the server and its backups. The
#   provider default is false and it can only be chosen at creation.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server#geo_redundant_backup_enabled
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server#geo_redundant_backup_enabled
#   - https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-backup-restore#geo-redundant-backup-and-restore
# custom:
#   id: VD-TF-AZ-012
#   severity: low
#   remediation: >-
#     Set `geo_redundant_backup_enabled = true` on the server (it is recreated).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["CP-9", "CP-6"]
#   example: |
#     resource "azurerm_postgresql_flexible_server" "db" {
#       name     = "db"
#       version  = "16"
#       sku_name = "GP_Standard_D2s_v3"
#     }
package verdict.terraform.azure.db_geo_backup

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

warn contains {
	"msg": sprintf("%s keeps its backups in one region (geo_redundant_backup_enabled is not true)", [r.address]),
	"path": az.arg_path(r, ["geo_redundant_backup_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"])
	v := az.value(r, ["geo_redundant_backup_enabled"], false)
	tc.is_false(v)
}
