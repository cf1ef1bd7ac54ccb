//! The evaluation stage on configurations written as real modules write them.

use std::path::PathBuf;

use serde_json::{json, Value};

use super::*;

fn folder(dir: &str, files: &[&str]) -> Folder {
    let docs: Vec<Value> = files
        .iter()
        .map(|t| match crate::parse::hcl::parse(t) {
            Ok((v, _)) => v,
            Err(e) => panic!("{e}"),
        })
        .collect();
    let refs: Vec<&Value> = docs.iter().collect();
    Folder {
        dir: PathBuf::from(dir),
        value: merge::Module::merge(&refs).value,
        tfvars: Vec::new(),
    }
}

fn config(folders: Vec<Folder>) -> Config {
    let mut links = HashMap::new();
    for (i, f) in folders.iter().enumerate() {
        for (name, _, source) in local_calls(&f.value) {
            let target = f.dir.join(&source);
            let target = super::world::tests_normalize(&target);
            if let Some(j) = folders.iter().position(|g| g.dir == target) {
                links.insert((i, name), j);
            }
        }
    }
    Config { folders, links }
}

fn root(cfg: &Config, inputs: &Inputs) -> Vec<Instance> {
    evaluate(cfg, 0, inputs).instances
}

fn at<'v>(v: &'v Value, path: &str) -> &'v Value {
    v.pointer(path)
        .unwrap_or_else(|| panic!("no {path} in {v:#}"))
}

