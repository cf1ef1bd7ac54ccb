# METADATA
# title: SQL auditing off or kept less than 90 days
# description: >-
#   An `azurerm_mssql_server_extended_auditing_policy` or
#   `azurerm_mssql_database_extended_auditing_policy` with `enabled = false`
#   records no audit log; one that writes to a storage account
#   (`storage_endpoint`) with `retention_in_days` between 1 and the minimum
#   deletes the log before an investigation can use it (0, the default, keeps
#   it forever). The minimum is `data.verdict.config.azure_sql_audit_retention_days`
#   (default 90).
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server_extended_auditing_policy
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview
# custom:
#   id: VD-TF-AZ-042
#   severity: medium
#   remediation: >-
#     Keep `enabled = true` and set `retention_in_days` to 90 or more (or 0 to
#     keep the audit log forever).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.1.1", "4.1.6"]
#     NIST-800-53: ["AU-11", "AU-12"]
#     PCI-DSS-4.0: ["10.5.1"]
#   example: |
#     resource "azurerm_mssql_server_extended_auditing_policy" "sql" {
#       server_id         = azurerm_mssql_server.sql.id
#       storage_endpoint  = azurerm_storage_account.audit.primary_blob_endpoint
#       retention_in_days = 30
#     }
package verdict.terraform.azure.sql_audit_retention

import data.verdict.lib.terraform as tf
import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

types := ["azurerm_mssql_server_extended_auditing_policy", "azurerm_mssql_database_extended_auditing_policy"]

minimum := tf.config("azure_sql_audit_retention_days", 90)

deny contains {
	"msg": sprintf("SQL auditing policy %s disables auditing", [r.address]),
	"path": az.arg_path(r, ["enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(types)
	tc.is_false(az.value(r, ["enabled"], true))
}

deny contains {
	"msg": sprintf("SQL auditing policy %s keeps audit logs %v days (minimum %v)", [r.address, days, minimum]),
	"path": az.arg_path(r, ["retention_in_days"]),
	"resource": r.address,
} if {
	some r in az.of_types(types)
	not without_storage(r)
	days := az.value(r, ["retention_in_days"], 0)
	is_number(days)
	days > 0
	days < minimum
}

without_storage(r) if az.value(r, ["storage_endpoint"], "") == ""
