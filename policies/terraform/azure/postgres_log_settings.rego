# METADATA
# title: PostgreSQL server turns connection or checkpoint logging off
# description: >-
#   An `azurerm_postgresql_flexible_server_configuration` (or legacy
#   `azurerm_postgresql_configuration`) setting `log_checkpoints`,
#   `log_connections`, `log_disconnections` or connection throttling
#   (`connection_throttle.enable`, `connection_throttling`) to off removes the
#   server logs that reveal brute-force attempts, unusual sessions and
#   performance problems. Only explicit configurations are judged: the server
#   defaults are not visible in Terraform.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/postgresql_flexible_server_configuration
#   - https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-logging
# custom:
#   id: VD-TF-AZ-044
#   severity: low
#   remediation: >-
#     Set the configuration's `value = "on"` (or remove it where the server
#     default is on).
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     CIS-Azure-2.0: ["4.3.2", "4.3.3", "4.3.4", "4.3.5"]
#     NIST-800-53: ["AU-2", "AU-12"]
#   example: |
#     resource "azurerm_postgresql_flexible_server_configuration" "conn" {
#       name      = "log_connections"
#       server_id = azurerm_postgresql_flexible_server.db.id
#       value     = "off"
#     }
package verdict.terraform.azure.postgres_log_settings

import data.verdict.lib.terraform_azure as az
import rego.v1

parameters := {"log_checkpoints", "log_connections", "log_disconnections", "connection_throttle.enable", "connection_throttling"}

warn contains {
	"msg": sprintf("%s turns the PostgreSQL parameter %s off", [r.address, name]),
	"path": az.arg_path(r, ["value"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_postgresql_flexible_server_configuration", "azurerm_postgresql_configuration"])
	name := lower_string(az.value(r, ["name"], ""))
	name in parameters
	off(az.value(r, ["value"], ""))
}

off(v) if lower_string(v) in {"off", "0", "false"}

lower_string(s) := lower(s) if is_string(s)
