//! `cargo build --release && cargo run --release --example terraform_bench -- [--examples N] [--runs N]`
//!
//! What the static Terraform evaluation costs a scan: a module collection
//! (the modules of `testdata/terraform-modules`, called by N generated
//! examples with their own arguments, `for_each` and `count`) plus 2,000
//! generated root-module files, scanned by `target/release/verdict` with the
//! built-in library, evaluated and with `--terraform-raw`. Prints the best
//! and median wall time of each and their ratio, and the findings.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let examples = flag("--examples", 200);
    let runs = flag("--runs", 3).max(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = root.join("target/release/verdict");
    if !bin.exists() {
        eprintln!("build first: cargo build --release");
        std::process::exit(2);
    }
    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("tempdir: {e}");
            std::process::exit(2);
        }
    };
    if let Err(e) = write_collection(
        &root.join("testdata/terraform-modules/modules"),
        dir.path(),
        examples,
    ) {
        eprintln!("writing the tree: {e}");
        std::process::exit(2);
    }
    if let Err(e) = verdict::synthetic::write_tree(&dir.path().join("roots"), 2000, 0) {
        eprintln!("writing the tree: {e}");
        std::process::exit(2);
    }
    println!(
        "tree: {examples} examples calling 5 modules (6 calls each) + 2,000 generated root-module files"
    );
    let mut results = Vec::new();
    for (label, extra) in [
        ("evaluated", None),
        ("--terraform-raw", Some("--terraform-raw")),
    ] {
        let mut times = Vec::new();
        let mut summary = String::new();
        for _ in 0..runs {
            let mut cmd = Command::new(&bin);
            cmd.args(["scan", ".", "-f", "json", "--fail-on", "never"])
                .current_dir(dir.path());
            if let Some(x) = extra {
                cmd.arg(x);
            }
            let started = Instant::now();
            let out = match cmd.output() {
                Ok(o) => o,
                Err(e) => {
                    eprintln!("running verdict: {e}");
                    std::process::exit(2);
                }
            };
            times.push(started.elapsed());
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
            summary = format!(
                "{} files, {} findings, {} input errors",
                report["summary"]["files"],
                report["summary"]["findings"],
                report["summary"]["input_errors"]
            );
        }
        times.sort();
        let best = times[0];
        let median = times[times.len() / 2];
        println!(
            "{label:>16}: best {:.2} s, median {:.2} s over {runs} runs ({summary})",
            best.as_secs_f64(),
            median.as_secs_f64()
        );
        results.push(median);
    }
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64().max(1e-9);
    println!(
        "evaluated / raw (median): {:.2}x",
        ratio(results[0], results[1])
    );
}

/// The collection's modules, and `n` examples that call them with values of
/// their own.
fn write_collection(modules: &Path, out: &Path, n: usize) -> std::io::Result<()> {
    copy_dir(modules, &out.join("modules"))?;
    for i in 0..n {
        let dir = out.join(format!("examples/e{i}"));
        std::fs::create_dir_all(&dir)?;
        let public = i % 3 == 0;
        let text = format!(
            r#"locals {{
  name   = "ex{i}"
  public = {public}
}}

module "bucket" {{
  source            = "../../modules/s3"
  bucket            = "${{local.name}}-data"
  acl               = local.public ? "public-read" : "private"
  block_public_acls = !local.public
  versioning        = {{ enabled = {versioned} }}
}}

module "buckets" {{
  source   = "../../modules/s3"
  for_each = toset(["a", "b", "c"])
  bucket   = "${{local.name}}-${{each.key}}"
}}

module "db" {{
  source              = "../../modules/rds"
  identifier          = upper(local.name)
  storage_encrypted   = {encrypted}
  publicly_accessible = local.public
}}

module "sg" {{
  source = "../../modules/sg"
  name   = local.name
  vpc_id = "vpc-{i}"
  ingress_rules = [for p in [443, {admin}] : {{ from_port = p, to_port = p, cidr_blocks = ["0.0.0.0/0"] }}]
}}

module "key" {{
  source              = "../../modules/kms"
  enable_key_rotation = {rotate}
}}

module "disks" {{
  source  = "../../modules/ebs"
  volumes = {{ for k in ["data", "logs"] : k => {{ size = 10, encrypted = {encrypted} }} }}
}}
"#,
            versioned = i % 2 == 0,
            encrypted = i % 4 != 0,
            admin = if i % 5 == 0 { 22 } else { 8443 },
            rotate = i % 2 == 1,
        );
        std::fs::write(dir.join("main.tf"), text)?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
