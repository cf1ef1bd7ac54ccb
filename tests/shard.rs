//! A large estate fanned out over a CI matrix: `scan --shard K/N` on each
//! machine, `verdict merge` of the shards' JSON reports at the end, and the
//! same report and verdict as one machine scanning everything.

mod common;

use std::path::{Path, PathBuf};

use common::{assert_valid, copy_tree, read_json, root, verdict_in, Run};
use serde_json::Value;

fn run(dir: &Path, args: &[&str]) -> Run {
    verdict_in(dir, args, None)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("temp paths are UTF-8")
}

/// SARIF as GitHub compares it: invocation times differ between runs.
fn without_times(mut sarif: Value) -> Value {
    for run in sarif["runs"].as_array_mut().into_iter().flatten() {
        for inv in run["invocations"].as_array_mut().into_iter().flatten() {
            if let Some(o) = inv.as_object_mut() {
                o.remove("startTimeUtc");
                o.remove("endTimeUtc");
            }
        }
    }
    sarif
}

/// Scan `paths` in `dir` whole and as `n` shards merged; assert that both
/// give the same JSON, SARIF, text and exit code, and return the shards'
/// reports.
fn whole_equals_merged(dir: &Path, paths: &[&str], n: u32) -> Vec<Value> {
    let out = tempfile::tempdir().unwrap();
    let o = |name: &str| out.path().join(name);
    let mut args: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
    let with = |extra: &[String]| -> Vec<String> { args.iter().chain(extra).cloned().collect() };

    let whole = {
        let a = with(&[
            "-f".into(),
            format!("json={}", s(&o("all.json"))),
            "-f".into(),
            format!("sarif={}", s(&o("all.sarif"))),
            "-f".into(),
            format!("text={}", s(&o("all.txt"))),
            "--color".into(),
            "never".into(),
        ]);
        let mut full = vec!["scan".to_string()];
        full.extend(a);
        run(dir, &full.iter().map(String::as_str).collect::<Vec<_>>())
    };
    assert!(whole.code != 2 || o("all.json").exists(), "{whole:?}");

    let mut shard_files: Vec<PathBuf> = Vec::new();
    let mut shards = Vec::new();
    for k in 1..=n {
        let file = o(&format!("shard-{k}.json"));
        let mut full = vec!["scan".to_string()];
        full.extend(with(&[
            "--shard".into(),
            format!("{k}/{n}"),
            "-f".into(),
            format!("json={}", s(&file)),
        ]));
        let r = run(dir, &full.iter().map(String::as_str).collect::<Vec<_>>());
        assert!((0..=2).contains(&r.code), "{r:?}");
        let report = read_json(&file);
        assert_valid(
            &root().join("schemas/verdict-report-v1.schema.json"),
            &report,
        );
        assert_eq!(report["shard"]["index"], k);
        shards.push(report);
        shard_files.push(file);
    }
    args.clear();
    let mut merge = vec!["merge".to_string()];
    // Any order: the matrix's artifacts arrive as they finish.
    merge.extend(shard_files.iter().rev().map(|p| s(p).to_string()));
    merge.extend([
        "-f".into(),
        format!("json={}", s(&o("merged.json"))),
        "-f".into(),
        format!("sarif={}", s(&o("merged.sarif"))),
        "-f".into(),
        format!("text={}", s(&o("merged.txt"))),
        "--color".into(),
        "never".into(),
    ]);
    let merged = run(dir, &merge.iter().map(String::as_str).collect::<Vec<_>>());

    assert_eq!(merged.code, whole.code, "merge exit code\n{merged:?}");
    let (all, both) = (read_json(&o("all.json")), read_json(&o("merged.json")));
    assert_eq!(all["findings"], both["findings"]);
    assert_eq!(all["summary"], both["summary"]);
    assert_eq!(all, both, "the merged JSON report is the whole scan's");
    assert_eq!(
        without_times(read_json(&o("all.sarif"))),
        without_times(read_json(&o("merged.sarif"))),
        "the merged SARIF is the whole scan's"
    );
    let text = |p: PathBuf| std::fs::read_to_string(p).unwrap();
    assert_eq!(text(o("all.txt")), text(o("merged.txt")));
    shards
}

#[test]
fn four_shards_merged_are_the_whole_scan_of_the_testdata_tree() {
    // Kubernetes, SBOMs, CloudFormation, Dockerfiles, workflows, Terraform
    // modules called from several roots, and files that do not parse.
    let shards = whole_equals_merged(&root(), &["testdata"], 4);
    let busy = shards
        .iter()
        .filter(|r| {
            r["summary"]["files"].as_u64() > Some(0) && r["summary"]["findings"].as_u64() > Some(0)
        })
        .count();
    assert!(
        busy >= 3,
        "the work is spread over the shards, not all in one"
    );
    let errors: usize = shards
        .iter()
        .map(|r| r["errors"].as_array().unwrap().len())
        .sum();
    assert!(
        errors > 0,
        "broken files are reported by the shard that read them"
    );
}

