variable "buckets" {
  type = map(object({
    public = optional(bool, false)
  }))
  default = {
    assets  = { public = true }
    backups = {}
  }
}
variable "db_public" {
  type    = bool
  default = false
}
