//! YAML as Kubernetes, Compose and GitHub read it: what libyaml accepts
//! parses, with exact lines; what it rejects is an error naming
//! `file:line:column` and the cause.
//!
//! Cases live in `testdata/yaml/accept` and `testdata/yaml/reject`, each
//! with its expectations in comments:
//! - `# at: [@DOC] POINTER LINE:COLUMN`: where an entry starts;
//! - `# value: [@DOC] POINTER JSON`: what a policy sees there;
//! - `# documents: INDEX…`: the stream indices of the documents kept;
//! - `# error: LINE:COLUMN MESSAGE`: the error a rejected file gives.

mod common;

use std::path::PathBuf;

use common::*;
use serde_json::Value;
use verdict::parse::Document;
use verdict::source_map::{parse_pointer, resolve, PosTree, Position};

fn cases(dir: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join("testdata/yaml").join(dir))
        .unwrap_or_else(|e| panic!("testdata/yaml/{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no cases in testdata/yaml/{dir}");
    out
}

/// The text after `# NAME: ` on each line that has it.
fn expectations<'t>(text: &'t str, name: &str) -> Vec<&'t str> {
    let prefix = format!("# {name}: ");
    text.lines()
        .filter_map(|l| l.trim_end_matches('\r').strip_prefix(prefix.as_str()))
        .collect()
}

/// `@2 /a/b REST` → (document 2, "/a/b", "REST"); the document defaults to
/// the stream's first one kept.
fn target(spec: &str) -> (Option<usize>, &str, &str) {
    let (doc, rest) = match spec.strip_prefix('@') {
        Some(r) => {
            let (n, rest) = r.split_once(' ').unwrap_or((r, ""));
            (n.parse().ok(), rest)
        }
        None => (None, spec),
    };
    let (pointer, expected) = rest.split_once(' ').unwrap_or((rest, ""));
    (doc, pointer, expected)
}

fn document<'d>(docs: &'d [Document], index: Option<usize>, file: &str) -> &'d Document {
    let found = match index {
        Some(i) => docs.iter().find(|d| d.index == i),
        None => docs.first(),
    };
    found.unwrap_or_else(|| panic!("{file}: no document {index:?}"))
}

/// Every array item and object member has a position, all 1-based.
fn assert_mirrors(file: &str, value: &Value, tree: &PosTree) {
    assert!(
        tree.pos.line >= 1 && tree.pos.column >= 1,
        "{file}: {tree:?}"
    );
    let children: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => map.values().collect(),
        _ => Vec::new(),
    };
    assert_eq!(children.len(), tree.children.len(), "{file}: {value}");
    for (v, t) in children.into_iter().zip(&tree.children) {
        assert_mirrors(file, v, t);
    }
}

#[test]
fn yaml_that_libyaml_accepts_parses_with_exact_positions() {
    for path in cases("accept") {
        let file = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let parsed = verdict::parse::parse(&text, &path, None)
            .unwrap_or_else(|e| panic!("{file} was refused: {e}"));
        let docs = &parsed.documents;
        for d in docs {
            assert_mirrors(&file, &d.value, &d.positions);
        }
        let mut checked = 0;
        for spec in expectations(&text, "at") {
            let (doc, pointer, expected) = target(spec);
            let d = document(docs, doc, &file);
            let got = resolve(&d.value, &d.positions, &parse_pointer(pointer));
            assert!(got.exact, "{file}: {pointer} is not in the document");
            let Position { line, column } = got.pos;
            assert_eq!(format!("{line}:{column}"), expected, "{file}: {pointer}");
            checked += 1;
        }
        for spec in expectations(&text, "value") {
            let (doc, pointer, expected) = target(spec);
            let d = document(docs, doc, &file);
            let want: Value = serde_json::from_str(expected)
                .unwrap_or_else(|e| panic!("{file}: bad expectation {expected}: {e}"));
            assert_eq!(d.value.pointer(pointer), Some(&want), "{file}: {pointer}");
            checked += 1;
        }
        for spec in expectations(&text, "documents") {
            let got: Vec<String> = docs.iter().map(|d| d.index.to_string()).collect();
            assert_eq!(got.join(" "), spec, "{file}: documents kept");
            checked += 1;
        }
        assert!(checked > 0, "{file} has no expectations");
    }
}

