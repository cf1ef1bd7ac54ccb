# METADATA
# title: Event Hubs or Service Bus namespace allows TLS older than 1.2
# description: >-
#   `minimum_tls_version = "1.0"` or `"1.1"` on an `azurerm_eventhub_namespace`
#   or `azurerm_servicebus_namespace` lets clients negotiate deprecated TLS
#   versions. Absent, the provider default is 1.2, which is not reported.
# related_resources:
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/eventhub_namespace#minimum_tls_version
#   - https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/servicebus_namespace#minimum_tls_version
#   - https://learn.microsoft.com/en-us/azure/event-hubs/transport-layer-security-configure-minimum-version
# custom:
#   id: VD-TF-AZ-031
#   severity: medium
#   remediation: >-
#     Set `minimum_tls_version = "1.2"` on the namespace.
#   kinds: [terraform, terraform-plan]
#   frameworks:
#     NIST-800-53: ["SC-8", "SC-13"]
#     PCI-DSS-4.0: ["4.2.1"]
#   example: |
#     resource "azurerm_servicebus_namespace" "bus" {
#       name                = "bus"
#       sku                 = "Standard"
#       minimum_tls_version = "1.0"
#     }
package verdict.terraform.azure.messaging_min_tls

import data.verdict.lib.terraform_azure as az
import rego.v1

deny contains {
	"msg": sprintf("namespace %s allows TLS %v (minimum should be 1.2)", [r.address, v]),
	"path": az.arg_path(r, ["minimum_tls_version"]),
	"resource": r.address,
} if {
	some r in az.of_types(["azurerm_eventhub_namespace", "azurerm_servicebus_namespace"])
	v := az.value(r, ["minimum_tls_version"], "1.2")
	v in {"1.0", "1.1"}
}
