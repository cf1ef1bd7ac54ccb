//! Real-world files written by others (`../shared/corpus`): every one
//! parses, and scans finish with a verdict rather than an error.

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// Files in the corpus that are invalid on purpose (zizmor's own test data).
const KNOWN_INVALID: &[&str] = &[
    "zizmor-test-data/crates/zizmor/tests/integration/test-data/invalid/bad-yaml-2.yml",
    "zizmor-test-data/crates/zizmor/tests/integration/test-data/invalid/invalid-action-2/action.yml",
];

fn files(dir: &Path) -> Vec<PathBuf> {
    files_with(dir, &["yaml", "yml", "json"])
}

#[test]
fn every_kubernetes_and_workflow_file_parses() {
    for sub in ["corpus/kubernetes", "corpus/github-actions"] {
        let Some(dir) = shared(sub) else { return };
        let mut failed = Vec::new();
        let all = files(&dir);
        for f in &all {
            let rel = f
                .strip_prefix(&dir)
                .unwrap_or(f)
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(f).unwrap_or_default();
            let parsed = verdict::parse::parse(&text, f, None);
            if parsed.is_err() && !KNOWN_INVALID.contains(&rel.as_str()) {
                failed.push(format!("{rel}: {:?}", parsed.err()));
            }
        }
        assert!(
            failed.is_empty(),
            "{} of {} files failed:\n{}",
            failed.len(),
            all.len(),
            failed.join("\n")
        );
    }
}

#[test]
fn the_parse_command_works_on_a_corpus_sample() {
    let Some(dir) = shared("corpus/kubernetes/argo-cd") else {
        return;
    };
    for f in files(&dir).iter().take(3) {
        let run = verdict(&["parse", &f.to_string_lossy()]);
        assert_eq!(run.code, 0, "{}: {run:?}", f.display());
    }
}

#[test]
fn scanning_the_kubernetes_corpus_gives_a_verdict_not_an_error() {
    let Some(dir) = shared("corpus/kubernetes") else {
        return;
    };
    // A debug build on a loaded machine: the limit is not what is tested here.
    let run = verdict(&[
        "scan",
        &dir.to_string_lossy(),
        "-f",
        "json",
        "--timeout",
        "120",
    ]);
    assert!(run.code == 0 || run.code == 1, "{run:?}");
    let report = run.json();
    assert_eq!(
        report["errors"].as_array().map(Vec::len),
        Some(0),
        "{}",
        report["errors"]
    );
    assert!(report["summary"]["files"].as_u64().unwrap_or(0) > 200);
}

#[test]
fn scanning_the_workflow_corpus_fails_only_on_the_files_that_are_truly_invalid() {
    let Some(dir) = shared("corpus/github-actions") else {
        return;
    };
    // A debug build on a loaded machine: the limit is not what is tested here.
    let run = verdict(&[
        "scan",
        &dir.to_string_lossy(),
        "-f",
        "json",
        "--timeout",
        "120",
    ]);
    let report = run.json();
    let mut bad: Vec<&str> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["file"].as_str())
        .collect();
    bad.sort();
    assert_eq!(bad, KNOWN_INVALID, "{}", report["errors"]);
    for e in report["errors"].as_array().into_iter().flatten() {
        assert_eq!(e["code"], "parse-error");
        assert!(e["line"].as_u64().is_some(), "{e}");
    }
    let clean = verdict(&[
        "scan",
        &dir.to_string_lossy(),
        "--exclude",
        "**/invalid/bad-yaml-2.yml",
        "--exclude",
        "invalid-action-2",
        "-f",
        "json",
        "--timeout",
        "120",
    ]);
    assert!(clean.code == 0 || clean.code == 1, "{clean:?}");
}
