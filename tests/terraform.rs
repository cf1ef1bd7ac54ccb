//! Terraform evaluated as Terraform does: what a team sees when it scans its
//! own modules and examples, whose values come from variables, tfvars,
//! locals, `for_each` and module calls.

mod common;

use common::*;
use serde_json::Value;

/// `(rule, file, line, resource, module)` of every finding, sorted.
fn findings(report: &Value) -> Vec<(String, String, u64, String, String)> {
    let mut out: Vec<_> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (
                s("rule_id"),
                s("file"),
                f["line"].as_u64().unwrap_or(0),
                s("resource"),
                s("module"),
            )
        })
        .collect();
    out.sort();
    out
}

fn scan_json(dir: &std::path::Path, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["scan", ".", "-f", "json"];
    all.extend_from_slice(args);
    let run = verdict_in(dir, &all, None);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    assert_valid(
        &root().join("schemas/verdict-report-v1.schema.json"),
        &run.json(),
    );
    (run.code, run.json())
}

const RDS: &str = r#"variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_db_instance" "main" {
  identifier        = "orders"
  storage_encrypted = var.encrypted
}
"#;

#[test]
fn a_variable_default_is_judged_where_the_argument_is_written() {
    let dir = tree(&[("main.tf", RDS)]);
    let (code, report) = scan_json(dir.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&report),
        [(
            "VD-TF-AWS-009".into(),
            "main.tf".into(),
            8,
            "aws_db_instance.main".into(),
            String::new()
        )]
    );
    // --terraform-raw gives the unevaluated view, where the value is unknown.
    let (code, report) = scan_json(dir.path(), &["--terraform-raw"]);
    assert_eq!((code, findings(&report).len()), (0, 0));
}

#[test]
fn tfvars_files_and_command_line_values_override_the_default() {
    let dir = tree(&[
        ("main.tf", RDS),
        ("terraform.tfvars", "encrypted = true\n"),
        ("prod.tfvars", "encrypted = false\n"),
    ]);
    // terraform.tfvars is read as Terraform reads it: encrypted, no finding.
    let (code, _) = scan_json(dir.path(), &[]);
    assert_eq!(code, 0);
    let (code, report) = scan_json(dir.path(), &["--tf-var-file", "prod.tfvars"]);
    assert_eq!((code, findings(&report).len()), (1, 1));
    let (code, _) = scan_json(
        dir.path(),
        &["--tf-var-file", "prod.tfvars", "--tf-var", "encrypted=true"],
    );
    assert_eq!(code, 0, "--tf-var wins over --tf-var-file");
    // The same from .verdict.yaml.
    std::fs::write(
        dir.path().join(".verdict.yaml"),
        "terraform:\n  var_files: [prod.tfvars]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (code, _) = scan_json(dir.path(), &[]);
    assert_eq!(code, 1);
}

#[test]
fn the_environment_is_read_only_when_asked() {
    let dir = tree(&[("main.tf", RDS)]);
    let run = |extra: &[&str]| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_verdict"));
        isolated(&mut cmd);
        cmd.args(["scan", "."]).args(extra).current_dir(dir.path());
        cmd.env("TF_VAR_encrypted", "true");
        cmd.output()
            .map(|o| o.status.code())
            .unwrap_or_else(|e| panic!("{e}"))
    };
    assert_eq!(run(&[]), Some(1), "TF_VAR_* ignored by default");
    assert_eq!(run(&["--tf-var-env"]), Some(0));
}

#[test]
fn locals_and_for_each_resources_are_evaluated_per_instance() {
    let dir = tree(&[(
        "main.tf",
        r#"locals {
  buckets = {
    logs   = "private"
    public = "public-read"
  }
  open = "0.0.0.0/0"
}

resource "aws_s3_bucket" "b" {
  for_each = local.buckets
  bucket   = "acme-${each.key}"
  acl      = each.value
}

resource "aws_security_group" "ssh" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [local.open]
  }
}
"#,
    )]);
    let (_, report) = scan_json(dir.path(), &[]);
    let got = findings(&report);
    let acl: Vec<_> = got.iter().filter(|f| f.0 == "VD-TF-AWS-005").collect();
    assert_eq!(acl.len(), 1, "{got:?}");
    assert_eq!(
        acl[0].2, 12,
        "the acl line in the resource, not the local's"
    );
    assert_eq!(acl[0].3, "aws_s3_bucket.b[\"public\"]");
    let ssh: Vec<_> = got.iter().filter(|f| f.0 == "VD-TF-AWS-006").collect();
    assert_eq!(ssh.len(), 1, "{got:?}");
    assert_eq!(ssh[0].2, 20, "the cidr_blocks line");
}

const DB_MODULE: &str = r#"variable "storage_encrypted" {
  type    = bool
  default = true
}

variable "public" {
  default = false
}

