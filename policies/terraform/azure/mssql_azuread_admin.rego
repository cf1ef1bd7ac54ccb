# METADATA
# title: SQL server without an Entra ID administrator
# description: >-
#   An `azurerm_mssql_server` without an `azuread_administrator` block (and no
#   legacy `azurerm_sql_active_directory_administrator` resource) can only be
#   administered with its SQL login and password: no Entra ID identities, MFA
#   or central revocation for database users.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_server#azuread_administrator
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure
# custom:
#   id: VD-TF-AZ-040
#   severity: medium
#   remediation: >-
#     Add `azuread_administrator { login_username = "sql-admins" object_id =
#     <group object id> }` (with `azuread_authentication_only = true` to retire
#     SQL logins).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.1.4"]
#     NIST-800-53: ["IA-2", "AC-2"]
#   example: |
#     resource "azurerm_mssql_server" "sql" {
#       name                         = "sql"
#       version                      = "12.0"
#       administrator_login          = "sqladmin"
#       administrator_login_password = var.sql_password
#     }
package verdict.terraform.azure.mssql_azuread_admin

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("SQL server %s has no Entra ID (Azure AD) administrator", [r.address]),
	"path": az.arg_path(r, ["azuread_administrator"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_mssql_server"])
	az.value(r, ["azuread_administrator"], []) == []
	count(az.of_types(["azurerm_sql_active_directory_administrator"])) == 0
}
