variable "name" {}
variable "vpc_id" {}
variable "ingress_rules" {
  type = list(object({
    from_port   = number
    to_port     = number
    protocol    = optional(string, "tcp")
    cidr_blocks = list(string)
    description = optional(string, "managed")
  }))
  default = []
}

resource "aws_security_group" "this" {
  name        = var.name
  description = "Security group ${var.name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      description = ingress.value.description
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      protocol    = ingress.value.protocol
      cidr_blocks = ingress.value.cidr_blocks
    }
  }
}