#[test]
fn waivers_and_inline_ignores_come_out_the_same_through_shards() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["example", "terraform-modules", "iac"] {
        copy_tree(&root().join("testdata").join(sub), &dir.path().join(sub));
    }
    // An inline ignore in a module file: the finding comes from the roots
    // that call the module, wherever the shards put them.
    let s3 = dir.path().join("terraform-modules/modules/s3/main.tf");
    let text = std::fs::read_to_string(&s3).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(
        21,
        "# verdict:ignore[VD-TF-AWS-004] access logs are kept elsewhere",
    );
    std::fs::write(&s3, lines.join("\n") + "\n").unwrap();
    // One waiver used, one used by nothing, one expired.
    std::fs::write(
        dir.path().join(".verdict-waivers.yaml"),
        "waivers:\n\
         - {rule: VD-K8S-001, path: 'example/k8s/*.yaml', reason: legacy, owner: web-team, expires: 2099-12-31}\n\
         - {rule: VD-K8S-002, path: 'nowhere/*.yaml', reason: gone, owner: web-team, expires: 2099-12-31}\n\
         - {rule: VD-SBOM-007, path: 'example/sbom/*.json', reason: old, owner: web-team, expires: 2020-01-01}\n",
    )
    .unwrap();
    let shards = whole_equals_merged(dir.path(), &["."], 3);
    let merged_warnings: Vec<String> = shards
        .iter()
        .flat_map(|r| r["warnings"].as_array().unwrap().clone())
        .map(|w| w["code"].as_str().unwrap().to_owned())
        .collect();
    // Each shard alone sees the waivers; merge says each thing once.
    assert!(
        merged_warnings
            .iter()
            .filter(|c| *c == "waiver-expired")
            .count()
            >= 2
    );
    let whole = run(dir.path(), &["scan", ".", "-f", "json"]).json();
    let codes: Vec<&str> = whole["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "waiver-expired").count(),
        1,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == "unused-waiver").count(),
        1,
        "{codes:?}"
    );
    let kinds: Vec<&str> = whole["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["suppressed"]["kind"].as_str())
        .collect();
    assert!(
        kinds.contains(&"waiver") && kinds.contains(&"inline"),
        "{kinds:?}"
    );
}

#[test]
fn a_missing_duplicated_or_foreign_shard_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let file = |k: u32| out.path().join(format!("s{k}.json"));
    for k in 1..=3 {
        let r = run(
            &root(),
            &[
                "scan",
                "testdata/example",
                "--shard",
                &format!("{k}/3"),
                "-f",
                &format!("json={}", s(&file(k))),
            ],
        );
        assert!(r.code < 2, "{r:?}");
    }
    let missing = run(&root(), &["merge", s(&file(1)), s(&file(3))]);
    assert_eq!(missing.code, 2, "{missing:?}");
    assert!(
        missing.stderr.contains("2/3"),
        "names the missing shard: {}",
        missing.stderr
    );

    let twice = run(
        &root(),
        &["merge", s(&file(1)), s(&file(1)), s(&file(2)), s(&file(3))],
    );
    assert_eq!(twice.code, 2);
    assert!(twice.stderr.contains("both shard 1/3"), "{}", twice.stderr);

    // A shard of a scan run with other policies.
    let other = out.path().join("other.json");
    let r = run(
        &root(),
        &[
            "scan",
            "testdata/example",
            "--shard",
            "3/3",
            "-p",
            "tests/policies/markers",
            "-f",
            &format!("json={}", s(&other)),
        ],
    );
    assert!(r.code < 2, "{r:?}");
    let foreign = run(&root(), &["merge", s(&file(1)), s(&file(2)), s(&other)]);
    assert_eq!(foreign.code, 2);
    assert!(
        foreign.stderr.contains("different policies"),
        "{}",
        foreign.stderr
    );

    let garbage = out.path().join("garbage.json");
    std::fs::write(&garbage, "{\"version\": \"1\"").unwrap();
    let bad = run(&root(), &["merge", s(&garbage)]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("garbage.json:1:"),
        "names the file and place: {}",
        bad.stderr
    );
}

