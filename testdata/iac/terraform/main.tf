terraform {
  required_version = ">= 1.5"
}

resource "aws_s3_bucket" "MARK-tf-resource-block" {
  bucket = "logs"
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    description = "MARK-tf-second-nested-block-attr"
    cidr_blocks = [
      "10.0.0.0/8",
      "MARK-tf-list-element",
    ]
  }
}

resource "aws_iam_policy" "p" {
  name   = "p"
  policy = <<-EOT
    {"Version": "2012-10-17"}
  EOT
}

module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
  azs    = [for z in var.zones : "${z}a"]
}
