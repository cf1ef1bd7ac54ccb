module "buckets" {
  source   = "../../modules/s3"
  for_each = var.buckets

  bucket            = "acme-${each.key}"
  acl               = each.value.public ? "public-read" : "private"
  block_public_acls = !each.value.public
}

module "db" {
  source              = "../../modules/rds"
  identifier          = "multi"
  publicly_accessible = var.db_public
}
