# A hardened AWS configuration written the way real modules are (count,
# for_each, dynamic blocks, jsonencode, split S3 resources): no VD-TF-AWS rule
# should fire here.

variable "buckets" {
  type    = set(string)
  default = ["acme-logs", "acme-artifacts"]
}

variable "create" {
  type    = bool
  default = true
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "vpc_id" {
  type = string
}

variable "trail_logs_role_arn" {
  type = string
}

resource "aws_kms_key" "data" {
  description             = "application data"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_kms_key" "signing" {
  description              = "release signing"
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
}

# --- S3: one bucket per name, every control as its own resource ---------------

resource "aws_s3_bucket" "this" {
  for_each = var.buckets
  bucket   = each.value
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id

  versioning_configuration {
    status = "Enabled"
  }
}

# Every bucket but the log bucket writes its access logs there.
resource "aws_s3_bucket_logging" "this" {
  for_each      = { for name, b in aws_s3_bucket.this : name => b if name != "acme-logs" }
  bucket        = each.value.id
  target_bucket = aws_s3_bucket.this["acme-logs"].id
  target_prefix = "${each.key}/"
}

resource "aws_s3_bucket_public_access_block" "this" {
  for_each = aws_s3_bucket.this
  bucket   = each.value.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# A conditional bucket in the terraform-aws-modules style.
resource "aws_s3_bucket" "trail" {
  count         = var.create ? 1 : 0
  bucket_prefix = "acme-trail-"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "trail" {
  count  = var.create ? 1 : 0
  bucket = aws_s3_bucket.trail[0].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket_versioning" "trail" {
  count  = var.create ? 1 : 0
  bucket = aws_s3_bucket.trail[0].id

  versioning_configuration {
    status = var.create ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_public_access_block" "trail" {
  count  = var.create ? 1 : 0
  bucket = aws_s3_bucket.trail[0].id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "trail" {
  count  = var.create ? 1 : 0
  bucket = aws_s3_bucket.trail[0].id
  acl    = "log-delivery-write"
}

# --- Network ------------------------------------------------------------------

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"
  vpc_id      = var.vpc_id

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description = "SSH from the office"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }

  ingress {
    description = "Ping"
    from_port   = 8
    to_port     = 0
    protocol    = "icmp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description = "HTTPS to the internet"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "ssh_from_bastion" {
  type                     = "ingress"
  description              = "SSH from the bastion"
  security_group_id        = aws_security_group.web.id
  from_port                = 22
  to_port                  = 22
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_ingress_rule" "rdp_vpn" {
  security_group_id = aws_security_group.web.id
  description       = "RDP from the VPN"
  cidr_ipv4         = "10.8.0.0/16"
  from_port         = 3389
  to_port           = 3389
  ip_protocol       = "tcp"
}

resource "aws_vpc_security_group_egress_rule" "dns" {
  security_group_id = aws_security_group.web.id
  description       = "DNS to the VPC resolver"
  cidr_ipv4         = "10.0.0.2/32"
  ip_protocol       = "udp"
  from_port         = 53
  to_port           = 53
}

resource "aws_default_security_group" "default" {
  vpc_id = var.vpc_id
}

resource "aws_network_acl" "public" {
  vpc_id = var.vpc_id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    rule_no    = 110
    action     = "deny"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# --- Databases and data services ----------------------------------------------

resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.data.arn
  publicly_accessible = false
  manage_master_user_password = true
  username            = "app"
  deletion_protection = true

  iam_database_authentication_enabled = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "app_replica" {
  identifier          = "app-replica"
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "aurora" {
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
  master_username    = "app"
  manage_master_user_password = true
  deletion_protection = true

  iam_database_authentication_enabled = true
  enabled_cloudwatch_logs_exports     = ["postgresql"]
}

resource "aws_rds_cluster_instance" "aurora" {
  count              = 2
  cluster_identifier = aws_rds_cluster.aurora.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.aurora.engine

  monitoring_interval = 60
  monitoring_role_arn = "arn:aws:iam::111122223333:role/rds-monitoring"
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session cache"
  node_type                  = "cache.t3.micro"
  transit_encryption_enabled = true
  at_rest_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue" "jobs_kms" {
  name                    = "jobs-kms"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = aws_kms_key.data.id
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

# --- IAM ------------------------------------------------------------------------

data "aws_iam_policy_document" "read_artifacts" {
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::acme-artifacts", "arn:aws:s3:::acme-artifacts/*"]
  }

  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "read_artifacts" {
  name   = "read-artifacts"
  policy = data.aws_iam_policy_document.read_artifacts.json
}

resource "aws_iam_role_policy" "ci" {
  name = "ci"
  role = "ci"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ecr:GetAuthorizationToken"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.read_artifacts.arn
}

resource "aws_iam_account_password_policy" "cis" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
  require_lowercase_characters = true
  require_numbers           = true
  require_symbols           = true
  require_uppercase_characters = true
  max_password_age          = 90
}

# --- Logging --------------------------------------------------------------------

resource "aws_cloudtrail" "main" {
  count                         = var.create ? 1 : 0
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.trail[0].id
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.data.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = var.trail_logs_role_arn
  sns_topic_name                = aws_sns_topic.alerts.name

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

resource "aws_cloudwatch_log_group" "trail" {
  name              = "/aws/cloudtrail/main"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.data.arn
}

# --- Compute ----------------------------------------------------------------------

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_launch_template" "web" {
  name_prefix   = "web-"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_instance" "worker" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = var.private_subnet_ids
  drop_invalid_header_fields = true
  enable_deletion_protection = true

  access_logs {
    bucket  = "acme-lb-logs"
    enabled = true
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:111122223333:certificate/abcd"

  default_action {
    type             = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = var.admin_cidrs
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator"]

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = "arn:aws:kms:eu-west-1:111122223333:key/eks-secrets"
    }
  }
}
