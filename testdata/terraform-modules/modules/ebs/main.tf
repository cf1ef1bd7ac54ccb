variable "volumes" {
  type = map(object({
    size      = number
    encrypted = optional(bool, true)
  }))
}
resource "aws_ebs_volume" "this" {
  for_each          = var.volumes
  availability_zone = "eu-west-1a"
  size              = each.value.size
  encrypted         = each.value.encrypted
  tags = {
    Name = each.key
  }
}
