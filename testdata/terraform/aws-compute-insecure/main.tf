# An AWS compute estate (EC2, Auto Scaling, EKS, ECS, ECR, Lambda, CloudFront,
# load balancers, API Gateway, WAF, CodeBuild, Transfer Family, Amazon MQ)
# with planted misconfigurations: each `# expect: ID …` comment names the
# findings reported at the next line, and no other VD-TF-AWS finding is
# reported. The hardened counterpart is ../aws-compute-secure.

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

variable "mq_password" {
  type      = string
  sensitive = true
}

locals {
  app_image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
}

# EC2
resource "aws_instance" "bastion" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  # expect: VD-TF-AWS-116
  associate_public_ip_address = true
  # expect: VD-TF-AWS-118
  user_data = <<-EOT
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    aws s3 cp s3://acme-bootstrap/setup.sh /tmp/setup.sh
  EOT

  metadata_options {
    http_tokens = "required"
  }

  # expect: VD-TF-AWS-117
  root_block_device {
    volume_size = 20
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    # expect: VD-TF-AWS-117
    encrypted   = false
  }
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0abcdef1234567890"

  metadata_options {
    http_tokens = "required"
  }

  network_interfaces {
    # expect: VD-TF-AWS-116
    associate_public_ip_address = true
  }

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      # expect: VD-TF-AWS-117
      encrypted   = false
    }
  }
}

resource "aws_ami_launch_permission" "public" {
  image_id = "ami-0abcdef1234567890"
  # expect: VD-TF-AWS-119
  group    = "all"
}

resource "aws_autoscaling_group" "workers" {
  max_size          = 4
  min_size          = 2
  target_group_arns = [aws_lb_target_group.app.arn]
  # expect: VD-TF-AWS-120
  health_check_type = "EC2"

  launch_template {
    id      = aws_launch_template.workers.id
    version = "$Latest"
  }
}

# EKS
# expect: VD-TF-AWS-121
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  # expect: VD-TF-AWS-122
  enabled_cluster_log_types = ["api"]

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_node_group" "workers" {
  cluster_name  = aws_eks_cluster.main.name
  node_role_arn = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids    = var.subnet_ids

  # expect: VD-TF-AWS-123
  remote_access {
    ec2_ssh_key = "ops"
  }

  scaling_config {
    desired_size = 2
    max_size     = 3
    min_size     = 1
  }
}

# ECS
# expect: VD-TF-AWS-129
resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  # expect: VD-TF-AWS-126
  network_mode = "host"
  # expect: VD-TF-AWS-124 VD-TF-AWS-125 VD-TF-AWS-127 VD-TF-AWS-128
  container_definitions = jsonencode([{
    name        = "app"
    image       = local.app_image
    privileged  = true
    user        = "root"
    environment = [{ name = "DB_PASSWORD", value = "s3cr3t-passw0rd" }]
  }])

  volume {
    name = "data"
    # expect: VD-TF-AWS-131
    efs_volume_configuration {
      file_system_id = "fs-0123456789abcdef0"
    }
  }
}

resource "aws_ecs_service" "app" {
  name            = "app"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.app.arn
  desired_count   = 2

  network_configuration {
    subnets          = var.subnet_ids
    # expect: VD-TF-AWS-130
    assign_public_ip = true
  }
}

# ECR
resource "aws_ecr_repository" "app" {
  name = "app"
  # expect: VD-TF-AWS-132
  image_tag_mutability = "MUTABLE"

  image_scanning_configuration {
    # expect: VD-TF-AWS-133
    scan_on_push = false
  }
}

resource "aws_ecr_repository_policy" "app" {
  repository = aws_ecr_repository.app.name
  # expect: VD-TF-AWS-134
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PullFromAnywhere"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

# Lambda
# expect: VD-TF-AWS-135
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "app.handler"
  # expect: VD-TF-AWS-140
  runtime       = "python3.8"
  filename      = "api.zip"

  environment {
    variables = {
      STAGE     = "prod"
      # expect: VD-TF-AWS-139
      API_TOKEN = "tok_live_51HxExample"
    }
  }
}

resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  # expect: VD-TF-AWS-136
  authorization_type = "NONE"
}

resource "aws_lambda_permission" "anyone" {
  statement_id  = "AllowAnyone"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  # expect: VD-TF-AWS-137
  principal     = "*"
}

resource "aws_lambda_permission" "s3" {
  statement_id  = "AllowS3"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.api.function_name
  # expect: VD-TF-AWS-138
  principal     = "s3.amazonaws.com"
}

# CloudFront
# expect: VD-TF-AWS-143 VD-TF-AWS-144
resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  default_root_object = "index.html"

  # expect: VD-TF-AWS-146
  origin {
    domain_name = "acme-site.s3.eu-west-1.amazonaws.com"
    origin_id   = "site"
  }

  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      # expect: VD-TF-AWS-145
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    # expect: VD-TF-AWS-141
    viewer_protocol_policy = "allow-all"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  # expect: VD-TF-AWS-142
  viewer_certificate {
    acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abcd"
    ssl_support_method  = "sni-only"
  }
}

# Load balancers
# expect: VD-TF-AWS-147 VD-TF-AWS-148
resource "aws_lb" "app" {
  name    = "app"
  subnets = var.subnet_ids
  # expect: VD-TF-AWS-151
  desync_mitigation_mode = "monitor"

  access_logs {
    bucket  = "acme-lb-logs"
    # expect: VD-TF-AWS-149
    enabled = false
  }
}

resource "aws_lb_target_group" "app" {
  name     = "app"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d"
}

# expect: VD-TF-AWS-150
resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.app.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

# expect: VD-TF-AWS-149
resource "aws_elb" "legacy" {
  name    = "legacy"
  subnets = var.subnet_ids

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    # expect: VD-TF-AWS-152
    lb_protocol       = "http"
  }
}

# API Gateway
# expect: VD-TF-AWS-153
resource "aws_apigatewayv2_stage" "prod" {
  api_id      = "a1b2c3d4e5"
  name        = "prod"
  auto_deploy = true
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3d4e5"
  stage_name  = "prod"
  method_path = "*/*"

  # expect: VD-TF-AWS-154
  settings {
    caching_enabled = true
    metrics_enabled = true
  }
}

resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd"
  # expect: VD-TF-AWS-155
  security_policy          = "TLS_1_0"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# WAF
# expect: VD-TF-AWS-156
resource "aws_wafv2_web_acl" "api" {
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
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
      name  = "AWS_SECRET_ACCESS_KEY"
      # expect: VD-TF-AWS-157
      value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    }
  }

  source {
    type     = "GITHUB"
    # expect: VD-TF-AWS-158
    location = "https://ci-bot:s3cr3tpassw0rd@github.com/acme/app.git"
  }
}

# Transfer Family
resource "aws_transfer_server" "partners" {
  endpoint_type          = "VPC"
  identity_provider_type = "API_GATEWAY"
  url                    = "https://auth.example.com"
  invocation_role        = "arn:aws:iam::123456789012:role/transfer-auth"
  # expect: VD-TF-AWS-159
  protocols              = ["SFTP", "FTP"]

  endpoint_details {
    subnet_ids = var.subnet_ids
    vpc_id     = "vpc-0a1b2c3d"
  }
}

# Amazon MQ
resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  # expect: VD-TF-AWS-160
  publicly_accessible = true

  user {
    username = "app"
    password = var.mq_password
  }
}
