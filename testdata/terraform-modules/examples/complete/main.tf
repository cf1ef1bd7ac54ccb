provider "aws" {
  region = local.region
}

locals {
  region = "eu-west-1"
  name   = "complete-${random_pet.this.id}"
  open   = ["0.0.0.0/0"]
}

resource "random_pet" "this" {}

module "logs" {
  source = "../../modules/s3"
  bucket = "acme-logs"
  acl    = "log-delivery-write"
}

module "site" {
  source            = "../../modules/s3"
  bucket            = "acme-site"
  acl               = "public-read"
  block_public_acls = false
  ignore_public_acls = false
  versioning = {
    enabled = true
  }
}

module "disabled" {
  source = "../../modules/s3"
  create = false
  bucket = "never"
  acl    = "public-read"
}

module "db" {
  source              = "../../modules/rds"
  identifier          = "Orders"
  storage_encrypted   = false
  publicly_accessible = true
}

module "web_sg" {
  source = "../../modules/sg"
  name   = "web"
  vpc_id = "vpc-123"
  ingress_rules = [
    { from_port = 443, to_port = 443, cidr_blocks = local.open },
    { from_port = 22, to_port = 22, cidr_blocks = local.open, description = "ssh" },
  ]
}

module "key" {
  source = "../../modules/kms"
}

module "disks" {
  source = "../../modules/ebs"
  volumes = {
    data = { size = 100 }
    tmp  = { size = 10, encrypted = false }
  }
}