#[test]
fn shard_auto_reads_the_runner_index() {
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("r.json");
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_verdict"));
    common::isolated(&mut cmd);
    cmd.current_dir(root())
        .args(["scan", "testdata/example", "--shard", "auto", "-f"])
        .arg(format!("json={}", s(&report)))
        .env("CI_NODE_INDEX", "2")
        .env("CI_NODE_TOTAL", "5");
    let status = cmd.status().unwrap();
    assert!(status.code().is_some_and(|c| c < 2));
    assert_eq!(
        read_json(&report)["shard"],
        serde_json::json!({"index": 2, "count": 5})
    );

    // A Kubernetes Indexed Job counts from 0 and needs the count given.
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_verdict"));
    common::isolated(&mut cmd);
    let out2 = cmd
        .current_dir(root())
        .args(["scan", "testdata/example", "--shard", "auto"])
        .env_remove("CI_NODE_INDEX")
        .env("JOB_COMPLETION_INDEX", "0")
        .output()
        .unwrap();
    assert_eq!(out2.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out2.stderr).contains("--shard-count"));
}

#[test]
fn pre_commit_passes_every_changed_file_and_only_known_kinds_are_judged() {
    // pre-commit hands over every staged file of the matching types: a
    // README or an unrelated YAML must not fail the commit.
    let r = run(
        &root(),
        &[
            "scan",
            "--skip-unknown",
            "README.md",
            "Cargo.toml",
            "testdata/example/k8s/web.yaml",
            "-f",
            "json",
        ],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let report = r.json();
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["file"] == "testdata/example/k8s/web.yaml"));
    assert!(report["summary"]["skipped"].as_u64() >= Some(1));
    // Named without the flag, an unknown file is still an error.
    let strict = run(&root(), &["scan", "README.md"]);
    assert_eq!(strict.code, 2);
}

/// The fields of a `batch/v1` Job the README's fan-out relies on, with the
/// types and values the Kubernetes API accepts (from its OpenAPI spec).
const INDEXED_JOB_SCHEMA: &str = r##"{
  "type": "object",
  "required": ["apiVersion", "kind", "metadata", "spec"],
  "properties": {
    "apiVersion": {"const": "batch/v1"},
    "kind": {"const": "Job"},
    "metadata": {"type": "object", "required": ["name"],
      "properties": {"name": {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "maxLength": 63}}},
    "spec": {"type": "object", "required": ["template"],
      "properties": {
        "completionMode": {"enum": ["NonIndexed", "Indexed"]},
        "completions": {"type": "integer", "minimum": 1},
        "parallelism": {"type": "integer", "minimum": 0},
        "backoffLimit": {"type": "integer", "minimum": 0},
        "ttlSecondsAfterFinished": {"type": "integer", "minimum": 0},
        "template": {"type": "object", "required": ["spec"], "properties": {"spec": {
          "type": "object", "required": ["containers", "restartPolicy"],
          "properties": {
            "restartPolicy": {"enum": ["Never", "OnFailure"]},
            "automountServiceAccountToken": {"type": "boolean"},
            "containers": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/container"}},
            "initContainers": {"type": "array", "items": {"$ref": "#/$defs/container"}},
            "volumes": {"type": "array", "items": {"type": "object", "required": ["name"],
              "minProperties": 2, "properties": {"name": {"type": "string"}}}}
          }}}}
      }}
  },
  "$defs": {"container": {"type": "object", "required": ["name", "image"], "properties": {
    "name": {"type": "string"}, "image": {"type": "string"},
    "command": {"type": "array", "items": {"type": "string"}},
    "args": {"type": "array", "items": {"type": "string"}},
    "volumeMounts": {"type": "array", "items": {"type": "object", "required": ["name", "mountPath"]}}
  }}}
}"##;

#[test]
fn the_readmes_kubernetes_fan_out_is_a_valid_indexed_job_that_passes_the_gate() {
    let dir = root().join("examples/sharded-scan");
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let schema: Value = serde_json::from_str(INDEXED_JOB_SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut jobs = Vec::new();
    for name in ["indexed-job.yaml", "merge-job.yaml"] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(
            readme.contains(text.trim()),
            "README.md shows {name} as it is"
        );
        let parsed = run(&dir, &["parse", name]);
        assert_eq!(parsed.code, 0, "{parsed:?}");
        let job = parsed.json();
        let errors: Vec<String> = validator
            .iter_errors(&job)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        jobs.push((job, text));
    }
    // The gate itself, with the built-in library, finds nothing to fix.
    let gate = run(&dir, &["scan", ".", "-f", "json"]);
    assert_eq!(gate.code, 0, "{gate:?}");
    assert_eq!(gate.json()["summary"]["files"], 2);

    let (scan_job, scan_text) = &jobs[0];
    let n = scan_job["spec"]["completions"].as_u64().unwrap();
    assert_eq!(scan_job["spec"]["completionMode"], "Indexed");
    assert!(
        scan_text.contains(&format!("--shard auto --shard-count {n}")),
        "the pods split the scan {n} ways"
    );
    let merge_text = &jobs[1].1;
    for k in 0..n {
        assert!(
            merge_text.contains(&format!("/reports/shard-{k}.json")),
            "merge reads shard {k}"
        );
    }
}

