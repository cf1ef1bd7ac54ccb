# An AWS account baseline with planted identity, network, logging and key
# misconfigurations: each `# expect: ID …` comment names the VD-TF-AWS
# findings reported at the next line, and no other VD-TF-AWS finding is
# reported (tests/library.rs). The hardened counterpart is
# ../aws-identity-secure.

variable "account_id" {
  type    = string
  default = "123456789012"
}

variable "admin_policy_arn" {
  type    = string
  default = "arn:aws:iam::aws:policy/AdministratorAccess"
}

variable "config_role_arn" {
  type = string
}

variable "rotation_lambda_arn" {
  type = string
}

variable "db_password" {
  type      = string
  sensitive = true
}

locals {
  open = "0.0.0.0/0"
  database_ports = {
    mysql = 3306
    redis = 6379
  }
}

provider "aws" {
  region     = "eu-west-1"
  # expect: VD-TF-AWS-038
  access_key = "AKIAIOSFODNN7EXAMPLE"
  # expect: VD-TF-AWS-038
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

# --- IAM: permissions -----------------------------------------------------------

resource "aws_iam_policy" "storage_admin" {
  name = "storage-admin"
  # expect: VD-TF-AWS-026
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:*", "kms:Decrypt"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "ci" {
  statement {
    sid       = "Deploy"
    # expect: VD-TF-AWS-026 VD-TF-AWS-027 VD-TF-AWS-029
    actions   = ["ec2:*", "iam:PassRole", "iam:AttachRolePolicy", "iam:Put*"]
    resources = ["*"]
  }

  statement {
    sid         = "EverythingButOrganizations"
    # expect: VD-TF-AWS-028
    not_actions = ["organizations:*"]
    resources   = ["arn:aws:s3:::acme-*"]
  }

  statement {
    sid           = "DenyOutsideRegion"
    effect        = "Deny"
    not_actions   = ["iam:*", "sts:*"]
    not_resources = ["arn:aws:iam::*:role/break-glass"]
  }
}

resource "aws_iam_policy" "ci" {
  name   = "ci"
  policy = data.aws_iam_policy_document.ci.json
}

resource "aws_iam_role_policy" "ops" {
  name = "ops"
  role = aws_iam_role.audit.id
  # expect: VD-TF-AWS-028
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "ec2:Describe*", "NotResource": "arn:aws:ec2:*:*:instance/i-prod*"}
      ]
    }
  EOT
}

# --- IAM: trust -----------------------------------------------------------------

resource "aws_iam_role" "shared" {
  name = "shared"
  # expect: VD-TF-AWS-030
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
    }]
  })
}

data "aws_iam_policy_document" "github_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    # expect: VD-TF-AWS-031
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::${var.account_id}:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "deploy"
  assume_role_policy = data.aws_iam_policy_document.github_trust.json
}

data "aws_iam_policy_document" "release_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::${var.account_id}:oidc-provider/token.actions.githubusercontent.com"]
    }
    # expect: VD-TF-AWS-031
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:*"]
    }
  }
}

resource "aws_iam_role" "release" {
  name               = "release"
  assume_role_policy = data.aws_iam_policy_document.release_trust.json
}

resource "aws_iam_role" "audit" {
  name = "audit"
  # expect: VD-TF-AWS-032
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
    }]
  })
}

# --- IAM: users, groups, credentials --------------------------------------------

resource "aws_iam_group" "admins" {
  name = "admins"
}

resource "aws_iam_group_policy_attachment" "admins" {
  group      = aws_iam_group.admins.name
  # expect: VD-TF-AWS-033
  policy_arn = var.admin_policy_arn
}

resource "aws_iam_user" "ci" {
  name = "ci"
}

# expect: VD-TF-AWS-034
resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.admins.name]
}

# expect: VD-TF-AWS-034 VD-TF-AWS-035
resource "aws_iam_user_login_profile" "alice" {
  user = aws_iam_user.alice.name
}

# expect: VD-TF-AWS-036
resource "aws_iam_account_password_policy" "this" {
  minimum_password_length   = 14
  password_reuse_prevention = 24
  # expect: VD-TF-AWS-036
  require_symbols           = false
  # expect: VD-TF-AWS-037
  max_password_age          = 180
}

