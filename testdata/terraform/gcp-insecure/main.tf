# A GCP estate with planted misconfigurations: each `# expect: ID …` comment
# names the findings reported at the next line, and nothing else is reported
# (tests/library.rs). The secure counterpart is ../gcp-secure.

variable "project" {
  type = string
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "europe-west1"
}

# IAM
resource "google_project_iam_member" "dev_editor" {
  project = var.project
  role    = "roles/editor"
  # expect: VD-TF-GCP-009
  member  = "user:dev@example.com"
}

resource "google_project_iam_binding" "ci_owner" {
  project = var.project
  role    = "roles/owner"
  members = [
    # expect: VD-TF-GCP-009
    "group:platform@example.com",
    # expect: VD-TF-GCP-010
    "serviceAccount:ci@${var.project}.iam.gserviceaccount.com",
  ]
}

resource "google_project_iam_member" "public_viewer" {
  project = var.project
  role    = "roles/viewer"
  # expect: VD-TF-GCP-011
  member  = "allAuthenticatedUsers"
}

resource "google_project_iam_member" "deployers_act_as_all" {
  project = var.project
  role    = "roles/iam.serviceAccountUser"
  # expect: VD-TF-GCP-012
  member  = "group:deployers@example.com"
}

resource "google_service_account" "ci" {
  account_id = "ci"
}

# expect: VD-TF-GCP-013
resource "google_service_account_key" "ci" {
  service_account_id = google_service_account.ci.name
}

resource "google_project_iam_audit_config" "all" {
  project = var.project
  # expect: VD-TF-GCP-057
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type         = "DATA_WRITE"
    # expect: VD-TF-GCP-057
    exempted_members = ["user:batch@example.com"]
  }
}

# KMS
resource "google_kms_key_ring" "main" {
  name     = "main"
  location = var.region
}

# expect: VD-TF-GCP-016
resource "google_kms_crypto_key" "never_rotated" {
  name     = "never-rotated"
  key_ring = google_kms_key_ring.main.id
}

resource "google_kms_crypto_key" "yearly" {
  name            = "yearly"
  key_ring        = google_kms_key_ring.main.id
  # expect: VD-TF-GCP-016
  rotation_period = "31536000s"
}

resource "google_kms_crypto_key_iam_binding" "public" {
  crypto_key_id = google_kms_crypto_key.yearly.id
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  # expect: VD-TF-GCP-017
  members       = ["allUsers"]
}

# Storage
# expect: VD-TF-GCP-064 VD-TF-GCP-068
resource "google_storage_bucket" "logs" {
  name                        = "${var.project}-logs"
  location                    = "EU"
  uniform_bucket_level_access = true

  versioning {
    # expect: VD-TF-GCP-018
    enabled = false
  }

  # expect: VD-TF-GCP-061
  retention_policy {
    retention_period = 86400
  }
}

# expect: VD-TF-GCP-002 VD-TF-GCP-018 VD-TF-GCP-064 VD-TF-GCP-068
resource "google_storage_bucket" "exports" {
  name     = "${var.project}-exports"
  location = "EU"
}

resource "google_logging_project_sink" "all" {
  name        = "all"
  destination = "storage.googleapis.com/${google_storage_bucket.logs.name}"
}

resource "google_storage_bucket_iam_member" "logs_public" {
  bucket = google_storage_bucket.logs.name
  role   = "roles/storage.objectViewer"
  # expect: VD-TF-GCP-001
  member = "allUsers"
}

# Cloud SQL
resource "google_sql_database_instance" "postgres" {
  name             = "reporting"
  database_version = "POSTGRES_15"
  region           = var.region

  # expect: VD-TF-GCP-022 VD-TF-GCP-024
  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      # expect: VD-TF-GCP-019
      enabled = false
    }

    # expect: VD-TF-GCP-006
    ip_configuration {
      # expect: VD-TF-GCP-020
      ipv4_enabled = true
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"
      authorized_networks {
        name  = "anywhere"
        # expect: VD-TF-GCP-005
        value = "0.0.0.0/0"
      }
    }

    database_flags {
      name  = "log_connections"
      # expect: VD-TF-GCP-021
      value = "off"
    }
    database_flags {
      name  = "log_min_duration_statement"
      # expect: VD-TF-GCP-023
      value = "0"
    }
    database_flags {
      name  = "log_error_verbosity"
      # expect: VD-TF-GCP-065
      value = "verbose"
    }
    database_flags {
      name  = "log_min_messages"
      # expect: VD-TF-GCP-066
      value = "debug1"
    }
    database_flags {
      name  = "log_min_error_statement"
      # expect: VD-TF-GCP-067
      value = "warning"
    }
  }
}

resource "google_sql_database_instance" "postgres_replica" {
  name                 = "reporting-replica"
  database_version     = "POSTGRES_15"
  region               = var.region
  master_instance_name = google_sql_database_instance.postgres.name

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/${var.project}/global/networks/vpc"
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
  }
}

