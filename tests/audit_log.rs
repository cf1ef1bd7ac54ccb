//! The decision log an auditor reads: one hash-chained line per gate
//! decision, with what ran on what and what it decided; any edit, deletion
//! or reordering is caught by `verdict audit verify`.

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;
use sha2::{Digest, Sha256};

fn s(p: &Path) -> String {
    p.display().to_string()
}

fn lines(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

fn write_lines(log: &Path, lines: &[String]) {
    let mut text = lines.join("\n");
    text.push('\n');
    std::fs::write(log, text).unwrap();
}

fn audit_verify(log: &Path) -> Run {
    verdict(&["audit", "verify", &s(log)])
}

/// Three gate decisions on the example tree: fail, pass (`--fail-on never`), fail.
fn three_decisions(dir: &Path) -> std::path::PathBuf {
    let log = dir.join("decisions.jsonl");
    let example = s(&root().join("testdata/example"));
    for fail_on in ["error", "never", "high"] {
        let run = verdict(&[
            "scan",
            &example,
            "--fail-on",
            fail_on,
            "--audit-log",
            &s(&log),
            "-f",
            "json",
        ]);
        assert!(run.code == 0 || run.code == 1, "{run:?}");
    }
    log
}

#[test]
fn each_decision_records_what_ran_on_what_and_what_it_decided() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("decisions.jsonl");
    let example = s(&root().join("testdata/example"));
    let report_path = dir.path().join("r.json");
    let run = verdict(&[
        "scan",
        &example,
        "--audit-log",
        &s(&log),
        "-f",
        &format!("json={}", s(&report_path)),
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    let report = read_json(&report_path);
    let l = lines(&log);
    assert_eq!(l.len(), 1);
    let d: Value = serde_json::from_str(&l[0]).unwrap();
    assert_eq!(d["seq"], 1);
    assert_eq!(d["prev"], Value::Null);
    assert_eq!(d["command"], "scan");
    assert_eq!(d["verdict"], "fail");
    assert_eq!(d["exit_code"], 1);
    assert_eq!(d["version"], env!("CARGO_PKG_VERSION"));
    assert!(d["time"].as_str().unwrap().starts_with("20"));
    assert_eq!(d["counts"]["findings"], report["summary"]["findings"]);
    assert_eq!(d["counts"]["failing"], report["summary"]["failing"]);
    assert_eq!(d["policy"]["digest"], report["policy"]["digest"]);
    assert!(d["policy"]["digest"]
        .as_str()
        .unwrap()
        .starts_with("sha256:"));

    // The fingerprints that failed are the report's failing findings.
    let mut failed: Vec<&str> = d["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut expected: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["level"] == "error" && f["suppressed"].is_null())
        .map(|f| f["fingerprint"].as_str().unwrap())
        .collect();
    failed.sort();
    expected.sort();
    assert_eq!(failed, expected);
    assert!(!failed.is_empty());

    // Every input file with the SHA-256 of its bytes.
    let inputs = d["inputs"].as_array().unwrap();
    assert_eq!(
        inputs.len(),
        report["summary"]["files"].as_u64().unwrap() as usize
    );
    for i in inputs {
        let file = root().join(i["file"].as_str().unwrap());
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_eq!(
            i["sha256"],
            format!("{:x}", Sha256::digest(&bytes)).as_str()
        );
    }

    let ok = audit_verify(&log);
    assert_eq!(ok.code, 0, "{ok:?}");
    assert!(ok.stdout.contains("1 decisions, chain intact"), "{ok:?}");
}

#[test]
fn lines_chain_onto_the_line_before() {
    let dir = tempfile::tempdir().unwrap();
    let log = three_decisions(dir.path());
    let l = lines(&log);
    assert_eq!(l.len(), 3);
    for k in 1..3 {
        let d: Value = serde_json::from_str(&l[k]).unwrap();
        assert_eq!(d["seq"], k as u64 + 1);
        assert_eq!(
            d["prev"],
            format!("{:x}", Sha256::digest(l[k - 1].as_bytes())).as_str()
        );
    }
    let verdicts: Vec<String> = l
        .iter()
        .map(|x| {
            serde_json::from_str::<Value>(x).unwrap()["verdict"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(verdicts, ["fail", "pass", "fail"]);
}

#[test]
fn any_edit_deletion_or_reordering_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let log = three_decisions(dir.path());
    let original = lines(&log);
    let head = std::fs::read(dir.path().join("decisions.jsonl.head")).unwrap();
    assert_eq!(audit_verify(&log).code, 0);
    for k in 0..original.len() {
        // A pass turned into a fail, or a fail into a pass.
        let mut edited = original.clone();
        edited[k] = if edited[k].contains(r#""verdict":"fail""#) {
            edited[k].replace(r#""verdict":"fail""#, r#""verdict":"pass""#)
        } else {
            edited[k].replace(r#""verdict":"pass""#, r#""verdict":"fail""#)
        };
        write_lines(&log, &edited);
        let run = audit_verify(&log);
        assert_eq!(run.code, 1, "editing line {}: {run:?}", k + 1);
        let first_break = if k + 1 == original.len() {
            k + 1
        } else {
            k + 2
        };
        assert!(
            run.stdout.contains(&format!("line {first_break}:")),
            "editing line {}: {run:?}",
            k + 1
        );

        let mut deleted = original.clone();
        deleted.remove(k);
        write_lines(&log, &deleted);
        let run = audit_verify(&log);
        assert_eq!(run.code, 1, "deleting line {}: {run:?}", k + 1);
    }
    for (a, b) in [(0, 1), (1, 2), (0, 2)] {
        let mut swapped = original.clone();
        swapped.swap(a, b);
        write_lines(&log, &swapped);
        let run = audit_verify(&log);
        assert_eq!(
            run.code,
            1,
            "swapping lines {} and {}: {run:?}",
            a + 1,
            b + 1
        );
    }
    // Put back as it was, the log verifies again.
    write_lines(&log, &original);
    std::fs::write(dir.path().join("decisions.jsonl.head"), head).unwrap();
    assert_eq!(audit_verify(&log).code, 0);
    // A head kept elsewhere anchors the log without the head file.
    std::fs::remove_file(dir.path().join("decisions.jsonl.head")).unwrap();
    let last = format!("{:x}", Sha256::digest(original[2].as_bytes()));
    let run = verdict(&["audit", "verify", &s(&log), "--head", &last]);
    assert_eq!(run.code, 0, "{run:?}");
    write_lines(&log, &original[..2]);
    let run = verdict(&["audit", "verify", &s(&log), "--head", &last]);
    assert_eq!(run.code, 1, "{run:?}");
}

#[test]
fn a_gate_that_could_not_decide_is_recorded_too() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("decisions.jsonl");
    let example = s(&root().join("testdata/example"));
    let broken = tree(&[("p.rego", "package p\n\ndeny contains msg if {\n")]);
    let run = verdict(&[
        "scan",
        &example,
        "--policy",
        &s(broken.path()),
        "--audit-log",
        &s(&log),
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    let l = lines(&log);
    assert_eq!(l.len(), 1);
    let d: Value = serde_json::from_str(&l[0]).unwrap();
    assert_eq!(d["verdict"], "error");
    assert_eq!(d["exit_code"], 2);
    assert!(
        d["error"].as_str().unwrap().contains("loading policies"),
        "{d}"
    );
    assert_eq!(audit_verify(&log).code, 0);
}

#[test]
fn concurrent_gates_sharing_a_log_keep_one_chain() {
    let dir = tempfile::tempdir().unwrap();
    let log = s(&dir.path().join("decisions.jsonl"));
    let k8s = s(&root().join("testdata/example/k8s"));
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_verdict"))
                .env("VERDICT_CACHE_DIR", test_cache())
                .args(["scan", &k8s, "--audit-log", &log, "-f", "json"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        c.wait().unwrap();
    }
    let run = audit_verify(Path::new(&log));
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("4 decisions"), "{run:?}");
}

#[test]
fn shards_leave_the_decision_to_merge() {
    let dir = tempfile::tempdir().unwrap();
    let example = s(&root().join("testdata/example"));
    let log = s(&dir.path().join("decisions.jsonl"));
    let run = verdict(&["scan", &example, "--shard", "1/2", "--audit-log", &log]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("verdict merge"), "{run:?}");
    let mut reports = Vec::new();
    for k in 1..=2 {
        let r = s(&dir.path().join(format!("s{k}.json")));
        let run = verdict(&[
            "scan",
            &example,
            "--shard",
            &format!("{k}/2"),
            "-f",
            &format!("json={r}"),
        ]);
        assert!(run.code <= 1, "{run:?}");
        reports.push(r);
    }
    let mut args = vec!["merge"];
    args.extend(reports.iter().map(String::as_str));
    args.extend(["--audit-log", &log, "-f", "json"]);
    let merged = verdict(&args);
    assert_eq!(merged.code, 1, "{merged:?}");
    let d: Value = serde_json::from_str(&lines(Path::new(&log))[0]).unwrap();
    assert_eq!(d["command"], "merge");
    assert_eq!(
        d["counts"]["findings"],
        merged.json()["summary"]["findings"]
    );
    assert_eq!(
        d["inputs"].as_array().unwrap().len(),
        merged.json()["summary"]["files"].as_u64().unwrap() as usize
    );
    assert!(d["policy"]["digest"]
        .as_str()
        .unwrap()
        .starts_with("sha256:"));
}