resource "aws_db_instance" "this" {
  identifier          = "db"
  storage_encrypted   = var.storage_encrypted
  publicly_accessible = var.public
}
"#;

#[test]
fn a_module_called_from_two_examples_gives_two_findings_with_their_chains() {
    let dir = tree(&[
        ("modules/db/main.tf", DB_MODULE),
        (
            "examples/complete/main.tf",
            "module \"db\" {\n  source            = \"../../modules/db\"\n  storage_encrypted = false\n}\n",
        ),
        (
            "examples/legacy/main.tf",
            "# An older setup.\n\nmodule \"db\" {\n  source            = \"../../modules/db\"\n  storage_encrypted = \"false\"\n  public            = true\n}\n",
        ),
        (
            "examples/secure/main.tf",
            "module \"db\" {\n  source = \"../../modules/db\"\n}\n",
        ),
    ]);
    let (code, report) = scan_json(dir.path(), &[]);
    assert_eq!(code, 1);
    let enc: Vec<&Value> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "VD-TF-AWS-009")
        .collect();
    assert_eq!(enc.len(), 2, "{report:#}");
    let mut callers = Vec::new();
    for f in &enc {
        assert_eq!(f["file"], "modules/db/main.tf");
        assert_eq!(f["line"], 12);
        assert_eq!(f["module"], "module.db");
        assert_eq!(f["resource"], "module.db.aws_db_instance.this");
        let chain = f["call_chain"].as_array().cloned().unwrap_or_default();
        assert_eq!(chain.len(), 1);
        callers.push((
            chain[0]["file"].as_str().unwrap_or_default().to_string(),
            chain[0]["line"].as_u64().unwrap_or(0),
        ));
    }
    callers.sort();
    assert_eq!(
        callers,
        [
            ("examples/complete/main.tf".to_string(), 1),
            ("examples/legacy/main.tf".to_string(), 3)
        ]
    );
    assert_ne!(
        enc[0]["fingerprint"], enc[1]["fingerprint"],
        "two calls, two findings"
    );
    // The publicly accessible instance is only the legacy example's.
    let public: Vec<&Value> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "VD-TF-AWS-010")
        .collect();
    assert_eq!(public.len(), 1);
    assert_eq!(
        public[0]["call_chain"][0]["file"],
        "examples/legacy/main.tf"
    );

    // SARIF carries each call as a related location.
    let run = verdict_in(dir.path(), &["scan", ".", "-f", "sarif"], None);
    let sarif = run.json();
    assert_valid(&root().join("schemas/sarif-schema-2.1.0.json"), &sarif);
    let results = sarif["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let related: Vec<&str> = results
        .iter()
        .filter(|r| r["ruleId"] == "VD-TF-AWS-009")
        .filter_map(|r| {
            r["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str()
        })
        .collect();
    assert_eq!(related.len(), 2);
    assert!(related.contains(&"examples/legacy/main.tf"), "{related:?}");
}

#[test]
fn a_module_calling_a_module_is_judged_with_the_values_passed_down() {
    let dir = tree(&[
        (
            "main.tf",
            "module \"platform\" {\n  source    = \"./modules/platform\"\n  encrypted = false\n}\n",
        ),
        (
            "modules/platform/main.tf",
            "variable \"encrypted\" {}\n\nlocals {\n  volume_encryption = var.encrypted\n}\n\nmodule \"storage\" {\n  source = \"../storage\"\n  secure = local.volume_encryption\n}\n",
        ),
        (
            "modules/storage/main.tf",
            "variable \"secure\" {\n  type = bool\n}\n\nresource \"aws_ebs_volume\" \"data\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 40\n  encrypted         = var.secure\n}\n",
        ),
    ]);
    let (_, report) = scan_json(dir.path(), &[]);
    let f: Vec<&Value> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "VD-TF-AWS-016")
        .collect();
    assert_eq!(f.len(), 1, "{report:#}");
    assert_eq!(f[0]["file"], "modules/storage/main.tf");
    assert_eq!(f[0]["line"], 8);
    assert_eq!(f[0]["module"], "module.platform.module.storage");
    let chain: Vec<(&str, &str, u64)> = f[0]["call_chain"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            (
                c["module"].as_str().unwrap_or_default(),
                c["file"].as_str().unwrap_or_default(),
                c["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        chain,
        [
            ("module.platform", "main.tf", 1),
            (
                "module.platform.module.storage",
                "modules/platform/main.tf",
                7
            )
        ]
    );
    // Text names the chain too.
    let run = verdict_in(dir.path(), &["scan", "."], None);
    assert!(
        run.stdout
            .contains("via module.platform.module.storage (modules/platform/main.tf:7)"),
        "{run:?}"
    );
}

#[test]
fn what_cannot_be_known_is_not_flagged() {
    let dir = tree(&[(
        "main.tf",
        r#"variable "encrypted" {
  type = bool
}

data "aws_ssm_parameter" "public" {
  name = "/db/public"
}

resource "aws_db_instance" "a" {
  storage_encrypted   = var.encrypted
  publicly_accessible = data.aws_ssm_parameter.public.value == "yes"
}

module "remote" {
  source            = "terraform-aws-modules/rds/aws"
  storage_encrypted = false
}
"#,
    )]);
    let (code, report) = scan_json(dir.path(), &[]);
    assert_eq!((code, findings(&report)), (0, Vec::new()), "{report:#}");
}

#[test]
fn terraform_that_terraform_accepts_parses() {
    let dir = tree(&[
        (
            "main.tf",
            r#"terraform {
  required_version = ">= 1.8"
}

locals {
  scaling = { min_size = 2, max_size = 5, min_size = 4 }
  by_team = { for u in var.users : u.team => u.name... }
  names   = var.users[*].name
  legacy  = var.users.*.name
  policy  = {
    doc = <<-EOT
      {"Version": "2012-10-17"}
    EOT
  }
  list    = "%{ for n in local.names ~}${n},%{ endfor ~}"
  arn     = provider::aws::arn_parse("arn:aws:iam::123456789012:role/x")
}

variable "users" {
  type = list(object({ name = string, team = string }))
  default = [{ name = "a", team = "x" }]
}

moved {
  from = aws_instance.old
  to   = aws_instance.new
}

import {
  to = aws_s3_bucket.logs
  id = "logs"
}

removed {
  from = aws_instance.gone
  lifecycle {
    destroy = false
  }
}

check "health" {
  assert {
    condition     = length(local.names) > 0
    error_message = "no users"
  }
}
"#,
        ),
        (
            "tests/main.tftest.hcl",
            "run \"plan\" {\n  command = plan\n  assert {\n    condition     = true\n    error_message = \"x\"\n  }\n}\n",
        ),
    ]);
    let (code, report) = scan_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["summary"]["input_errors"], 0);
    let run = verdict_in(dir.path(), &["parse", "."], None);
    assert_eq!(run.code, 0, "{run:?}");
    let docs = run.json();
    let locals = &docs[0]["input"]["locals"][0];
    assert_eq!(
        locals["scaling"],
        serde_json::json!({"min_size": 4, "max_size": 5})
    );
    assert_eq!(locals["by_team"], serde_json::json!({"x": ["a"]}));
    assert_eq!(locals["list"], serde_json::json!("a,"));
}

