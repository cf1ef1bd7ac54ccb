variable "description" {
  default = "managed key"
}
variable "enable_key_rotation" {
  type    = bool
  default = false
}
resource "aws_kms_key" "this" {
  description         = var.description
  enable_key_rotation = var.enable_key_rotation
}
output "arn" {
  value = aws_kms_key.this.arn
}
