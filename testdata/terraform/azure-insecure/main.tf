# An insecure Azure platform: every VD-TF-AZ rule fires here. Each
# `# expect: ID …` comment names the findings on the next line; the test in
# tests/library.rs checks the exact (rule, line) set.

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "admin_password" {
  type      = string
  sensitive = true
}

data "azurerm_client_config" "current" {}

data "azurerm_subscription" "primary" {}

resource "azurerm_resource_group" "platform" {
  name     = "platform-rg"
  location = var.location
}

# expect: VD-TF-AZ-007 VD-TF-AZ-008 VD-TF-AZ-039
resource "azurerm_storage_account" "legacy" {
  name                     = "platformlegacy"
  resource_group_name      = azurerm_resource_group.platform.name
  location                 = azurerm_resource_group.platform.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  # expect: VD-TF-AZ-001
  https_traffic_only_enabled = false
  # expect: VD-TF-AZ-002
  min_tls_version = "TLS1_0"
  # expect: VD-TF-AZ-003
  allow_nested_items_to_be_public = true

  network_rules {
    # expect: VD-TF-AZ-038
    default_action = "Allow"
  }
}

resource "azurerm_storage_container" "downloads" {
  name               = "downloads"
  storage_account_id = azurerm_storage_account.legacy.id
  # expect: VD-TF-AZ-003
  container_access_type = "blob"
}

resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name

  security_rule {
    name                   = "rdp"
    priority               = 110
    direction              = "Inbound"
    access                 = "Allow"
    protocol               = "*"
    source_port_range      = "*"
    destination_port_range = "3389"
    # expect: VD-TF-AZ-004
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                   = "ntp"
    priority               = 120
    direction              = "Inbound"
    access                 = "Allow"
    protocol               = "Udp"
    source_port_range      = "*"
    destination_port_range = "123"
    # expect: VD-TF-AZ-049
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_watcher_flow_log" "web" {
  name                 = "web-flow-log"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = azurerm_network_security_group.web.id
  storage_account_id   = azurerm_storage_account.legacy.id
  # expect: VD-TF-AZ-050
  enabled = false

  retention_policy {
    enabled = true
    # expect: VD-TF-AZ-050
    days = 7
  }
}

# expect: VD-TF-AZ-005 VD-TF-AZ-037 VD-TF-AZ-046
resource "azurerm_key_vault" "platform" {
  name                       = "platform-kv"
  location                   = azurerm_resource_group.platform.location
  resource_group_name        = azurerm_resource_group.platform.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 7
}

# expect: VD-TF-AZ-016
resource "azurerm_key_vault_secret" "db" {
  name         = "db-password"
  value        = var.admin_password
  key_vault_id = azurerm_key_vault.platform.id
}

# expect: VD-TF-AZ-017 VD-TF-AZ-018 VD-TF-AZ-048
resource "azurerm_kubernetes_cluster" "platform" {
  name                = "platform-aks"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  dns_prefix          = "platform"
  # expect: VD-TF-AZ-006
  role_based_access_control_enabled = false
  # expect: VD-TF-AZ-047
  private_cluster_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
    # expect: VD-TF-AZ-053
    node_public_ip_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }
}

# expect: VD-TF-AZ-040
resource "azurerm_mssql_server" "sql" {
  name                         = "platform-sql"
  resource_group_name          = azurerm_resource_group.platform.name
  location                     = azurerm_resource_group.platform.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.admin_password
  # expect: VD-TF-AZ-010
  minimum_tls_version = "1.0"
  # expect: VD-TF-AZ-009
  public_network_access_enabled = true
}

resource "azurerm_mssql_database" "app" {
  name      = "app"
  server_id = azurerm_mssql_server.sql.id
  # expect: VD-TF-AZ-011
  transparent_data_encryption_enabled = false
}

resource "azurerm_mssql_server_security_alert_policy" "sql" {
  resource_group_name = azurerm_resource_group.platform.name
  server_name         = azurerm_mssql_server.sql.name
  # expect: VD-TF-AZ-041
  state = "Disabled"
}

resource "azurerm_mssql_server_extended_auditing_policy" "sql" {
  server_id        = azurerm_mssql_server.sql.id
  storage_endpoint = azurerm_storage_account.legacy.primary_blob_endpoint
  # expect: VD-TF-AZ-042
  retention_in_days = 30
}

resource "azurerm_mssql_firewall_rule" "all" {
  name             = "all"
  server_id        = azurerm_mssql_server.sql.id
  start_ip_address = "0.0.0.0"
  # expect: VD-TF-AZ-045
  end_ip_address = "255.255.255.255"
}