/// A module collection laid out as terraform-aws-modules lay theirs out:
/// `modules/*` written with variables, `optional()` types, `count`
/// switches, `dynamic` blocks and `for_each`, judged through the examples
/// that call them. Unevaluated, none of these problems is visible.
#[test]
fn a_module_collection_is_judged_through_its_examples() {
    let dir = root().join("testdata/terraform-modules");
    let run = verdict_in(&dir, &["scan", ".", "-f", "json"], None);
    assert_eq!(run.code, 1, "{run:?}");
    let report = run.json();
    let mut got: Vec<String> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let calls: Vec<String> = f["call_chain"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| format!("{}:{}", c["file"].as_str().unwrap_or(""), c["line"]))
                .collect();
            format!(
                "{} {}:{} {} via {}",
                f["rule_id"].as_str().unwrap_or(""),
                f["file"].as_str().unwrap_or(""),
                f["line"],
                f["resource"].as_str().unwrap_or(""),
                calls.join(" > ")
            )
        })
        .collect();
    got.sort();
    // The collection plants problems for these rules; other rules of the
    // growing library (access logs, deletion protection, …) may report
    // more on the same modules and are judged by the library's fixtures.
    let planted = [
        "VD-TF-AWS-002",
        "VD-TF-AWS-004",
        "VD-TF-AWS-005",
        "VD-TF-AWS-006",
        "VD-TF-AWS-009",
        "VD-TF-AWS-010",
        "VD-TF-AWS-015",
        "VD-TF-AWS-016",
    ];
    got.retain(|line| planted.iter().any(|id| line.starts_with(&format!("{id} "))));
    let want = [
        "VD-TF-AWS-002 modules/s3/main.tf:40 module.buckets[\"assets\"].aws_s3_bucket_public_access_block.this via examples/multi/main.tf:1",
        "VD-TF-AWS-002 modules/s3/main.tf:40 module.site.aws_s3_bucket_public_access_block.this via examples/complete/main.tf:19",
        "VD-TF-AWS-002 modules/s3/main.tf:42 module.site.aws_s3_bucket_public_access_block.this via examples/complete/main.tf:19",
        "VD-TF-AWS-004 modules/s3/main.tf:22 module.buckets[\"assets\"].aws_s3_bucket.this via examples/multi/main.tf:1",
        "VD-TF-AWS-004 modules/s3/main.tf:22 module.buckets[\"backups\"].aws_s3_bucket.this via examples/multi/main.tf:1",
        "VD-TF-AWS-004 modules/s3/main.tf:22 module.logs.aws_s3_bucket.this via examples/complete/main.tf:13",
        "VD-TF-AWS-005 modules/s3/main.tf:15 module.buckets[\"assets\"].aws_s3_bucket_acl.this via examples/multi/main.tf:1",
        "VD-TF-AWS-005 modules/s3/main.tf:15 module.site.aws_s3_bucket_acl.this via examples/complete/main.tf:19",
        "VD-TF-AWS-006 modules/sg/main.tf:26 module.web_sg.aws_security_group.this via examples/complete/main.tf:44",
        "VD-TF-AWS-009 modules/rds/main.tf:25 module.db.aws_db_instance.this via examples/complete/main.tf:37",
        "VD-TF-AWS-010 modules/rds/main.tf:27 module.db.aws_db_instance.this via examples/complete/main.tf:37",
        "VD-TF-AWS-010 modules/rds/main.tf:27 module.db.aws_db_instance.this via examples/multi/main.tf:10",
        "VD-TF-AWS-015 modules/kms/main.tf:10 module.key.aws_kms_key.this via examples/complete/main.tf:54",
        "VD-TF-AWS-016 modules/ebs/main.tf:11 module.disks.aws_ebs_volume.this[\"tmp\"] via examples/complete/main.tf:58",
    ];
    assert_eq!(got, want);
    let raw = verdict_in(&dir, &["scan", ".", "-f", "json", "--terraform-raw"], None).json();
    let seen_raw: Vec<&Value> = raw["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| planted.iter().any(|id| f["rule_id"] == *id))
        .collect();
    assert!(seen_raw.is_empty(), "{seen_raw:#?}");
}

