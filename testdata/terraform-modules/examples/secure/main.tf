module "bucket" {
  source = "../../modules/s3"
  bucket = "acme-secure"
  versioning = {
    enabled = true
  }
}

module "db" {
  source     = "../../modules/rds"
  identifier = "secure"
  kms_key_id = module.key.arn
}

module "key" {
  source              = "../../modules/kms"
  enable_key_rotation = true
}

module "sg" {
  source = "../../modules/sg"
  name   = "internal"
  vpc_id = "vpc-123"
  ingress_rules = [{ from_port = 5432, to_port = 5432, cidr_blocks = ["10.0.0.0/8"] }]
}