resource "google_sql_database_instance" "mysql" {
  name             = "catalog"
  database_version = "MYSQL_8_0"
  region           = var.region

  # expect: VD-TF-GCP-026
  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/${var.project}/global/networks/vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "local_infile"
      # expect: VD-TF-GCP-025
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "sqlserver" {
  name             = "ledger"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = var.region

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/${var.project}/global/networks/vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "cross db ownership chaining"
      # expect: VD-TF-GCP-027
      value = "on"
    }
    database_flags {
      name  = "contained database authentication"
      # expect: VD-TF-GCP-028
      value = "on"
    }
    database_flags {
      name  = "external scripts enabled"
      # expect: VD-TF-GCP-029
      value = "on"
    }
  }
}

# BigQuery
# expect: VD-TF-GCP-055
resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"

  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }

  access {
    role          = "READER"
    # expect: VD-TF-GCP-054
    special_group = "allAuthenticatedUsers"
  }
}

resource "google_bigquery_table_iam_member" "public" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  table_id   = "orders"
  role       = "roles/bigquery.dataViewer"
  # expect: VD-TF-GCP-054
  member     = "allUsers"
}

# Compute
resource "google_compute_project_metadata" "project" {
  # expect: VD-TF-GCP-030
  metadata = {
    serial-port-enable = "FALSE"
  }
}

# expect: VD-TF-GCP-060
resource "google_compute_instance" "web" {
  name           = "web"
  machine_type   = "n2d-standard-2"
  zone           = "${var.region}-b"
  # expect: VD-TF-GCP-032
  can_ip_forward = true

  # expect: VD-TF-GCP-059
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = google_compute_network.legacy.id
    # expect: VD-TF-GCP-034
    access_config {}
  }

  # expect: VD-TF-GCP-014
  service_account {
    # expect: VD-TF-GCP-015
    scopes = ["cloud-platform"]
  }

  shielded_instance_config {
    # expect: VD-TF-GCP-033
    enable_vtpm = false
  }

  # expect: VD-TF-GCP-031
  metadata = {
    # expect: VD-TF-GCP-030
    enable-oslogin     = "FALSE"
    # expect: VD-TF-GCP-007
    serial-port-enable = "TRUE"
  }
}

# expect: VD-TF-GCP-059
resource "google_compute_disk" "data" {
  name = "data"
  size = 100
  zone = "${var.region}-b"
}

# Network
# expect: VD-TF-GCP-035
resource "google_compute_network" "legacy" {
  name = "legacy"
}

# expect: VD-TF-GCP-036 VD-TF-GCP-037
resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = google_compute_network.legacy.id
  ip_cidr_range = "10.0.0.0/24"
}

resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = google_compute_network.legacy.id
  # expect: VD-TF-GCP-008
  source_ranges = ["0.0.0.0/0"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# expect: VD-TF-GCP-038
resource "google_dns_managed_zone" "unsigned" {
  name     = "unsigned"
  dns_name = "unsigned.example.com."
}

resource "google_dns_managed_zone" "sha1" {
  name     = "sha1"
  dns_name = "sha1.example.com."

  dnssec_config {
    state = "on"
    default_key_specs {
      # expect: VD-TF-GCP-039
      algorithm  = "rsasha1"
      key_length = 2048
      key_type   = "keySigning"
    }
  }
}

# expect: VD-TF-GCP-040
resource "google_compute_ssl_policy" "legacy" {
  name            = "legacy"
  # expect: VD-TF-GCP-040
  min_tls_version = "TLS_1_0"
}

# GKE
# expect: VD-TF-GCP-004 VD-TF-GCP-041 VD-TF-GCP-042 VD-TF-GCP-043 VD-TF-GCP-051 VD-TF-GCP-052
resource "google_container_cluster" "legacy" {
  name                  = "legacy"
  location              = var.region
  initial_node_count    = 1
  # expect: VD-TF-GCP-003
  enable_legacy_abac    = true
  # expect: VD-TF-GCP-044
  enable_shielded_nodes = false
  # expect: VD-TF-GCP-063
  monitoring_service = "none"

  release_channel {
    # expect: VD-TF-GCP-050
    channel = "UNSPECIFIED"
  }

  master_auth {
    # expect: VD-TF-GCP-049
    username = "admin"
    password = var.admin_password
    client_certificate_config {
      # expect: VD-TF-GCP-048
      issue_client_certificate = true
    }
  }

  # expect: VD-TF-GCP-069
  node_config {
    # expect: VD-TF-GCP-053
    image_type = "UBUNTU_CONTAINERD"
    metadata = {
      # expect: VD-TF-GCP-047
      disable-legacy-endpoints = "false"
    }
  }
}

resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.legacy.id

  management {
    # expect: VD-TF-GCP-045
    auto_repair  = false
    # expect: VD-TF-GCP-046
    auto_upgrade = false
  }

  # expect: VD-TF-GCP-069
  node_config {
    workload_metadata_config {
      # expect: VD-TF-GCP-047
      mode = "GCE_METADATA"
    }
  }
}

# Other resource IAM
resource "google_secret_manager_secret_iam_member" "public" {
  secret_id = "projects/${var.project}/secrets/api-key"
  role      = "roles/secretmanager.secretAccessor"
  # expect: VD-TF-GCP-062
  member = "allAuthenticatedUsers"
}

# Serverless and messaging
resource "google_cloud_run_v2_service_iam_member" "public" {
  name   = "api"
  role   = "roles/run.invoker"
  # expect: VD-TF-GCP-056
  member = "allUsers"
}

# expect: VD-TF-GCP-058
resource "google_pubsub_topic" "events" {
  name = "events"
}
