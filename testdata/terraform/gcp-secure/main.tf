# A hardened GCP estate: no VD-TF-GCP rule reports anything here
# (tests/library.rs). Each resource is the secure counterpart of one in
# ../gcp-insecure.

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

# IAM: narrow roles, service-account impersonation granted per account,
# complete audit logs.
resource "google_service_account" "app" {
  account_id   = "app"
  display_name = "application"
}

resource "google_service_account" "deployer" {
  account_id = "deployer"
}

resource "google_project_iam_member" "app_logs" {
  project = var.project
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${google_service_account.app.email}"
}

resource "google_project_iam_binding" "viewers" {
  project = var.project
  role    = "roles/viewer"
  members = ["group:auditors@example.com"]
}

resource "google_service_account_iam_member" "deployer_acts_as_app" {
  service_account_id = google_service_account.app.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:${google_service_account.deployer.email}"
}

resource "google_project_iam_audit_config" "all" {
  project = var.project
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# KMS: rotated every 90 days, used by named service accounts only.
resource "google_kms_key_ring" "main" {
  name     = "main"
  location = var.region
}

resource "google_kms_crypto_key" "data" {
  name            = "data"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = google_kms_crypto_key.data.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:${google_service_account.app.email}"
}

# Storage: uniform access, versioning, and a locked retention policy on the
# bucket the log sink exports to.
resource "google_storage_bucket" "audit_logs" {
  name                        = "${var.project}-audit-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }

  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
}

resource "google_storage_bucket" "access_logs" {
  name                        = "${var.project}-access-logs"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }
}

resource "google_logging_project_sink" "audit" {
  name        = "audit"
  destination = "storage.googleapis.com/${google_storage_bucket.audit_logs.name}"
}

resource "google_storage_bucket_iam_member" "app_reader" {
  bucket = google_storage_bucket.audit_logs.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.app.email}"
}

# Cloud SQL: private IP, TLS only, backups, the CIS database flags.
resource "google_sql_database_instance" "postgres" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = var.region

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.vpc.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "log_connections"
      value = "on"
    }
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "on"
    }
    database_flags {
      name  = "log_min_duration_statement"
      value = "-1"
    }
    database_flags {
      name  = "log_error_verbosity"
      value = "default"
    }
    database_flags {
      name  = "log_min_messages"
      value = "warning"
    }
    database_flags {
      name  = "log_min_error_statement"
      value = "error"
    }
  }
}

resource "google_sql_database_instance" "mysql" {
  name             = "catalog"
  database_version = "MYSQL_8_0"
  region           = var.region

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.vpc.id
      ssl_mode        = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }

    database_flags {
      name  = "skip_show_database"
      value = "on"
    }
    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "sqlserver" {
  name             = "ledger"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = var.region
  root_password    = var.sqlserver_root_password

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.vpc.id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "cross db ownership chaining"
      value = "off"
    }
    database_flags {
      name  = "contained database authentication"
      value = "off"
    }
    database_flags {
      name  = "external scripts enabled"
      value = "off"
    }
  }
}

variable "sqlserver_root_password" {
  type      = string
  sensitive = true
}

# BigQuery: shared with a group, encrypted with a customer-managed key.
resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.data.id
  }

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}

# Compute: dedicated service account, OS Login, no project SSH keys,
# Shielded VM, no external IP, customer-managed disk keys.
resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-standard-2"
  zone         = "${var.region}-b"

  boot_disk {
    kms_key_self_link = google_kms_crypto_key.data.id
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }

  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }

  metadata = {
    enable-oslogin         = "TRUE"
    block-project-ssh-keys = true
  }
}

resource "google_compute_instance" "confidential" {
  name         = "confidential"
  machine_type = "n2d-standard-2"
  zone         = "${var.region}-b"

  boot_disk {
    kms_key_self_link = google_kms_crypto_key.data.id
    initialize_params {
      image = "ubuntu-os-cloud/ubuntu-2204-lts"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  confidential_instance_config {
    enable_confidential_compute = true
  }

  scheduling {
    on_host_maintenance = "TERMINATE"
  }

  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}

resource "google_compute_disk" "data" {
  name = "data"
  size = 100
  zone = "${var.region}-b"

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.data.id
  }
}

# Network: custom-mode VPC, flow logs, Private Google Access, SSH through
# IAP only, DNSSEC, modern TLS.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name                     = "app"
  network                  = google_compute_network.vpc.id
  ip_cidr_range            = "10.0.0.0/24"
  private_ip_google_access = true

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

resource "google_compute_subnetwork" "proxy_only" {
  name          = "proxy-only"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.129.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

resource "google_compute_firewall" "iap_ssh" {
  name          = "allow-iap-ssh"
  network       = google_compute_network.vpc.id
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_dns_managed_zone" "public" {
  name     = "example"
  dns_name = "example.com."

  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 2048
      key_type   = "keySigning"
    }
    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}

resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "internal.example.com."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = google_compute_network.vpc.id
    }
  }
}

resource "google_compute_ssl_policy" "lb" {
  name            = "lb"
  profile         = "MODERN"
  min_tls_version = "TLS_1_2"
}

# GKE: private, Dataplane V2, Workload Identity, release channel, Binary
# Authorization, node pools on COS with the GKE metadata server.
resource "google_container_cluster" "main" {
  name                        = "main"
  location                    = var.region
  network                     = google_compute_network.vpc.id
  subnetwork                  = google_compute_subnetwork.app.id
  remove_default_node_pool    = true
  initial_node_count          = 1
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = true

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }

  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.0.0.0/24"
      display_name = "app subnet"
    }
  }

  workload_identity_config {
    workload_pool = "${var.project}.svc.id.goog"
  }

  release_channel {
    channel = "REGULAR"
  }

  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }

  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}

resource "google_container_node_pool" "apps" {
  name       = "apps"
  cluster    = google_container_cluster.main.id
  node_count = 3

  management {
    auto_repair  = true
    auto_upgrade = true
  }

  node_config {
    machine_type    = "e2-standard-4"
    image_type      = "COS_CONTAINERD"
    service_account = google_service_account.app.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]

    workload_metadata_config {
      mode = "GKE_METADATA"
    }

    shielded_instance_config {
      enable_secure_boot = true
    }

    metadata = {
      disable-legacy-endpoints = "true"
    }
  }
}

# Serverless and messaging: invoked by a service account, CMEK topic.
resource "google_cloud_run_v2_service_iam_member" "invoker" {
  name   = "api"
  role   = "roles/run.invoker"
  member = "serviceAccount:${google_service_account.deployer.email}"
}

resource "google_pubsub_topic" "events" {
  name         = "events"
  kms_key_name = google_kms_crypto_key.data.id
}
