# METADATA
# title: PostgreSQL or MySQL server accepts unencrypted connections
# description: >-
#   A single server (`azurerm_postgresql_server`, `azurerm_mysql_server`) with
#   `ssl_enforcement_enabled = false`, or a flexible server configuration
#   (`azurerm_postgresql_flexible_server_configuration`,
#   `azurerm_mysql_flexible_server_configuration`) setting
#   `require_secure_transport` to off, lets clients connect without TLS:
#   credentials and data cross the network in clear text.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/mysql_flexible_server_configuration
#   - https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls
#   - https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl
# custom:
#   id: VD-TF-AZ-043
#   severity: high
#   remediation: >-
#     Remove the `require_secure_transport` configuration (it defaults to on)
#     or set its value to `on`; on single servers set
#     `ssl_enforcement_enabled = true`.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.3.1", "4.4.1"]
#     NIST-800-53: ["SC-8"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_postgresql_flexible_server_configuration" "tls" {
#       name      = "require_secure_transport"
#       server_id = azurerm_postgresql_flexible_server.db.id
#       value     = "off"
#     }
package verdict.terraform.azure.db_ssl_enforcement

import data.verdict.lib.terraform_azure as az
import data.verdict.lib.terraform_cloud as tc
import rego.v1

deny contains {
	"msg": sprintf("%s does not enforce TLS connections (ssl_enforcement_enabled = false)", [r.address]),
	"path": az.arg_path(r, ["ssl_enforcement_enabled"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_postgresql_server", "azurerm_mysql_server"])
	tc.is_false(az.value(r, ["ssl_enforcement_enabled"], null))
}

deny contains {
	"msg": sprintf("%s turns require_secure_transport off: the server accepts connections without TLS", [r.address]),
	"path": az.arg_path(r, ["value"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"])
	lower_string(az.value(r, ["name"], "")) == "require_secure_transport"
	off(az.value(r, ["value"], ""))
}

off(v) if lower_string(v) in {"off", "0", "false"}

lower_string(s) := lower(s) if is_string(s)
