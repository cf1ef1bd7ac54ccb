variable "create" {
  type    = bool
  default = true
}
variable "bucket" {
  type = string
}
variable "acl" {
  type    = string
  default = null
}
variable "versioning" {
  type = object({
    enabled    = optional(bool, false)
    mfa_delete = optional(bool, false)
  })
  default = {}
}
variable "sse_algorithm" {
  type    = string
  default = "aws:kms"
}
variable "block_public_acls" {
  type    = bool
  default = true
}
variable "block_public_policy" {
  type    = bool
  default = true
}
variable "ignore_public_acls" {
  type    = bool
  default = true
}
variable "restrict_public_buckets" {
  type    = bool
  default = true
}
variable "tags" {
  type    = map(string)
  default = {}
}
