# The AWS data services of ../aws-data-insecure hardened, written the way real
# modules are (count, for_each, data-source policies, split S3 resources,
# parameter groups): no VD-TF-AWS rule reports anything here.

variable "create" {
  type    = bool
  default = true
}

variable "buckets" {
  type    = set(string)
  default = ["acme-secure-data", "acme-secure-exports"]
}

variable "subnet_ids" {
  type = list(string)
}

variable "security_group_ids" {
  type = list(string)
}

variable "role_arn" {
  type = string
}

variable "reader_role_arn" {
  type = string
}

variable "monitoring_role_arn" {
  type = string
}

variable "kms_key_arn" {
  type = string
}

variable "log_group_arn" {
  type = string
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
}

# --- S3: data buckets logging to a log bucket, each control its own resource -------

resource "aws_s3_bucket" "logs" {
  count  = var.create ? 1 : 0
  bucket = "acme-secure-access-logs"
}

resource "aws_s3_bucket" "this" {
  for_each = var.buckets
  bucket   = each.value
}

locals {
  all_buckets = merge({ for k, b in aws_s3_bucket.this : k => b }, { logs = aws_s3_bucket.logs[0] })
}

resource "aws_s3_bucket_logging" "this" {
  for_each      = aws_s3_bucket.this
  bucket        = each.value.id
  target_bucket = aws_s3_bucket.logs[0].id
  target_prefix = "s3/${each.key}/"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = local.all_buckets
  bucket   = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = local.all_buckets
  bucket   = each.value.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each                = local.all_buckets
  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  for_each = local.all_buckets
  bucket   = each.value.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

data "aws_iam_policy_document" "bucket" {
  for_each = aws_s3_bucket.this

  statement {
    sid       = "ReadForTheReaderRole"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [each.value.arn, "${each.value.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = [var.reader_role_arn]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [each.value.arn, "${each.value.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id
  policy   = data.aws_iam_policy_document.bucket[each.key].json
}

resource "aws_s3_bucket_policy" "logs" {
  count  = var.create ? 1 : 0
  bucket = aws_s3_bucket.logs[0].id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "S3ServerAccessLogs"
        Effect    = "Allow"
        Principal = { Service = "logging.s3.amazonaws.com" }
        Action    = "s3:PutObject"
        Resource  = "arn:aws:s3:::acme-secure-access-logs/*"
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::acme-secure-access-logs", "arn:aws:s3:::acme-secure-access-logs/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

# --- EBS ------------------------------------------------------------------------

resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = var.kms_key_arn
}

resource "aws_ebs_snapshot_block_public_access" "this" {
  state = "block-all-sharing"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = var.kms_key_arn
}

# --- EFS ------------------------------------------------------------------------

resource "aws_efs_file_system" "shared" {
  creation_token = "shared"
  encrypted      = true
  kms_key_id     = var.kms_key_arn
}

resource "aws_efs_access_point" "app" {
  file_system_id = aws_efs_file_system.shared.id

  posix_user {
    uid = 1000
    gid = 1000
  }

  root_directory {
    path = "/app"

    creation_info {
      owner_uid   = 1000
      owner_gid   = 1000
      permissions = "750"
    }
  }
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

  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = [aws_efs_file_system.shared.arn]

    principals {
      type        = "AWS"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_efs_file_system_policy" "shared" {
  file_system_id = aws_efs_file_system.shared.id
  policy         = data.aws_iam_policy_document.efs.json
}

# --- RDS ------------------------------------------------------------------------

resource "aws_db_instance" "app" {
  identifier                          = "app"
  engine                              = "mysql"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  storage_encrypted                   = true
  kms_key_id                          = var.kms_key_arn
  username                            = "app_owner"
  manage_master_user_password         = true
  backup_retention_period             = 14
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  monitoring_interval                 = 30
  monitoring_role_arn                 = var.monitoring_role_arn
  enabled_cloudwatch_logs_exports     = ["audit", "error", "slowquery"]
  copy_tags_to_snapshot               = true
}

resource "aws_db_instance" "replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.micro"
  monitoring_interval = 30
  monitoring_role_arn = var.monitoring_role_arn
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier                  = "aurora"
  engine                              = "aurora-postgresql"
  storage_encrypted                   = true
  kms_key_id                          = var.kms_key_arn
  master_username                     = "aurora_owner"
  manage_master_user_password         = true
  backup_retention_period             = 14
  deletion_protection                 = true
  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
}

resource "aws_rds_cluster_instance" "aurora" {
  count               = 2
  cluster_identifier  = aws_rds_cluster.aurora.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.aurora.engine
  monitoring_interval = 30
  monitoring_role_arn = var.monitoring_role_arn
}

resource "aws_db_snapshot" "release" {
  db_instance_identifier = aws_db_instance.app.identifier
  db_snapshot_identifier = "release"
  shared_accounts        = ["111122223333"]
}

# --- DynamoDB Accelerator ---------------------------------------------------------

resource "aws_dax_cluster" "cache" {
  cluster_name                     = "cache"
  iam_role_arn                     = var.role_arn
  node_type                        = "dax.r4.large"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"

  server_side_encryption {
    enabled = true
  }
}

# --- ElastiCache ------------------------------------------------------------------

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  auth_token                 = var.redis_auth_token
}

resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "valkey"
  description                = "valkey cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  user_group_ids             = ["app-users"]
}

# --- Redshift ---------------------------------------------------------------------

resource "aws_redshift_cluster" "dw" {
  cluster_identifier           = "dw"
  node_type                    = "ra3.xlplus"
  master_username              = "dwadmin"
  manage_master_password       = true
  encrypted                    = true
  kms_key_id                   = var.kms_key_arn
  publicly_accessible          = false
  enhanced_vpc_routing         = true
  cluster_parameter_group_name = aws_redshift_parameter_group.dw.name
}

resource "aws_redshift_logging" "dw" {
  cluster_identifier   = aws_redshift_cluster.dw.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_parameter_group" "dw" {
  name   = "dw"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }

  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

# --- OpenSearch -------------------------------------------------------------------

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = var.kms_key_arn
  }

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }

  vpc_options {
    subnet_ids         = var.subnet_ids
    security_group_ids = var.security_group_ids
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false

    master_user_options {
      master_user_arn = var.role_arn
    }
  }

  dynamic "log_publishing_options" {
    for_each = toset(["AUDIT_LOGS", "ES_APPLICATION_LOGS"])
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = var.log_group_arn
    }
  }
}

