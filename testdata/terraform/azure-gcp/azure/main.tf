# An Azure web platform with planted misconfigurations: each resource says
# which of VD-TF-AZ-001..006 reports it ("not reported" marks the near-misses
# for those rules). The later Azure rules report more here; their exact
# fixtures are testdata/terraform/azure-insecure and azure-secure.

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

variable "admin_cidr" {
  type = string
}

data "azurerm_client_config" "current" {}

resource "azurerm_resource_group" "platform" {
  name     = "platform-rg"
  location = var.location
}

# VD-TF-AZ-001 (HTTP allowed), VD-TF-AZ-002 (TLS 1.0), VD-TF-AZ-003 (public blobs allowed).
resource "azurerm_storage_account" "legacy" {
  name                            = "platformlegacy"
  resource_group_name             = azurerm_resource_group.platform.name
  location                        = azurerm_resource_group.platform.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  https_traffic_only_enabled      = false
  min_tls_version                 = "TLS1_0"
  allow_nested_items_to_be_public = true
}

# Not reported: defaults are HTTPS-only and TLS 1.2.
resource "azurerm_storage_account" "data" {
  name                            = "platformdata"
  resource_group_name             = azurerm_resource_group.platform.name
  location                        = azurerm_resource_group.platform.location
  account_tier                    = "Standard"
  account_replication_type        = "ZRS"
  allow_nested_items_to_be_public = false
}

# VD-TF-AZ-003: anonymous read access to the blobs of this container.
resource "azurerm_storage_container" "downloads" {
  name                  = "downloads"
  storage_account_id    = azurerm_storage_account.legacy.id
  container_access_type = "blob"
}

# Not reported: private container.
resource "azurerm_storage_container" "backups" {
  name                  = "backups"
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "private"
}

# VD-TF-AZ-004: RDP from the Internet service tag (the HTTPS rule is fine).
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
    name                       = "rdp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "3389"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}

# VD-TF-AZ-004: SSH from any address, in a port list.
resource "azurerm_network_security_rule" "ops" {
  name                        = "ops-access"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["22", "8443"]
  source_address_prefix       = "0.0.0.0/0"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.platform.name
  network_security_group_name = azurerm_network_security_group.web.name
}

# Not reported: SSH only from the admin network.
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

# VD-TF-AZ-005: no purge protection.
resource "azurerm_key_vault" "platform" {
  name                       = "platform-kv"
  location                   = azurerm_resource_group.platform.location
  resource_group_name        = azurerm_resource_group.platform.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  soft_delete_retention_days = 7
}

# VD-TF-AZ-006: Kubernetes RBAC disabled.
resource "azurerm_kubernetes_cluster" "platform" {
  name                              = "platform-aks"
  location                          = azurerm_resource_group.platform.location
  resource_group_name               = azurerm_resource_group.platform.name
  dns_prefix                        = "platform"
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 2
    vm_size    = "Standard_D2s_v5"
  }

  identity {
    type = "SystemAssigned"
  }
}