#[test]
fn yaml_that_libyaml_rejects_is_an_error_naming_file_line_column_and_cause() {
    let dir = root().join("testdata/yaml/reject");
    for path in cases("reject") {
        let file = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let expected = expectations(&text, "error");
        let Some((place, cause)) = expected.first().and_then(|e| e.split_once(' ')) else {
            panic!("{file} has no `# error: LINE:COLUMN MESSAGE` line");
        };
        let run = verdict_in(&dir, &["parse", &file], None);
        assert_eq!(run.code, 2, "{file}: {run:?}");
        assert!(
            run.stderr.contains(&format!("{file}:{place}: ")) && run.stderr.contains(cause),
            "{file} should fail at {place} with `{cause}`: {run:?}"
        );
    }
}

const POD: &str = r#"apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  automountServiceAccountToken: false
  containers:
    - name: web
      image: nginx:1.27
      command: [
        "nginx", "-g",
        "daemon off;"
      ]
      securityContext:
        privileged: true
"#;

const COMPOSE: &str = r#"services:
  web:
    image: nginx:1.27
    command: [
      "nginx", "-g",
      "daemon off;"
    ]
    privileged: true
"#;

/// Compose has no built-in policies; this one reads it.
const COMPOSE_POLICY: &str = r#"package compose
import rego.v1

# METADATA
# custom:
#   kinds: [docker-compose]
deny contains {"msg": sprintf("service %s is privileged", [name]), "path": ["services", name, "privileged"]} if {
	some name, service in input.services
	service.privileged == true
}
"#;

fn findings(run: &Run) -> Vec<(String, String, u64)> {
    let report = run.json();
    assert_eq!(report["errors"], serde_json::json!([]), "{run:?}");
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["file"].as_str().unwrap_or("").to_string(),
                f["rule_id"].as_str().unwrap_or("").to_string(),
                f["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

#[test]
fn a_folder_of_compose_files_and_manifests_with_multi_line_flow_sequences_gets_a_verdict() {
    let dir = tree(&[
        ("k8s/pod.yaml", POD),
        ("compose.yaml", COMPOSE),
        ("policy/compose.rego", COMPOSE_POLICY),
    ]);
    // The built-in library: the manifest's privileged container, at its line.
    let run = verdict_in(
        dir.path(),
        &["scan", "k8s", "compose.yaml", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let got = findings(&run);
    assert!(
        got.contains(&("k8s/pod.yaml".into(), "VD-K8S-001".into(), 16)),
        "{got:?}"
    );
    // A policy of one's own reads the Compose file, and points into it.
    let run = verdict_in(
        dir.path(),
        &["scan", "compose.yaml", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<u64> = findings(&run).iter().map(|(_, _, l)| *l).collect();
    assert_eq!(lines, [8], "{run:?}");
    // Without the privileged flags, the same files pass: exit 0, never 2.
    let clean = tree(&[
        (
            "k8s/pod.yaml",
            &POD.replace("privileged: true", "privileged: false"),
        ),
        (
            "compose.yaml",
            &COMPOSE.replace("privileged: true", "privileged: false"),
        ),
        ("policy/compose.rego", COMPOSE_POLICY),
    ]);
    let run = verdict_in(clean.path(), &["scan", ".", "-p", "policy"], None);
    assert_eq!(run.code, 0, "{run:?}");
}

/// Files in the corpus that are invalid on purpose (zizmor's own test data).
const KNOWN_INVALID: &[&str] = &[
    "github-actions/zizmor-test-data/crates/zizmor/tests/integration/test-data/invalid/bad-yaml-2.yml",
    "github-actions/zizmor-test-data/crates/zizmor/tests/integration/test-data/invalid/invalid-action-2/action.yml",
];

#[test]
fn every_yaml_file_of_the_corpus_parses_except_the_deliberately_invalid_ones() {
    let Some(dir) = shared("corpus") else { return };
    let all = files_with(&dir, &["yaml", "yml"]);
    let mut failed = Vec::new();
    let mut refused = Vec::new();
    for f in &all {
        let rel = f
            .strip_prefix(&dir)
            .unwrap_or(f)
            .to_string_lossy()
            .replace('\\', "/");
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        match verdict::parse::parse(&text, f, None) {
            Ok(_) if KNOWN_INVALID.contains(&rel.as_str()) => {
                failed.push(format!("{rel}: accepted, but libyaml refuses it"))
            }
            Ok(_) => {}
            Err(_) if KNOWN_INVALID.contains(&rel.as_str()) => refused.push(rel),
            Err(e) => failed.push(format!("{rel}: {e}")),
        }
    }
    assert!(
        all.len() > 500,
        "only {} YAML files in the corpus",
        all.len()
    );
    assert!(
        failed.is_empty(),
        "{} of {} files:\n{}",
        failed.len(),
        all.len(),
        failed.join("\n")
    );
    assert_eq!(refused, KNOWN_INVALID);
}
