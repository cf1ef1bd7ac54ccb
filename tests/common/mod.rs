//! Helpers for tests that run the real `verdict` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout, or None (with a notice) when absent.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let p = root().join("..").join("shared").join(sub);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("notice: {} is absent; skipping this check", p.display());
        None
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        match serde_json::from_str(&self.stdout) {
            Ok(v) => v,
            Err(e) => panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            ),
        }
    }
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// The result cache the tests' scans share: in a temporary folder (tests
/// write nowhere else), one per test process. Sharing it means every test
/// that scans a file again also checks that a kept result is never stale.
pub fn test_cache() -> PathBuf {
    std::env::temp_dir().join(format!("verdict-test-cache-{}", std::process::id()))
}

/// A command that runs verdict (or a script that does) with the tests'
/// cache instead of the user's.
pub fn isolated(cmd: &mut Command) -> &mut Command {
    cmd.env("VERDICT_CACHE_DIR", test_cache())
}

/// Run verdict in `dir` with `args`, feeding `stdin` if given.
pub fn verdict_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_verdict"));
    isolated(&mut cmd);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("spawn verdict: {e}"));
    if let Some(input) = stdin {
        use std::io::Write;
        if let Some(mut s) = child.stdin.take() {
            s.write_all(input.as_bytes())
                .unwrap_or_else(|e| panic!("stdin: {e}"));
        }
    }
    let Output {
        status,
        stdout,
        stderr,
    } = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

pub fn verdict(args: &[&str]) -> Run {
    verdict_in(&root(), args, None)
}

/// Every file under `dir` with one of `extensions`, sorted.
pub fn files_with(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| extensions.contains(&x))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A temporary tree of files: `(relative path, contents)`.
pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    for (rel, text) in files {
        let p = dir.path().join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir: {e}"));
        }
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("write {rel}: {e}"));
    }
    dir
}

pub fn read_json(path: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

/// Validate `instance` against a JSON Schema file; panic with every error.
pub fn assert_valid(schema_path: &Path, instance: &serde_json::Value) {
    let schema = read_json(schema_path);
    let validator = jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("schema {}: {e}", schema_path.display()));
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "not valid against {}:\n{}",
        schema_path.display(),
        errors.join("\n")
    );
}

/// Scan `dir` (relative to the repository) with the marker policy and check
/// that every SARIF result's line holds the `MARK-…` text it reports.
/// Returns `(marker, kind, line)` per result.
pub fn marker_results(dir: &str) -> Vec<(String, String, u64)> {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sarif_path = out.path().join("r.sarif");
    let fmt = format!("sarif={}", sarif_path.display());
    let run = verdict(&["scan", dir, "-p", "tests/policies/markers", "-f", &fmt]);
    assert_eq!(run.code, 1, "{run:?}");
    let sarif = read_json(&sarif_path);
    let mut found = Vec::new();
    for r in sarif["runs"][0]["results"].as_array().into_iter().flatten() {
        let marker = r["message"]["text"]
            .as_str()
            .unwrap_or_default()
            .trim()
            .to_string();
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap_or_default();
        let line = loc["region"]["startLine"].as_u64().unwrap_or(0);
        let text = std::fs::read_to_string(root().join(uri)).unwrap_or_default();
        let at = text
            .lines()
            .nth((line as usize).wrapping_sub(1))
            .unwrap_or("");
        assert!(
            at.contains(&marker),
            "{uri}:{line} is `{at}`, expected it to hold {marker}"
        );
        let kind = r["properties"]["kind"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        found.push((marker, kind, line));
    }
    found
}

/// Copy a folder tree (a testdata example) into a temp dir to change it.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
