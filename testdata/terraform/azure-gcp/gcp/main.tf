# A GCP data platform with planted misconfigurations: each resource says which
# of VD-TF-GCP-001..008 reports it ("not reported" marks the near-misses).
# Later GCP rules report more here; ../../gcp-insecure plants every GCP rule
# with exact expectations.

terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.0"
    }
  }
}

variable "project" {
  type = string
}

variable "region" {
  type    = string
  default = "europe-west1"
}

provider "google" {
  project = var.project
  region  = var.region
}

# VD-TF-GCP-002: fine-grained (per-object ACL) access.
resource "google_storage_bucket" "exports" {
  name     = "${var.project}-exports"
  location = "EU"
}

# VD-TF-GCP-001: readable by anyone on the Internet.
resource "google_storage_bucket_iam_member" "exports_public" {
  bucket = google_storage_bucket.exports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

# Not reported: uniform access, IAM for a service account only.
resource "google_storage_bucket" "warehouse" {
  name                        = "${var.project}-warehouse"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket_iam_binding" "warehouse_readers" {
  bucket  = google_storage_bucket.warehouse.name
  role    = "roles/storage.objectViewer"
  members = ["serviceAccount:etl@${var.project}.iam.gserviceaccount.com"]
}

# VD-TF-GCP-003 (legacy ABAC), VD-TF-GCP-004 (public control plane, no authorized networks).
resource "google_container_cluster" "analytics" {
  name               = "analytics"
  location           = var.region
  initial_node_count = 1
  enable_legacy_abac = true
}

# Not reported: private endpoint.
resource "google_container_cluster" "internal" {
  name             = "internal"
  location         = var.region
  enable_autopilot = true

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
  }
}

# VD-TF-GCP-005 (0.0.0.0/0 authorized), VD-TF-GCP-006 (unencrypted connections allowed).
resource "google_sql_database_instance" "reporting" {
  name             = "reporting"
  database_version = "POSTGRES_15"
  region           = var.region

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }
  }
}

# Not reported: private IP only, encrypted connections required.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "MYSQL_8_0"
  region           = var.region

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/${var.project}/global/networks/default"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

# VD-TF-GCP-007: interactive serial console.
resource "google_compute_instance" "jumpbox" {
  name         = "jumpbox"
  machine_type = "e2-small"
  zone         = "${var.region}-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  metadata = {
    serial-port-enable = "TRUE"
    enable-oslogin     = "TRUE"
  }
}

# VD-TF-GCP-008: SSH and RDP from anywhere.
resource "google_compute_firewall" "remote_access" {
  name          = "allow-remote-access"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}

# Not reported: SSH only through Identity-Aware Proxy.
resource "google_compute_firewall" "iap_ssh" {
  name          = "allow-iap-ssh"
  network       = "default"
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
