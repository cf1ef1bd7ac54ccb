variable "identifier" {}
variable "engine" {
  default = "postgres"
}
variable "storage_encrypted" {
  type    = bool
  default = true
}
variable "publicly_accessible" {
  type    = bool
  default = false
}
variable "kms_key_id" {
  default = null
}
variable "instance_class" {
  default = "db.t3.micro"
}

resource "aws_db_instance" "this" {
  identifier          = lower(var.identifier)
  engine              = var.engine
  instance_class      = var.instance_class
  allocated_storage   = 20
  storage_encrypted   = var.storage_encrypted
  kms_key_id          = var.kms_key_id
  publicly_accessible = var.publicly_accessible
  skip_final_snapshot = true
}