#[test]
fn variables_locals_and_functions_resolve_in_place() {
    let cfg = config(vec![folder(
        "/r",
        &[r#"
variable "env" { default = "dev" }
variable "public" {
  type    = bool
  default = "false"
}
variable "cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}
locals {
  name   = "app-${var.env}"
  acl    = var.public ? "public-read" : "private"
  tags   = merge({ Env = var.env }, { Name = local.name })
  subnet = cidrsubnet("10.0.0.0/16", 8, 2)
}
resource "aws_s3_bucket" "b" {
  bucket = local.name
  acl    = local.acl
  tags   = local.tags
  policy = jsonencode({ Version = "2012-10-17" })
  arn    = aws_kms_key.k.arn
  cidrs  = concat(var.cidrs, [aws_vpc.v.cidr_block])
}
"#],
    )]);
    let docs = root(&cfg, &Inputs::default());
    assert_eq!(docs.len(), 1);
    let b = at(&docs[0].value, "/resource/aws_s3_bucket/b/0");
    assert_eq!(b["bucket"], json!("app-dev"));
    assert_eq!(b["acl"], json!("private"));
    assert_eq!(b["tags"], json!({"Env": "dev", "Name": "app-dev"}));
    assert_eq!(b["policy"], json!(r#"{"Version":"2012-10-17"}"#));
    // Unknown stays the expression, a partly known list shows both.
    assert_eq!(b["arn"], json!("${aws_kms_key.k.arn}"));
    assert_eq!(b["cidrs"], json!(["10.0.0.0/8", "${aws_vpc.v.cidr_block}"]));
    assert_eq!(
        at(&docs[0].value, "/locals/0/subnet"),
        &json!("10.0.2.0/24")
    );
    // A root module without expansions is exactly the conftest shape.
    assert!(docs[0].value.get(META_KEY).is_none());
}

#[test]
fn tfvars_and_command_line_values_override_defaults_in_terraform_order() {
    let mut f = folder(
        "/r",
        &[r#"
variable "a" { default = "default" }
variable "b" { default = "default" }
variable "c" { default = "default" }
variable "tags" { type = map(string) }
resource "x" "y" {
  a = var.a
  b = var.b
  c = var.c
  t = var.tags
}
"#],
    );
    f.tfvars = vec![json!({"a": "tfvars", "b": "tfvars", "c": "tfvars"})];
    let cfg = config(vec![f]);
    let inputs = Inputs {
        var_files: vec![json!({"b": "file", "c": "file"})],
        vars: vec![
            ("c".into(), "cli".into()),
            ("tags".into(), "{ team = \"x\" }".into()),
        ],
        env: vec![("a".into(), "env".into())],
        files_root: None,
    };
    let docs = root(&cfg, &inputs);
    let y = at(&docs[0].value, "/resource/x/y/0");
    assert_eq!(y["a"], json!("tfvars"));
    assert_eq!(y["b"], json!("file"));
    assert_eq!(y["c"], json!("cli"));
    assert_eq!(y["t"], json!({"team": "x"}));
}

#[test]
fn for_each_and_count_instances_are_evaluated_one_by_one() {
    let cfg = config(vec![folder(
        "/r",
        &[r#"
variable "buckets" {
  default = { logs = "private", site = "public-read" }
}
resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = each.key
  acl      = each.value
}
resource "aws_instance" "i" {
  count = 2
  name  = "web-${count.index}"
}
resource "aws_instance" "same" {
  count = 3
  ami   = "ami-1"
}
"#],
    )]);
    let docs = root(&cfg, &Inputs::default());
    let v = &docs[0].value;
    assert_eq!(
        at(v, "/resource/aws_s3_bucket/b"),
        &json!([
            {"for_each": {"logs": "private", "site": "public-read"}, "bucket": "logs", "acl": "private"},
            {"for_each": {"logs": "private", "site": "public-read"}, "bucket": "site", "acl": "public-read"}
        ])
    );
    assert_eq!(at(v, "/resource/aws_instance/i/1/name"), &json!("web-1"));
    // Identical instances are one body, under the resource's own address.
    assert_eq!(
        at(v, "/resource/aws_instance/same")
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    assert_eq!(
        at(v, "/__verdict__/addresses/resource/aws_s3_bucket/b"),
        &json!(["aws_s3_bucket.b[\"logs\"]", "aws_s3_bucket.b[\"site\"]"])
    );
    assert_eq!(
        at(v, "/__verdict__/addresses/resource/aws_instance/same"),
        &json!(["aws_instance.same"])
    );
    let second = raw_path(
        &docs[0].anchors,
        &crate::source_map::parse_pointer("/resource/aws_s3_bucket/b/1/acl"),
    );
    assert_eq!(
        crate::source_map::pointer(&second),
        "/resource/aws_s3_bucket/b/0/acl"
    );
}

#[test]
fn modules_are_called_with_their_arguments_recursively() {
    let cfg = config(vec![
        folder(
            "/repo/examples/a",
            &[r#"
module "db" {
  source    = "../../modules/db"
  encrypted = false
  name      = "a"
}
output "id" { value = module.db.name_out }
"#],
        ),
        folder(
            "/repo/modules/db",
            &[r#"
variable "encrypted" { default = true }
variable "name" {}
module "inner" {
  source = "./inner"
  flag   = var.encrypted
}
resource "aws_db_instance" "this" {
  storage_encrypted = var.encrypted
  identifier        = "${var.name}-db"
  path              = path.module
}
output "name_out" { value = var.name }
"#],
        ),
        folder(
            "/repo/modules/db/inner",
            &[r#"
variable "flag" {}
resource "aws_ebs_volume" "v" { encrypted = var.flag }
"#],
        ),
    ]);
    let docs = root(&cfg, &Inputs::default());
    assert_eq!(docs.len(), 3, "{docs:#?}");
    assert_eq!(at(&docs[0].value, "/output/id/0/value"), &json!("a"));
    let db = docs
        .iter()
        .find(|d| d.address == "module.db")
        .unwrap_or_else(|| panic!("db"));
    let this = at(&db.value, "/resource/aws_db_instance/this/0");
    assert_eq!(this["storage_encrypted"], json!(false));
    assert_eq!(this["identifier"], json!("a-db"));
    assert_eq!(this["path"], json!("../../modules/db"));
    assert_eq!(
        at(
            &db.value,
            "/__verdict__/addresses/resource/aws_db_instance/this/0"
        ),
        &json!("module.db.aws_db_instance.this")
    );
    let inner = docs
        .iter()
        .find(|d| d.address == "module.db.module.inner")
        .unwrap_or_else(|| panic!("inner"));
    assert_eq!(
        at(&inner.value, "/resource/aws_ebs_volume/v/0/encrypted"),
        &json!(false)
    );
    assert_eq!(inner.chain.len(), 2);
    assert_eq!(inner.chain[0].caller, 0);
    assert_eq!(inner.chain[1].caller, 1);
}

#[test]
fn for_each_modules_have_one_instance_per_key() {
    let cfg = config(vec![
        folder(
            "/r",
            &[r#"
module "b" {
  source   = "./b"
  for_each = toset(["x", "y"])
  name     = each.key
}
"#],
        ),
        folder(
            "/r/b",
            &[r#"
variable "name" {}
resource "aws_s3_bucket" "this" { bucket = var.name }
"#],
        ),
    ]);
    let docs = root(&cfg, &Inputs::default());
    let addrs: Vec<&str> = docs.iter().map(|d| d.address.as_str()).collect();
    assert_eq!(addrs, ["", "module.b[\"x\"]", "module.b[\"y\"]"]);
    assert_eq!(
        at(&docs[2].value, "/resource/aws_s3_bucket/this/0/bucket"),
        &json!("y")
    );
}

#[test]
fn dynamic_blocks_with_known_for_each_become_blocks() {
    let cfg = config(vec![folder(
        "/r",
        &[r#"
variable "rules" {
  default = [{ port = 22, cidr = "0.0.0.0/0" }, { port = 443, cidr = "10.0.0.0/8" }]
}
resource "aws_security_group" "sg" {
  ingress {
    from_port = 80
  }
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      cidr_blocks = [ingress.value.cidr]
    }
  }
  dynamic "egress" {
    for_each = data.x.y.rules
    iterator = r
    content { from_port = r.value }
  }
}
"#],
    )]);
    let docs = root(&cfg, &Inputs::default());
    let sg = at(&docs[0].value, "/resource/aws_security_group/sg/0");
    assert_eq!(
        sg["ingress"],
        json!([{"from_port": 80}, {"from_port": 22, "cidr_blocks": ["0.0.0.0/0"]}, {"from_port": 443, "cidr_blocks": ["10.0.0.0/8"]}])
    );
    assert_eq!(
        sg["dynamic"]["egress"][0]["for_each"],
        json!("${data.x.y.rules}")
    );
    let raw = raw_path(
        &docs[0].anchors,
        &crate::source_map::parse_pointer("/resource/aws_security_group/sg/0/ingress/2/from_port"),
    );
    assert_eq!(
        crate::source_map::pointer(&raw),
        "/resource/aws_security_group/sg/0/dynamic/ingress/0/content/0/from_port"
    );
}

#[test]
fn unknown_stays_unknown_and_cycles_do_not_hang() {
    let cfg = config(vec![folder(
        "/r",
        &[r#"
variable "required" {}
locals {
  a = local.b
  b = local.a
  c = try(var.missing_attr.x, "fallback")
  d = coalesce(var.required, "x")
  e = { min_size = 2, max_size = 5, min_size = 4 }
  f = [for s in ["a", "b"] : upper(s) if s != "b"]
  g = { for k, v in { a = 1, b = 2 } : v => k }
  h = provider::aws::arn_parse("arn:aws:s3:::x")
  i = length(data.aws_availability_zones.all.names)
  j = "%{ for x in ["a", "b"] }${x};%{ endfor }"
  k = [for r in [{ p = 1, on = true }, { p = 2, on = aws_x.y.on }] : r.p if r.on]
  m = length(local.k)
  n = var.maybe != null && var.maybe.enabled
}
variable "maybe" { default = null }
resource "aws_db_instance" "d" {
  publicly_accessible = var.required
}
"#],
    )]);
    let docs = root(&cfg, &Inputs::default());
    let v = &docs[0].value;
    let l = at(v, "/locals/0");
    assert_eq!(l["a"], json!("${local.b}"));
    assert_eq!(l["c"], json!("fallback"));
    assert_eq!(l["d"], json!("${coalesce(var.required, \"x\")}"));
    assert_eq!(l["e"], json!({"min_size": 4, "max_size": 5}));
    assert_eq!(l["f"], json!(["A"]));
    assert_eq!(l["g"], json!({"1": "a", "2": "b"}));
    assert_eq!(
        l["h"],
        json!("${provider::aws::arn_parse(\"arn:aws:s3:::x\")}")
    );
    assert_eq!(
        l["i"],
        json!("${length(data.aws_availability_zones.all.names)}")
    );
    assert_eq!(l["j"], json!("a;b;"));
    assert!(
        l["k"].as_str().is_some_and(|s| s.starts_with("${")),
        "an unknown filter: unknown list"
    );
    assert!(l["m"].as_str().is_some_and(|s| s.starts_with("${")));
    assert_eq!(l["n"], json!(false), "&& decided by its left side");
    assert_eq!(
        at(v, "/resource/aws_db_instance/d/0/publicly_accessible"),
        &json!("${var.required}")
    );
}

#[test]
fn what_count_zero_switches_off_is_judged_as_written() {
    let cfg = config(vec![
        folder(
            "/r",
            &[r#"
variable "create" { default = false }
variable "acl" { default = "public-read" }
resource "aws_s3_bucket" "off" {
  count = var.create ? 1 : 0
  acl   = var.acl
  tag   = "literal"
}
resource "aws_s3_bucket" "unknown" {
  count = length(data.x.y.ids)
  acl   = "public-read"
}
module "disabled" {
  source = "./m"
  count  = 0
  acl    = "public-read"
}
locals { n = length(module.disabled) }
"#],
        ),
        folder(
            "/r/m",
            &[r#"
variable "acl" {}
resource "aws_s3_bucket" "in_module" {
  acl  = var.acl
  mode = "literal"
}
"#],
        ),
    ]);
    let docs = root(&cfg, &Inputs::default());
    let v = &docs[0].value;
    // Not resolved (Terraform would not create it), but still there.
    assert_eq!(
        at(v, "/resource/aws_s3_bucket/off/0"),
        &json!({"count": "${var.create ? 1 : 0}", "acl": "${var.acl}", "tag": "literal"})
    );
    // An unknown count is read once, with the index unknown.
    assert_eq!(
        at(v, "/resource/aws_s3_bucket/unknown/0/acl"),
        &json!("public-read")
    );
    assert_eq!(at(v, "/locals/0/n"), &json!(0));
    // The switched-off module, as written, under its address.
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].address, "module.disabled");
    assert_eq!(
        at(&docs[1].value, "/resource/aws_s3_bucket/in_module/0"),
        &json!({"acl": "${var.acl}", "mode": "literal"})
    );
    assert_eq!(
        at(
            &docs[1].value,
            "/__verdict__/addresses/resource/aws_s3_bucket/in_module/0"
        ),
        &json!("module.disabled.aws_s3_bucket.in_module")
    );
}

/// Hostile configurations end as unknown values, not as a hang or an
/// exhausted memory.
#[test]
fn hostile_growth_and_recursion_are_bounded() {
    let mut locals = String::from("locals {\n  s0 = \"xxxxxxxxxxxxxxxx\"\n  l0 = [1, 2]\n");
    for i in 1..64 {
        locals.push_str(&format!(
            "  s{i} = \"${{local.s{p}}}${{local.s{p}}}\"\n  l{i} = concat(local.l{p}, local.l{p})\n",
            p = i - 1
        ));
    }
    locals.push_str("  deep = local.deep\n  big = range(100000000)\n");
    // A large value copied in a loop, a string grown by replacement.
    locals.push_str("  wide = range(200000)\n  copies = [for i in range(100000) : local.wide]\n");
    locals.push_str(
        "  grown = replace(join(\"\", [for i in range(100000) : \"ab\"]), \"\", local.s10)\n",
    );
    locals.push_str("  padded = format(\"%99999999999s\", \"x\")\n}\n");
    locals.push_str("module \"self\" {\n  source = \"./\"\n}\n");
    let cfg = config(vec![folder("/r", &[&locals])]);
    let started = std::time::Instant::now();
    let docs = root(&cfg, &Inputs::default());
    assert!(started.elapsed() < std::time::Duration::from_secs(60));
    let l = at(&docs[0].value, "/locals/0");
    assert_eq!(l["s2"], json!("x".repeat(64)));
    assert!(
        l["s63"].as_str().is_some_and(|s| s.starts_with("${")),
        "bounded: unknown"
    );
    assert!(l["l63"].as_str().is_some_and(|s| s.starts_with("${")));
    assert_eq!(l["deep"], json!("${local.deep}"));
    for bounded in ["copies", "grown", "padded"] {
        assert!(
            l[bounded].as_str().is_some_and(|s| s.starts_with("${")),
            "{bounded}"
        );
    }
    assert_eq!(docs.len(), 1, "a module calling itself is not followed");
}

#[test]
fn too_many_module_instances_are_said_not_dropped_silently() {
    let mut calls = String::new();
    for i in 0..5 {
        calls.push_str(&format!(
            "module \"m{i}\" {{\n  source   = \"./m\"\n  for_each = toset([for n in range(250) : tostring(n)])\n  name     = each.key\n}}\n"
        ));
    }
    let cfg = config(vec![
        folder("/r", &[&calls]),
        folder(
            "/r/m",
            &["variable \"name\" {}\nresource \"x\" \"y\" { n = var.name }\n"],
        ),
    ]);
    let e = evaluate(&cfg, 0, &Inputs::default());
    assert!(e.instances.len() <= 1025);
    assert!(
        e.limits
            .iter()
            .any(|l| l.contains("more than 1024 module instances")),
        "{:?}",
        e.limits
    );
}