# --- Network --------------------------------------------------------------------

# expect: VD-TF-AWS-047
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.1.0/24"
  # expect: VD-TF-AWS-046
  map_public_ip_on_launch = true
}

# expect: VD-TF-AWS-045 VD-TF-AWS-047
resource "aws_default_vpc" "default" {}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id

  # expect: VD-TF-AWS-043
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    # expect: VD-TF-AWS-040
    cidr_blocks = ["10.0.0.0/16", local.open]
  }

  ingress {
    description      = "File shares"
    from_port        = 445
    to_port          = 445
    protocol         = "tcp"
    # expect: VD-TF-AWS-041
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    description = "Anything anywhere"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    # expect: VD-TF-AWS-042
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "any" {
  type              = "ingress"
  description       = "Temporary: debugging"
  security_group_id = aws_security_group.app.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  # expect: VD-TF-AWS-006 VD-TF-AWS-039
  cidr_blocks       = [local.open]
}

resource "aws_vpc_security_group_ingress_rule" "databases" {
  for_each          = local.database_ports
  security_group_id = aws_security_group.app.id
  description       = "Databases for the reporting tool"
  # expect: VD-TF-AWS-040
  cidr_ipv4         = local.open
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
}

# expect: VD-TF-AWS-043
resource "aws_security_group" "legacy" {
  name   = "legacy"
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    # expect: VD-TF-AWS-008 VD-TF-AWS-044
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  ingress {
    rule_no    = 200
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }
}

# expect: VD-TF-AWS-048
resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.eu-west-1.s3"
}

resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.eu-west-1.dynamodb"
  # expect: VD-TF-AWS-048
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*" }]
  })
}

# --- Logging and monitoring -----------------------------------------------------

# expect: VD-TF-AWS-049 VD-TF-AWS-050 VD-TF-AWS-052
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "acme-trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
  # expect: VD-TF-AWS-051
  enable_logging             = false
}

# expect: VD-TF-AWS-053
resource "aws_cloudwatch_log_group" "app" {
  name              = "/acme/app"
  # expect: VD-TF-AWS-054
  retention_in_days = 14
}

# expect: VD-TF-AWS-057
resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = var.config_role_arn

  # expect: VD-TF-AWS-055
  recording_group {
    # expect: VD-TF-AWS-055
    all_supported  = false
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  # expect: VD-TF-AWS-056
  is_enabled = false
}

resource "aws_guardduty_detector" "main" {
  # expect: VD-TF-AWS-058
  enable = false
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  # expect: VD-TF-AWS-059
  status      = "DISABLED"
}

resource "aws_securityhub_account" "main" {
  # expect: VD-TF-AWS-060
  enable_default_standards = false
}

# --- Keys and secrets -----------------------------------------------------------

resource "aws_kms_key" "trail" {
  description                        = "CloudTrail"
  enable_key_rotation                = true
  # expect: VD-TF-AWS-062
  deletion_window_in_days            = 7
  # expect: VD-TF-AWS-063
  multi_region                       = true
  # expect: VD-TF-AWS-064
  bypass_policy_lockout_safety_check = true
  # expect: VD-TF-AWS-061
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

# expect: VD-TF-AWS-065 VD-TF-AWS-066
resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/api"
  kms_key_id = aws_kms_key.trail.arn
}

resource "aws_secretsmanager_secret_rotation" "api" {
  secret_id           = aws_secretsmanager_secret.api.id
  rotation_lambda_arn = var.rotation_lambda_arn

  rotation_rules {
    # expect: VD-TF-AWS-066
    automatically_after_days = 180
  }
}

resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/db/password"
  # expect: VD-TF-AWS-067
  type  = "String"
  value = var.db_password
}

# expect: VD-TF-AWS-068
resource "aws_ssm_parameter" "api_token" {
  name  = "/prod/api/token"
  type  = "SecureString"
  value = var.db_password
}

resource "aws_acm_certificate" "site" {
  domain_name       = "example.com"
  validation_method = "DNS"
  # expect: VD-TF-AWS-070
  key_algorithm     = "RSA_1024"

  options {
    # expect: VD-TF-AWS-069
    certificate_transparency_logging_preference = "DISABLED"
  }
}