/// terraform-aws-modules ship `wrappers/`, which call the module with
/// `for_each = var.items` (default `{}`): no instance. The module folder the
/// walk found is still judged, as a root module of its own.
#[test]
fn a_walked_module_no_call_instantiates_is_judged_on_its_own() {
    let dir = tree(&[
        (
            "main.tf",
            "variable \"encrypted\" {\n  default = false\n}\n\nresource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"eu-west-1a\"\n  size              = 1\n  encrypted         = var.encrypted\n}\n",
        ),
        (
            "wrappers/main.tf",
            "variable \"items\" {\n  default = {}\n}\n\nmodule \"wrapper\" {\n  source    = \"../\"\n  for_each  = var.items\n  encrypted = try(each.value.encrypted, true)\n}\n",
        ),
    ]);
    let (code, report) = scan_json(dir.path(), &[]);
    assert_eq!(code, 1, "{report:#}");
    let f = findings(&report);
    assert!(
        f.iter()
            .any(|f| f.0 == "VD-TF-AWS-016" && f.1 == "main.tf" && f.2 == 8 && f.4.is_empty()),
        "{f:?}"
    );
}

#[test]
fn a_cycle_of_module_calls_is_said_and_not_followed_forever() {
    let dir = tree(&[
        ("main.tf", "module \"a\" {\n  source = \"./a\"\n}\n"),
        ("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n"),
        (
            "b/main.tf",
            "module \"a\" {\n  source = \"../a\"\n}\n\nresource \"aws_ebs_volume\" \"v\" {\n  availability_zone = \"a\"\n  size              = 1\n  encrypted         = false\n}\n",
        ),
    ]);
    let (code, report) = scan_json(dir.path(), &[]);
    assert_eq!(code, 1);
    let warned: Vec<&str> = report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|w| w["code"] == "terraform-limit")
        .filter_map(|w| w["message"].as_str())
        .collect();
    assert_eq!(
        warned,
        ["module.a.module.b.module.a calls a module already on its call chain: not followed"]
    );
    let f = findings(&report);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(
        (f[0].1.as_str(), f[0].4.as_str()),
        ("b/main.tf", "module.a.module.b")
    );
}

#[test]
fn variable_files_the_walk_does_not_see_do_not_change_the_gate() {
    let dir = tree(&[
        ("main.tf", RDS),
        ("terraform.tfvars", "encrypted = true\n"),
        (".gitignore", "*.tfvars\n"),
    ]);
    let (code, _) = scan_json(dir.path(), &[]);
    assert_eq!(
        code, 1,
        "a gitignored terraform.tfvars is a developer's local file"
    );
    std::fs::remove_file(dir.path().join(".gitignore")).unwrap_or_else(|e| panic!("{e}"));
    let (code, _) = scan_json(dir.path(), &["--exclude", "terraform.tfvars"]);
    assert_eq!(code, 1, "--exclude too");
    let (code, _) = scan_json(dir.path(), &[]);
    assert_eq!(code, 0);
}
