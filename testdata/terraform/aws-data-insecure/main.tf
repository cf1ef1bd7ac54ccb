# AWS data services with planted misconfigurations (VD-TF-AWS-071..115): each
# `# expect: ID …` comment names the findings reported at the next line, and
# no other VD-TF-AWS finding is reported in this file. The hardened
# counterpart is ../aws-data-secure.

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_ids" {
  type = list(string)
}

variable "role_arn" {
  type = string
}

variable "log_group_arn" {
  type = string
}

# --- S3 -------------------------------------------------------------------------

# expect: VD-TF-AWS-071
resource "aws_s3_bucket" "data" {
  bucket = "acme-insecure-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      # expect: VD-TF-AWS-075
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    # expect: VD-TF-AWS-074
    object_ownership = "ObjectWriter"
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  # expect: VD-TF-AWS-072 VD-TF-AWS-073
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::acme-insecure-data/*"
    }]
  })
}

# --- EBS ------------------------------------------------------------------------

resource "aws_ebs_encryption_by_default" "this" {
  # expect: VD-TF-AWS-076
  enabled = false
}

# expect: VD-TF-AWS-077
resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
}

resource "aws_ebs_snapshot_block_public_access" "this" {
  # expect: VD-TF-AWS-078
  state = "unblocked"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  # expect: VD-TF-AWS-079
  encrypted = true
}

# --- EFS ------------------------------------------------------------------------

# expect: VD-TF-AWS-080
resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
}

# expect: VD-TF-AWS-081 VD-TF-AWS-082
resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id
}

data "aws_iam_policy_document" "efs" {
  statement {
    actions   = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]
    resources = [aws_efs_file_system.shared.arn]

    principals {
      type        = "AWS"
      identifiers = [var.role_arn]
    }
  }
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  # expect: VD-TF-AWS-083
  policy = data.aws_iam_policy_document.efs.json
}

# --- RDS ------------------------------------------------------------------------

# expect: VD-TF-AWS-086 VD-TF-AWS-088 VD-TF-AWS-089
resource "aws_db_instance" "app" {
  identifier                  = "app"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  storage_encrypted           = true
  manage_master_user_password = true
  # expect: VD-TF-AWS-091
  username = "admin"
  # expect: VD-TF-AWS-084
  backup_retention_period = 0
  # expect: VD-TF-AWS-085
  deletion_protection = false
  # expect: VD-TF-AWS-087
  auto_minor_version_upgrade = false
}

resource "aws_db_snapshot" "release" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "release"
  shared_accounts = [
    # expect: VD-TF-AWS-090
    "all",
  ]
}

# --- DynamoDB Accelerator ---------------------------------------------------------

# expect: VD-TF-AWS-092 VD-TF-AWS-093
resource "aws_dax_cluster" "cache" {
  cluster_name       = "cache"
  iam_role_arn       = var.role_arn
  node_type          = "dax.r4.large"
  replication_factor = 3
}

# --- ElastiCache ------------------------------------------------------------------

# expect: VD-TF-AWS-094 VD-TF-AWS-095
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
}

# --- Redshift ---------------------------------------------------------------------

# expect: VD-TF-AWS-097
resource "aws_redshift_cluster" "dw" {
  cluster_identifier           = "dw"
  node_type                    = "ra3.xlplus"
  manage_master_password       = true
  master_username              = "dwadmin"
  cluster_parameter_group_name = aws_redshift_parameter_group.dw.name
  # expect: VD-TF-AWS-096
  publicly_accessible = true
}

resource "aws_redshift_parameter_group" "dw" {
  name   = "dw"
  family = "redshift-1.0"

  parameter {
    name = "require_ssl"
    # expect: VD-TF-AWS-098
    value = "false"
  }
}

# --- OpenSearch -------------------------------------------------------------------

# expect: VD-TF-AWS-099 VD-TF-AWS-100 VD-TF-AWS-102 VD-TF-AWS-103 VD-TF-AWS-104
resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  domain_endpoint_options {
    # expect: VD-TF-AWS-101
    enforce_https = false
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = true
  }

  node_to_node_encryption {
    enabled = true
  }

  vpc_options {
    subnet_ids         = var.subnet_ids
    security_group_ids = var.security_group_ids
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = var.log_group_arn
  }

  domain_endpoint_options {
    enforce_https = true
    # expect: VD-TF-AWS-101
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

# --- DocumentDB and Neptune ---------------------------------------------------------

# expect: VD-TF-AWS-105
resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  engine                          = "docdb"
  master_username                 = "docsadmin"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.docs.name
}

resource "aws_docdb_cluster_parameter_group" "docs" {
  family = "docdb5.0"
  name   = "docs"

  parameter {
    name = "tls"
    # expect: VD-TF-AWS-106
    value = "disabled"
  }
}

# expect: VD-TF-AWS-107
resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  engine             = "neptune"
}

# --- Streaming ----------------------------------------------------------------------

resource "aws_kinesis_stream" "events" {
  name             = "events"
  retention_period = 24
  # expect: VD-TF-AWS-108
  encryption_type = "NONE"
}

# expect: VD-TF-AWS-109
resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = var.role_arn
    bucket_arn = aws_s3_bucket.data.arn
  }
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.subnet_ids
    security_groups = var.security_group_ids

    connectivity_info {
      public_access {
        # expect: VD-TF-AWS-111
        type = "SERVICE_PROVIDED_EIPS"
      }
    }
  }

  encryption_info {
    encryption_in_transit {
      # expect: VD-TF-AWS-110
      client_broker = "TLS_PLAINTEXT"
      # expect: VD-TF-AWS-110
      in_cluster = false
    }
  }
}

# --- Analytics and ML ---------------------------------------------------------------

# expect: VD-TF-AWS-112 VD-TF-AWS-113
resource "aws_sagemaker_notebook_instance" "lab" {
  name          = "lab"
  role_arn      = var.role_arn
  instance_type = "ml.t3.medium"
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    # expect: VD-TF-AWS-114
    result_configuration {
      output_location = "s3://${aws_s3_bucket.data.bucket}/athena/"
    }
  }
}

resource "aws_glue_data_catalog_encryption_settings" "this" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      # expect: VD-TF-AWS-115
      return_connection_password_encrypted = false
    }

    encryption_at_rest {
      # expect: VD-TF-AWS-115
      catalog_encryption_mode = "DISABLED"
    }
  }
}
