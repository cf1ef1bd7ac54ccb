# A hardened AWS compute estate, the counterpart of ../aws-compute-insecure,
# written the way real modules are (variables, locals, for_each, dynamic
# blocks, jsonencode, split resources): no VD-TF-AWS rule should report
# anything here.

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

variable "admin_security_group_ids" {
  type    = list(string)
  default = ["sg-0a1b2c3d4e5f6a7b8"]
}

variable "log_types" {
  type    = list(string)
  default = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

variable "mq_password" {
  type      = string
  sensitive = true
}

variable "origin_access_identity" {
  type    = string
  default = null
}

locals {
  account_id = "123456789012"
  app_image  = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
  log_bucket = "acme-lb-logs"

  containers = {
    app = { image = local.app_image, port = 8080 }
    sidecar = { image = "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0", port = 4317 }
  }
}

resource "aws_kms_key" "main" {
  description         = "compute"
  enable_key_rotation = true
}

# EC2
resource "aws_instance" "app" {
  ami                         = "ami-0abcdef1234567890"
  instance_type               = "t3.micro"
  subnet_id                   = var.subnet_ids[0]
  associate_public_ip_address = false
  iam_instance_profile        = "app"
  monitoring                  = true
  user_data = <<-EOT
    #!/bin/bash
    aws secretsmanager get-secret-value --secret-id app/db --query SecretString --output text > /etc/app/db
  EOT

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  root_block_device {
    volume_size = 20
    encrypted   = true
    kms_key_id  = aws_kms_key.main.arn
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0abcdef1234567890"
  user_data   = base64encode("#!/bin/bash\necho ready\n")

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  network_interfaces {
    associate_public_ip_address = false
    security_groups             = var.admin_security_group_ids
  }

  dynamic "block_device_mappings" {
    for_each = ["/dev/xvda", "/dev/xvdb"]
    content {
      device_name = block_device_mappings.value
      ebs {
        volume_size = 50
        encrypted   = true
      }
    }
  }
}

resource "aws_ami_launch_permission" "partner" {
  image_id   = "ami-0abcdef1234567890"
  account_id = "210987654321"
}

resource "aws_autoscaling_group" "workers" {
  max_size                  = 4
  min_size                  = 2
  vpc_zone_identifier       = var.subnet_ids
  target_group_arns         = [aws_lb_target_group.app.arn]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id      = aws_launch_template.workers.id
    version = "$Latest"
  }
}

# EKS
resource "aws_eks_cluster" "main" {
  name                      = "main"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = var.log_types

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.main.arn
    }
  }
}

resource "aws_eks_node_group" "workers" {
  cluster_name  = aws_eks_cluster.main.name
  node_role_arn = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids    = var.subnet_ids

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.admin_security_group_ids
  }

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
}

# ECS
resource "aws_ecs_cluster" "main" {
  name = "main"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    for name, c in local.containers : {
      name                   = name
      image                  = c.image
      essential              = name == "app"
      user                   = "1000:1000"
      readonlyRootFilesystem = true
      portMappings           = [{ containerPort = c.port }]
      environment = [
        { name = "STAGE", value = "prod" },
        { name = "DB_PASSWORD_ARN", value = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/db" },
      ]
      secrets = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/db" }]
    }
  ])

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-0123456789abcdef0"
      transit_encryption = "ENABLED"
      authorization_config {
        iam = "ENABLED"
      }
    }
  }
}

resource "aws_ecs_service" "app" {
  name            = "app"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = var.subnet_ids
    assign_public_ip = false
  }
}

# ECR
resource "aws_ecr_repository" "app" {
  for_each             = toset(["app", "worker"])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.main.arn
  }
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app["app"].name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromProd"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${local.account_id}:root" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

# Lambda
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "app.handler"
  runtime       = "python3.13"
  filename      = "api.zip"

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = {
      STAGE           = "prod"
      API_TOKEN_PARAM = "/api/token"
      DB_SECRET_ARN   = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/db"
    }
  }
}

resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "AWS_IAM"
}

resource "aws_lambda_permission" "s3" {
  statement_id   = "AllowS3"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.api.function_name
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::acme-uploads"
  source_account = local.account_id
}

resource "aws_lambda_permission" "partner" {
  statement_id  = "AllowPartner"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  principal     = "210987654321"
}

# CloudFront
resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = aws_wafv2_web_acl.edge.arn

  origin {
    domain_name              = "acme-site.s3.eu-west-1.amazonaws.com"
    origin_id                = "site"
    origin_access_control_id = aws_cloudfront_origin_access_control.site.id
  }

  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    viewer_protocol_policy = "redirect-to-https"
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "app"
    allowed_methods        = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    viewer_protocol_policy = "https-only"
  }

  logging_config {
    bucket = "acme-cloudfront-logs.s3.amazonaws.com"
    prefix = "site/"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abcd"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# Load balancers
resource "aws_lb" "app" {
  name                       = "app"
  internal                   = true
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = true
  enable_deletion_protection = true

  access_logs {
    bucket  = local.log_bucket
    prefix  = "app"
    enabled = true
  }
}

resource "aws_lb" "nlb" {
  name                       = "nlb"
  load_balancer_type         = "network"
  internal                   = true
  subnets                    = var.subnet_ids
  enable_deletion_protection = true

  access_logs {
    bucket  = local.log_bucket
    prefix  = "nlb"
    enabled = true
  }
}

resource "aws_lb_target_group" "app" {
  name     = "app"
  port     = 8080
  protocol = "HTTPS"
  vpc_id   = "vpc-0a1b2c3d"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.app.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.app.arn
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

resource "aws_elb" "legacy" {
  name                = "legacy"
  subnets             = var.subnet_ids
  connection_draining = true

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"
  }

  access_logs {
    bucket        = local.log_bucket
    bucket_prefix = "legacy"
  }
}

# API Gateway
resource "aws_apigatewayv2_stage" "prod" {
  api_id      = "a1b2c3d4e5"
  name        = "prod"
  auto_deploy = true

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/prod"
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = "f6g7h8i9j0"
  deployment_id        = "abc123"
  stage_name           = "prod"
  xray_tracing_enabled = true

  access_log_settings {
    destination_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/rest"
    format          = "$context.requestId $context.identity.sourceIp $context.status"
  }
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "f6g7h8i9j0"
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
    metrics_enabled      = true
  }
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# WAF
resource "aws_wafv2_web_acl" "edge" {
  name  = "edge"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "edge" {
  resource_arn            = aws_wafv2_web_acl.edge.arn
  log_destination_configs = ["arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-edge"]
}

# CodeBuild
resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "STAGE"
      value = "prod"
    }

    environment_variable {
      name  = "NPM_TOKEN"
      value = "ci/npm-token"
      type  = "SECRETS_MANAGER"
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

# Transfer Family
resource "aws_transfer_server" "partners" {
  endpoint_type          = "VPC"
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]

  endpoint_details {
    subnet_ids = var.subnet_ids
    vpc_id     = "vpc-0a1b2c3d"
  }
}

# Amazon MQ
resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = false
  subnet_ids          = [var.subnet_ids[0]]

  user {
    username = "app"
    password = var.mq_password
  }
}
