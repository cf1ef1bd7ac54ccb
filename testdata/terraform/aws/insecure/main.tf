# Deliberately insecure AWS configuration: every VD-TF-AWS rule has at least
# one finding here (see ../README.md for the expected list).

provider "aws" {
  region = "eu-west-1"
}

variable "ami" {
  type    = string
  default = "ami-0abcdef1234567890"
}

# --- S3 ---------------------------------------------------------------------

# No encryption, no public access block, no versioning (VD-TF-AWS-001/003/004).
# expect: VD-TF-AWS-001 VD-TF-AWS-003 VD-TF-AWS-004
# expect: VD-TF-AWS-071
resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-prod"
}

resource "aws_s3_bucket_acl" "assets" {
  bucket = aws_s3_bucket.assets.id
  # expect: VD-TF-AWS-005
  acl    = "public-read" # VD-TF-AWS-005
}

# Provider v3 style bucket: versioning explicitly off, public-read-write ACL.
# expect: VD-TF-AWS-071
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads-prod"
  # expect: VD-TF-AWS-005
  acl    = "public-read-write" # VD-TF-AWS-005

  versioning {
    # expect: VD-TF-AWS-004
    enabled = false # VD-TF-AWS-004
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        # expect: VD-TF-AWS-075
        sse_algorithm = "AES256"
      }
    }
  }
}

# expect: VD-TF-AWS-002
resource "aws_s3_bucket_public_access_block" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  block_public_acls   = true
  # expect: VD-TF-AWS-002
  block_public_policy = false # VD-TF-AWS-002
  # ignore_public_acls and restrict_public_buckets default to false (VD-TF-AWS-002)
}

# --- Network ------------------------------------------------------------------

# expect: VD-TF-AWS-047
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# expect: VD-TF-AWS-043
resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    # expect: VD-TF-AWS-006
    cidr_blocks = ["0.0.0.0/0"] # VD-TF-AWS-006
  }

  # expect: VD-TF-AWS-043
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    # expect: VD-TF-AWS-042
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# expect: VD-TF-AWS-043
resource "aws_security_group_rule" "rdp" {
  type              = "ingress"
  security_group_id = aws_security_group.bastion.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  # expect: VD-TF-AWS-006
  ipv6_cidr_blocks  = ["::/0"] # VD-TF-AWS-006
}

# expect: VD-TF-AWS-043
resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = aws_security_group.bastion.id
  # expect: VD-TF-AWS-006
  # expect: VD-TF-AWS-039
  cidr_ipv4         = "0.0.0.0/0" # VD-TF-AWS-006
  ip_protocol       = "-1"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  # expect: VD-TF-AWS-007
  ingress { # VD-TF-AWS-007
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}

resource "aws_network_acl_rule" "ssh" {
  network_acl_id = aws_vpc.main.default_network_acl_id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  # expect: VD-TF-AWS-008
  cidr_block     = "0.0.0.0/0" # VD-TF-AWS-008
  from_port      = 22
  to_port        = 22
}

# --- Databases and data services ----------------------------------------------

# expect: VD-TF-AWS-009
# expect: VD-TF-AWS-085 VD-TF-AWS-086 VD-TF-AWS-088 VD-TF-AWS-089
resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  # expect: VD-TF-AWS-010
  publicly_accessible = true # VD-TF-AWS-010
  skip_final_snapshot = true
  # storage_encrypted defaults to false (VD-TF-AWS-009)
}

variable "db_password" {
  type      = string
  sensitive = true
}

# expect: VD-TF-AWS-020
# expect: VD-TF-AWS-094
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "session cache"
  node_type            = "cache.t3.micro"
  num_cache_clusters   = 2
  # transit_encryption_enabled defaults to false (VD-TF-AWS-020)
}

# expect: VD-TF-AWS-021
resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
  # no point_in_time_recovery (VD-TF-AWS-021)
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  # expect: VD-TF-AWS-022
  sqs_managed_sse_enabled = false # VD-TF-AWS-022
}

# expect: VD-TF-AWS-023
resource "aws_sns_topic" "alerts" {
  name = "alerts" # no kms_master_key_id (VD-TF-AWS-023)
}

# --- IAM ------------------------------------------------------------------------

resource "aws_iam_policy" "admin" {
  name   = "admin"
  # expect: VD-TF-AWS-011
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"}
      ]
    }
  EOT
}

data "aws_iam_policy_document" "break_glass" {
  # expect: VD-TF-AWS-011
  statement {
    sid       = "Everything"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_user" "deploy" {
  name = "deploy"
}

resource "aws_iam_user_policy_attachment" "deploy" {
  # expect: VD-TF-AWS-025
  user       = aws_iam_user.deploy.name # VD-TF-AWS-025
  policy_arn = aws_iam_policy.admin.arn
}

# expect: VD-TF-AWS-024
# expect: VD-TF-AWS-036 VD-TF-AWS-037
resource "aws_iam_account_password_policy" "this" {
  # expect: VD-TF-AWS-024
  minimum_password_length = 8 # VD-TF-AWS-024
  require_symbols         = true
  # password_reuse_prevention unset (VD-TF-AWS-024)
}

# --- Logging and keys -------------------------------------------------------------

# expect: VD-TF-AWS-012 VD-TF-AWS-013 VD-TF-AWS-014
# expect: VD-TF-AWS-049 VD-TF-AWS-050 VD-TF-AWS-052
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.assets.id
  # single-region, no log file validation, no KMS key (VD-TF-AWS-012/013/014)
}

# expect: VD-TF-AWS-015
resource "aws_kms_key" "data" {
  description = "application data" # no enable_key_rotation (VD-TF-AWS-015)
}

# --- Compute ----------------------------------------------------------------------

resource "aws_instance" "web" {
  ami           = var.ami
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    # expect: VD-TF-AWS-017
    http_tokens   = "optional" # VD-TF-AWS-017
  }
}

# expect: VD-TF-AWS-016
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100 # not encrypted (VD-TF-AWS-016)
}

# expect: VD-TF-AWS-147 VD-TF-AWS-148 VD-TF-AWS-149
resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
}

variable "public_subnet_ids" {
  type = list(string)
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  # expect: VD-TF-AWS-018
  protocol          = "HTTP" # VD-TF-AWS-018

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# expect: VD-TF-AWS-121 VD-TF-AWS-122
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  # expect: VD-TF-AWS-019
  vpc_config {
    subnet_ids = var.public_subnet_ids
    # endpoint_public_access defaults to true, open to 0.0.0.0/0 (VD-TF-AWS-019)
  }
}
