# METADATA
# title: Database firewall rule allows every IPv4 address
# description: >-
#   An `azurerm_mssql_firewall_rule`, `azurerm_postgresql_flexible_server_firewall_rule`
#   or `azurerm_mysql_flexible_server_firewall_rule` (or the legacy
#   `azurerm_sql_firewall_rule`, `azurerm_postgresql_firewall_rule`,
#   `azurerm_mysql_firewall_rule`) from `0.0.0.0` to `255.255.255.255` opens
#   the database's public endpoint to the whole Internet. (The `0.0.0.0`–`0.0.0.0`
#   rule that allows Azure services is not reported here.)
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mssql_firewall_rule
#   - https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure
# custom:
#   id: VD-TF-AZ-045
#   severity: high
#   remediation: >-
#     Narrow `start_ip_address`/`end_ip_address` to the clients' addresses, or
#     disable the public endpoint and use private endpoints.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.1.2"]
#     NIST-800-53: ["AC-4", "SC-7"]
#     PCI-DSS-4.0: ["1.3.1"]
#   example: |
#     resource "azurerm_mssql_firewall_rule" "all" {
#       name             = "all"
#       server_id        = azurerm_mssql_server.sql.id
#       start_ip_address = "0.0.0.0"
#       end_ip_address   = "255.255.255.255"
#     }
package verdict.terraform.azure.sql_firewall_any_ip

import data.verdict.lib.terraform_azure as az
import rego.v1

types := [
	"azurerm_mssql_firewall_rule",
	"azurerm_sql_firewall_rule",
	"azurerm_postgresql_flexible_server_firewall_rule",
	"azurerm_postgresql_firewall_rule",
	"azurerm_mysql_flexible_server_firewall_rule",
	"azurerm_mysql_firewall_rule",
]

deny contains {
	"msg": sprintf("firewall rule %s allows every IPv4 address (0.0.0.0-255.255.255.255)", [r.address]),
	"path": az.arg_path(r, ["end_ip_address"]),
	"resource": r.address,
} if {
	some r in az.of_types(types)
	az.value(r, ["start_ip_address"], "") == "0.0.0.0"
	az.value(r, ["end_ip_address"], "") == "255.255.255.255"
}
