# A hardened Azure platform: no VD-TF-AZ rule reports anything here. Written
# the way real modules are (variables, references, count, data sources).

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
  storage_use_azuread = true
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "admin_cidr" {
  type    = string
  default = "203.0.113.0/24"
}

variable "sql_admin_group_id" {
  type = string
}

variable "ssh_public_key" {
  type = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "platform" {
  name     = "platform-rg"
  location = var.location
}

resource "azurerm_storage_account" "data" {
  name                              = "platformdata"
  resource_group_name               = azurerm_resource_group.platform.name
  location                          = azurerm_resource_group.platform.location
  account_tier                      = "Standard"
  account_replication_type          = "ZRS"
  min_tls_version                   = "TLS1_2"
  https_traffic_only_enabled        = true
  allow_nested_items_to_be_public   = false
  infrastructure_encryption_enabled = true
  shared_access_key_enabled         = false

  network_rules {
    default_action             = "Deny"
    bypass                     = ["AzureServices"]
    ip_rules                   = ["203.0.113.10"]
    virtual_network_subnet_ids = [azurerm_subnet.apps.id]
  }

  blob_properties {
    versioning_enabled = true
    delete_retention_policy {
      days = 14
    }
    container_delete_retention_policy {
      days = 14
    }
  }
}

resource "azurerm_storage_account" "logs" {
  name                              = "platformlogs"
  resource_group_name               = azurerm_resource_group.platform.name
  location                          = azurerm_resource_group.platform.location
  account_tier                      = "Standard"
  account_replication_type          = "GRS"
  public_network_access_enabled     = false
  infrastructure_encryption_enabled = true
  shared_access_key_enabled         = false

  blob_properties {
    delete_retention_policy {
      days = 30
    }
  }
}

resource "azurerm_storage_container" "backups" {
  name                  = "backups"
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "private"
}

resource "azurerm_virtual_network" "platform" {
  name                = "platform-vnet"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  address_space       = ["10.10.0.0/16"]
}

resource "azurerm_subnet" "apps" {
  name                 = "apps"
  resource_group_name  = azurerm_resource_group.platform.name
  virtual_network_name = azurerm_virtual_network.platform.name
  address_prefixes     = ["10.10.1.0/24"]
  service_endpoints    = ["Microsoft.Storage", "Microsoft.KeyVault"]
}

resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name

  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "dns-internal"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "VirtualNetwork"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "admin_ssh" {
  name                        = "admin-ssh"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefix       = var.admin_cidr
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.platform.name
  network_security_group_name = azurerm_network_security_group.web.name
}

resource "azurerm_network_watcher_flow_log" "web" {
  name                 = "web-flow-log"
  network_watcher_name = "NetworkWatcher_westeurope"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = azurerm_network_security_group.web.id
  storage_account_id   = azurerm_storage_account.logs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_key_vault" "platform" {
  name                          = "platform-kv"
  location                      = azurerm_resource_group.platform.location
  resource_group_name           = azurerm_resource_group.platform.name
  tenant_id                     = data.azurerm_client_config.current.tenant_id
  sku_name                      = "standard"
  soft_delete_retention_days    = 90
  purge_protection_enabled      = true
  rbac_authorization_enabled    = true
  public_network_access_enabled = true

  network_acls {
    default_action             = "Deny"
    bypass                     = "AzureServices"
    virtual_network_subnet_ids = [azurerm_subnet.apps.id]
  }
}

resource "azurerm_key_vault_key" "cmk" {
  name            = "cmk"
  key_vault_id    = azurerm_key_vault.platform.id
  key_type        = "RSA"
  key_size        = 3072
  key_opts        = ["unwrapKey", "wrapKey"]
  expiration_date = "2027-12-31T00:00:00Z"
}

resource "azurerm_key_vault_secret" "db" {
  name            = "db-password"
  value           = "placeholder"
  key_vault_id    = azurerm_key_vault.platform.id
  content_type    = "password"
  expiration_date = "2027-06-30T00:00:00Z"
}

resource "azurerm_kubernetes_cluster" "platform" {
  name                    = "platform-aks"
  location                = azurerm_resource_group.platform.location
  resource_group_name     = azurerm_resource_group.platform.name
  dns_prefix              = "platform"
  private_cluster_enabled = true
  azure_policy_enabled    = true
  local_account_disabled  = true

  default_node_pool {
    name                        = "system"
    node_count                  = 2
    vm_size                     = "Standard_D2s_v5"
    vnet_subnet_id              = azurerm_subnet.apps.id
    temporary_name_for_rotation = "systemtmp"
    node_public_ip_enabled      = false
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
    tenant_id          = data.azurerm_client_config.current.tenant_id
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_mssql_server" "sql" {
  name                          = "platform-sql"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  version                       = "12.0"
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.sql_admin_group_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_database" "app" {
  name      = "app"
  server_id = azurerm_mssql_server.sql.id
  sku_name  = "S1"
}

resource "azurerm_mssql_server_security_alert_policy" "sql" {
  resource_group_name  = azurerm_resource_group.platform.name
  server_name          = azurerm_mssql_server.sql.name
  state                = "Enabled"
  email_account_admins = true
  email_addresses      = ["secops@example.com"]
}

resource "azurerm_mssql_server_extended_auditing_policy" "sql" {
  server_id         = azurerm_mssql_server.sql.id
  storage_endpoint  = azurerm_storage_account.logs.primary_blob_endpoint
  retention_in_days = 120
}

resource "azurerm_mssql_firewall_rule" "office" {
  name             = "office"
  server_id        = azurerm_mssql_server.sql.id
  start_ip_address = "203.0.113.0"
  end_ip_address   = "203.0.113.255"
}

resource "azurerm_postgresql_flexible_server" "db" {
  name                          = "platform-pg"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  storage_mb                    = 65536
  geo_redundant_backup_enabled  = true
  public_network_access_enabled = false

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }
}

resource "azurerm_postgresql_flexible_server_configuration" "settings" {
  for_each = {
    log_checkpoints            = "on"
    log_connections            = "on"
    log_disconnections         = "on"
    "connection_throttle.enable" = "on"
    require_secure_transport   = "on"
  }
  name      = each.key
  server_id = azurerm_postgresql_flexible_server.db.id
  value     = each.value
}

resource "azurerm_mysql_flexible_server" "db" {
  name                         = "platform-mysql"
  resource_group_name          = azurerm_resource_group.platform.name
  location                     = azurerm_resource_group.platform.location
  sku_name                     = "GP_Standard_D2ds_v4"
  geo_redundant_backup_enabled = true
  delegated_subnet_id          = azurerm_subnet.apps.id
}

resource "azurerm_cosmosdb_account" "db" {
  name                               = "platform-cosmos"
  location                           = azurerm_resource_group.platform.location
  resource_group_name                = azurerm_resource_group.platform.name
  offer_type                         = "Standard"
  public_network_access_enabled      = false
  local_authentication_disabled      = true
  access_key_metadata_writes_enabled = false

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
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "api" {
  name                       = "platform-api"
  resource_group_name        = azurerm_resource_group.platform.name
  location                   = azurerm_resource_group.platform.location
  service_plan_id            = azurerm_service_plan.main.id
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  identity {
    type = "SystemAssigned"
  }

  site_config {
    minimum_tls_version      = "1.2"
    ftps_state               = "Disabled"
    http2_enabled            = true
    remote_debugging_enabled = false

    cors {
      allowed_origins = ["https://app.example.com"]
    }
  }
}

resource "azurerm_redis_cache" "cache" {
  name                 = "platform-cache"
  location             = azurerm_resource_group.platform.location
  resource_group_name  = azurerm_resource_group.platform.name
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled          = false
  minimum_tls_version           = "1.2"
  public_network_access_enabled = false
}

resource "azurerm_cognitive_account" "openai" {
  name                          = "platform-openai"
  location                      = azurerm_resource_group.platform.location
  resource_group_name           = azurerm_resource_group.platform.name
  kind                          = "OpenAI"
  sku_name                      = "S0"
  custom_subdomain_name         = "platform-openai"
  local_auth_enabled            = false
  public_network_access_enabled = false
}

resource "azurerm_container_registry" "acr" {
  name                          = "platformacr"
  resource_group_name           = azurerm_resource_group.platform.name
  location                      = azurerm_resource_group.platform.location
  sku                           = "Premium"
  admin_enabled                 = false
  anonymous_pull_enabled        = false
  public_network_access_enabled = false
}

resource "azurerm_eventhub_namespace" "events" {
  name                = "platform-events"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  sku                 = "Standard"
  minimum_tls_version = "1.2"

  network_rulesets {
    default_action                 = "Deny"
    trusted_service_access_enabled = true
    ip_rule {
      ip_mask = var.admin_cidr
    }
  }
}

resource "azurerm_servicebus_namespace" "bus" {
  name                = "platform-bus"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name
  sku                 = "Standard"
  minimum_tls_version = "1.2"
}

resource "azurerm_data_factory" "etl" {
  name                   = "platform-etl"
  location               = azurerm_resource_group.platform.location
  resource_group_name    = azurerm_resource_group.platform.name
  public_network_enabled = false
}

resource "azurerm_network_interface" "vm" {
  name                = "vm-nic"
  location            = azurerm_resource_group.platform.location
  resource_group_name = azurerm_resource_group.platform.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.apps.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_linux_virtual_machine" "vm" {
  name                       = "platform-vm"
  resource_group_name        = azurerm_resource_group.platform.name
  location                   = azurerm_resource_group.platform.location
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = [azurerm_network_interface.vm.id]
  encryption_at_host_enabled = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

resource "azurerm_web_application_firewall_policy" "waf" {
  name                = "platform-waf"
  resource_group_name = azurerm_resource_group.platform.name
  location            = azurerm_resource_group.platform.location

  policy_settings {
    enabled = true
    mode    = "Prevention"
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
  firewall_policy_id  = azurerm_web_application_firewall_policy.waf.id

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }
}

data "azurerm_subscription" "primary" {}

resource "azurerm_role_definition" "vm_operator" {
  name  = "vm-operator"
  scope = data.azurerm_subscription.primary.id

  permissions {
    actions = [
      "Microsoft.Compute/virtualMachines/start/action",
      "Microsoft.Compute/virtualMachines/restart/action",
    ]
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
    frontend_tls10_enabled = false
    frontend_tls11_enabled = false
    backend_tls10_enabled  = false
    backend_tls11_enabled  = false
  }
}

resource "azurerm_mysql_flexible_server_configuration" "tls" {
  name                = "tls_version"
  server_name         = azurerm_mysql_flexible_server.db.name
  resource_group_name = azurerm_resource_group.platform.name
  value               = "TLSv1.2,TLSv1.3"
}

resource "azurerm_security_center_subscription_pricing" "plans" {
  for_each      = toset(["VirtualMachines", "SqlServers", "StorageAccounts", "Containers", "KeyVaults"])
  tier          = "Standard"
  resource_type = each.value
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "platformedge"
  resource_group_name = azurerm_resource_group.platform.name
  sku_name            = "Premium_AzureFrontDoor"
  enabled             = true
  mode                = "Prevention"
}