#[test]
fn shards_from_different_checkout_folders_fit_together() {
    // Matrix runners check out into folders of their own (GitLab's
    // concurrent build dirs, Jenkins' job@2): a Terraform root at the scan
    // root must land in the same shard on each.
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for d in [a.path().join("checkout-one"), b.path().join("job@2")] {
        copy_tree(&root().join("testdata/terraform-modules/modules/s3"), &d);
    }
    let report = |dir: PathBuf, shard: &str, out: &Path| {
        let r = run(
            &dir,
            &[
                "scan",
                ".",
                "--shard",
                shard,
                "-f",
                &format!("json={}", s(out)),
            ],
        );
        assert!(r.code < 2, "{r:?}");
    };
    let out = tempfile::tempdir().unwrap();
    let (one, two) = (out.path().join("1.json"), out.path().join("2.json"));
    report(a.path().join("checkout-one"), "1/2", &one);
    report(b.path().join("job@2"), "2/2", &two);
    let merged = run(&root(), &["merge", s(&one), s(&two), "-f", "json"]);
    let whole = run(&a.path().join("checkout-one"), &["scan", ".", "-f", "json"]);
    assert_eq!(merged.code, whole.code, "{merged:?}");
    assert_eq!(merged.json()["findings"], whole.json()["findings"]);
    assert!(!whole.json()["findings"].as_array().unwrap().is_empty());
}

#[test]
fn what_one_shard_cannot_know_is_refused_or_done_by_merge() {
    let out = tempfile::tempdir().unwrap();
    let o = |n: &str| out.path().join(n);
    // A baseline or events of one shard would be partial.
    let baseline = run(
        &root(),
        &[
            "scan",
            "testdata/example",
            "--shard",
            "1/2",
            "--write-baseline",
            s(&o("b")),
        ],
    );
    assert_eq!(baseline.code, 2);
    assert!(
        baseline.stderr.contains("verdict merge"),
        "{}",
        baseline.stderr
    );
    let events = run(
        &root(),
        &[
            "scan",
            "testdata/example",
            "--shard",
            "1/2",
            "--events",
            s(&o("e.jsonl")),
        ],
    );
    assert_eq!(events.code, 2);
    assert!(!o("b").exists() && !o("e.jsonl").exists());

    // merge --write-baseline writes what the unsharded scan writes.
    let mut shards = Vec::new();
    for k in 1..=2 {
        let f = o(&format!("s{k}.json"));
        run(
            &root(),
            &[
                "scan",
                "testdata/example",
                "--shard",
                &format!("{k}/2"),
                "-f",
                &format!("json={}", s(&f)),
            ],
        );
        shards.push(f);
    }
    let merged = run(
        &root(),
        &[
            "merge",
            s(&shards[0]),
            s(&shards[1]),
            "--write-baseline",
            s(&o("merged.baseline")),
        ],
    );
    assert_eq!(
        merged.code, 0,
        "gates against the baseline just written: {merged:?}"
    );
    run(
        &root(),
        &[
            "scan",
            "testdata/example",
            "--write-baseline",
            s(&o("whole.baseline")),
        ],
    );
    assert_eq!(
        std::fs::read_to_string(o("merged.baseline")).unwrap(),
        std::fs::read_to_string(o("whole.baseline")).unwrap()
    );

    // Whole scans, or shards of different scans, would double or miss findings.
    let whole = o("whole.json");
    run(
        &root(),
        &[
            "scan",
            "testdata/example",
            "-f",
            &format!("json={}", s(&whole)),
        ],
    );
    let twice = run(&root(), &["merge", s(&whole), s(&whole)]);
    assert_eq!(twice.code, 2);
    assert!(twice.stderr.contains("twice"), "{}", twice.stderr);
    let other = o("other.json");
    run(
        &root(),
        &[
            "scan",
            "testdata/example",
            "--exclude",
            "sbom",
            "--shard",
            "2/2",
            "-f",
            &format!("json={}", s(&other)),
        ],
    );
    let mixed = run(&root(), &["merge", s(&shards[0]), s(&other)]);
    assert_eq!(mixed.code, 2);
    assert!(
        mixed.stderr.contains("not shards of one scan"),
        "{}",
        mixed.stderr
    );
}