# expect: VD-TF-AZ-012 VD-TF-AZ-036
resource "azurerm_postgresql_flexible_server" "db" {
  name                = "platform-pg"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

resource "azurerm_postgresql_flexible_server_configuration" "tls" {
  name      = "require_secure_transport"
  server_id = azurerm_postgresql_flexible_server.db.id
  # expect: VD-TF-AZ-043
  value = "off"
}

resource "azurerm_postgresql_flexible_server_configuration" "connections" {
  name      = "log_connections"
  server_id = azurerm_postgresql_flexible_server.db.id
  # expect: VD-TF-AZ-044
  value = "off"
}

# expect: VD-TF-AZ-013 VD-TF-AZ-014 VD-TF-AZ-015
resource "azurerm_cosmosdb_account" "db" {
  name                = "platform-cosmos"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = azurerm_resource_group.platform.location
    failover_priority = 0
  }
}

resource "azurerm_service_plan" "main" {
  name                = "platform-plan"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  os_type             = "Linux"
  sku_name            = "B1"
}

# expect: VD-TF-AZ-019 VD-TF-AZ-024 VD-TF-AZ-025
resource "azurerm_linux_web_app" "api" {
  name                = "platform-api"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  service_plan_id     = azurerm_service_plan.main.id

  # expect: VD-TF-AZ-023
  site_config {
    # expect: VD-TF-AZ-020
    minimum_tls_version = "1.1"
    # expect: VD-TF-AZ-021
    ftps_state = "AllAllowed"
    # expect: VD-TF-AZ-022
    remote_debugging_enabled = true

    cors {
      # expect: VD-TF-AZ-054
      allowed_origins = ["*"]
    }
  }
}

# expect: VD-TF-AZ-055
resource "azurerm_redis_cache" "cache" {
  name                = "platform-cache"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  # expect: VD-TF-AZ-026
  non_ssl_port_enabled = true
  # expect: VD-TF-AZ-027
  minimum_tls_version = "1.0"
}

# expect: VD-TF-AZ-056
resource "azurerm_cognitive_account" "openai" {
  name                = "platform-openai"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  kind                = "OpenAI"
  sku_name            = "S0"
}

# expect: VD-TF-AZ-030
resource "azurerm_container_registry" "acr" {
  name                = "platformacr"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location
  sku                 = "Premium"
  # expect: VD-TF-AZ-028
  admin_enabled = true
  # expect: VD-TF-AZ-029
  anonymous_pull_enabled = true
}

# expect: VD-TF-AZ-060
resource "azurerm_eventhub_namespace" "events" {
  name                = "platform-events"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace" "bus" {
  name                = "platform-bus"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  sku                 = "Standard"
  # expect: VD-TF-AZ-031
  minimum_tls_version = "1.0"
}

# expect: VD-TF-AZ-032
resource "azurerm_data_factory" "etl" {
  name                = "platform-etl"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
}

# expect: VD-TF-AZ-034
resource "azurerm_linux_virtual_machine" "vm" {
  name                  = "platform-vm"
  resource_group_name   = azurerm_resource_group.platform.name
  location              = azurerm_resource_group.platform.location
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  admin_password        = var.admin_password
  network_interface_ids = []
  # expect: VD-TF-AZ-033
  disable_password_authentication = false

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_web_application_firewall_policy" "waf" {
  name                = "platform-waf"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location

  policy_settings {
    enabled = true
    # expect: VD-TF-AZ-035
    mode = "Detection"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_application_gateway" "edge" {
  name                = "platform-agw"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location

  sku {
    name = "Standard_v2"
    # expect: VD-TF-AZ-052
    tier     = "Standard_v2"
    capacity = 2
  }
}

resource "azurerm_role_definition" "ops" {
  name  = "ops-admin"
  scope = data.azurerm_subscription.primary.id

  permissions {
    # expect: VD-TF-AZ-051
    actions     = ["*"]
    not_actions = []
  }

  assignable_scopes = [data.azurerm_subscription.primary.id]
}

resource "azurerm_api_management" "apim" {
  name                = "platform-apim"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  publisher_name      = "Platform"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    # expect: VD-TF-AZ-057
    frontend_tls10_enabled = true
    # expect: VD-TF-AZ-057
    backend_tls11_enabled = true
  }
}

resource "azurerm_mysql_flexible_server" "db" {
  name                         = "platform-mysql"
  resource_group_name          = azurerm_resource_group.platform.name
  location                     = azurerm_resource_group.platform.location
  sku_name                     = "GP_Standard_D2ds_v4"
  geo_redundant_backup_enabled = true
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  server_name         = azurerm_mysql_flexible_server.db.name
  resource_group_name = azurerm_resource_group.platform.name
  # expect: VD-TF-AZ-058
  value = "TLSv1,TLSv1.1,TLSv1.2"
}

resource "azurerm_security_center_subscription_pricing" "vms" {
  # expect: VD-TF-AZ-059
  tier          = "Free"
  resource_type = "VirtualMachines"
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "platformedge"
  resource_group_name = azurerm_resource_group.platform.name
  sku_name            = "Premium_AzureFrontDoor"
  enabled             = true
  # expect: VD-TF-AZ-035
  mode = "Detection"
}