# --- DocumentDB and Neptune ---------------------------------------------------------

resource "aws_docdb_cluster" "docs" {
  cluster_identifier              = "docs"
  engine                          = "docdb"
  master_username                 = "docsadmin"
  manage_master_user_password     = true
  storage_encrypted               = true
  kms_key_id                      = var.kms_key_arn
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.docs.name
}

resource "aws_docdb_cluster_parameter_group" "docs" {
  family = "docdb5.0"
  name   = "docs"

  parameter {
    name  = "tls"
    value = "enabled"
  }

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  kms_key_arn                         = var.kms_key_arn
  iam_database_authentication_enabled = true
  enable_cloudwatch_logs_exports      = ["audit"]
}

# --- Streaming ----------------------------------------------------------------------

resource "aws_kinesis_stream" "events" {
  name             = "events"
  retention_period = 24
  encryption_type  = "KMS"
  kms_key_id       = var.kms_key_arn
}

resource "aws_kinesis_firehose_delivery_stream" "events" {
  name        = "events"
  destination = "extended_s3"

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = var.kms_key_arn
  }

  extended_s3_configuration {
    role_arn   = var.role_arn
    bucket_arn = aws_s3_bucket.this["acme-secure-exports"].arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "from-stream"
  destination = "extended_s3"

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.events.arn
    role_arn           = var.role_arn
  }

  extended_s3_configuration {
    role_arn   = var.role_arn
    bucket_arn = aws_s3_bucket.this["acme-secure-exports"].arn
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
        type = "DISABLED"
      }
    }
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = var.kms_key_arn

    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = true
    }
  }
}

# --- Analytics and ML ---------------------------------------------------------------

resource "aws_sagemaker_notebook_instance" "lab" {
  name                   = "lab"
  role_arn               = var.role_arn
  instance_type          = "ml.t3.medium"
  kms_key_id             = var.kms_key_arn
  subnet_id              = var.subnet_ids[0]
  security_groups        = var.security_group_ids
  root_access            = "Disabled"
  direct_internet_access = "Disabled"
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://${aws_s3_bucket.this["acme-secure-exports"].bucket}/athena/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = var.kms_key_arn
      }
    }
  }
}

resource "aws_glue_data_catalog_encryption_settings" "this" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = var.kms_key_arn
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = var.kms_key_arn
    }
  }
}
