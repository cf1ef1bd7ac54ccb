//! `verdict scan` end to end: lines, SARIF, exit codes, discovery.

mod common;

use common::*;
use serde_json::Value;

fn sarif_results(sarif: &Value) -> Vec<Value> {
    sarif["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn every_finding_points_at_the_line_its_path_names() {
    let results = marker_results("testdata/lines");
    // Each marker in the fixtures is one finding (three paths reach the aliased label).
    assert_eq!(results.len(), 17, "{results:#?}");
    let kinds: std::collections::BTreeSet<&str> =
        results.iter().map(|(_, k, _)| k.as_str()).collect();
    for k in [
        "kubernetes",
        "github-workflow",
        "cyclonedx",
        "spdx",
        "sarif",
        "trivy",
        "falco",
    ] {
        assert!(kinds.contains(k), "no finding of kind {k}: {kinds:?}");
    }
    let lines: Vec<(String, u64)> = results.iter().map(|(m, _, l)| (m.clone(), *l)).collect();
    // The second and third document of the stream, the 3rd line of JSON Lines.
    assert!(
        lines.contains(&("MARK-k8s-doc2-array-object".into(), 31)),
        "{lines:?}"
    );
    assert!(
        lines.contains(&("MARK-k8s-doc3-object".into(), 41)),
        "{lines:?}"
    );
    assert!(lines.contains(&("MARK-falco-line3".into(), 3)), "{lines:?}");
}

#[test]
fn sarif_is_valid_and_ready_for_github_code_scanning() {
    let run = verdict(&["scan", "testdata/example", "-f", "sarif"]);
    assert_eq!(run.code, 1, "{run:?}");
    let sarif = run.json();
    assert_valid(&root().join("schemas/sarif-schema-2.1.0.json"), &sarif);
    let run0 = &sarif["runs"][0];
    let rules = run0["tool"]["driver"]["rules"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "one descriptor per rule");
    for r in &rules {
        assert!(
            r["help"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("Remediation")),
            "{r}"
        );
        assert!(r["help"]["markdown"].as_str().is_some(), "{r}");
        assert!(
            r["properties"]["security-severity"].as_str().is_some(),
            "{r}"
        );
        assert!(r["shortDescription"]["text"].as_str().is_some(), "{r}");
    }
    assert!(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .is_some_and(|u| u.starts_with("file:///") && u.ends_with('/')));
    assert!(run0["automationDetails"]["id"].is_string());
    let results = sarif_results(&sarif);
    assert!(!results.is_empty());
    for r in &results {
        let art = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(art["uriBaseId"], "%SRCROOT%");
        let uri = art["uri"].as_str().unwrap_or("/");
        assert!(uri.starts_with("testdata/example/"), "relative uri: {uri}");
        assert!(r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .is_some_and(|l| l > 0));
        assert!(r["partialFingerprints"]["verdict/v1"]
            .as_str()
            .is_some_and(|f| f.len() == 32));
        let idx = r["ruleIndex"].as_u64().unwrap_or(u64::MAX) as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
    }
}

const DENY_POLICY: &str = r#"package gate
import rego.v1

deny contains {"msg": "replicas must be > 1", "path": ["replicas"]} if input.replicas < 2

# METADATA
# custom:
#   severity: medium
deny_medium contains "medium deny" if input.medium

warn contains "warned" if input.warn
"#;

fn gate(files: &[(&str, &str)], args: &[&str]) -> Run {
    let mut all = vec![("policy/gate.rego", DENY_POLICY)];
    all.extend_from_slice(files);
    let dir = tree(&all);
    let mut a = vec!["scan", "in", "-p", "policy"];
    a.extend_from_slice(args);
    verdict_in(dir.path(), &a, None)
}

#[test]
fn a_clean_input_passes_with_exit_0() {
    let run = gate(&[("in/a.yaml", "replicas: 3\n")], &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("1 file, 0 findings") && run.stdout.contains("PASS"),
        "{run:?}"
    );
}

#[test]
fn a_deny_finding_fails_with_exit_1() {
    let run = gate(&[("in/a.yaml", "name: x\nreplicas: 1\n")], &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("in/a.yaml:2:1"), "{run:?}");
    assert!(run.stdout.contains("FAIL"), "{run:?}");
}

#[test]
fn warnings_pass_unless_fail_on_warning() {
    let files = [("in/a.yaml", "replicas: 3\nwarn: true\n")];
    assert_eq!(gate(&files, &[]).code, 0);
    let run = gate(&files, &["--fail-on", "warning"]);
    assert_eq!(run.code, 1, "{run:?}");
}

#[test]
fn fail_on_high_ignores_a_medium_deny() {
    let files = [("in/a.yaml", "replicas: 3\nmedium: true\n")];
    assert_eq!(gate(&files, &[]).code, 1);
    let run = gate(&files, &["--fail-on", "high"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(gate(&files, &["--fail-on", "medium"]).code, 1);
    assert_eq!(gate(&files, &["--fail-on", "never"]).code, 0);
}

#[test]
fn malformed_inputs_exit_2_naming_file_and_line() {
    for (name, text, place) in [
        ("bad.yaml", "a: 1\nb: [1, 2\n", "in/bad.yaml:3"),
        (
            "bad.json",
            "{\n  \"a\": 1,\n  \"b\": tru\n}\n",
            "in/bad.json:3:8",
        ),
        ("bad.toml", "a = 1\nb = = 2\n", "in/bad.toml:2:"),
    ] {
        let run = gate(&[(&format!("in/{name}"), text)], &[]);
        assert_eq!(run.code, 2, "{name}: {run:?}");
        assert!(
            run.stdout.contains(place),
            "{name} should name {place}: {run:?}"
        );
    }
}

#[test]
fn a_policy_syntax_error_exits_2_naming_policy_file_and_line() {
    let dir = tree(&[
        (
            "policy/bad.rego",
            "package bad\nimport rego.v1\n\ndeny contains msg if {\n  msg := \n}\n",
        ),
        ("in/a.yaml", "a: 1\n"),
    ]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("bad.rego:6") || run.stderr.contains("bad.rego:5"),
        "{run:?}"
    );
}

#[test]
fn unreadable_inputs_exit_2() {
    let dir = tree(&[
        ("policy/gate.rego", DENY_POLICY),
        ("in/ok.yaml", "replicas: 3\n"),
    ]);
    std::fs::write(dir.path().join("in/latin1.yaml"), b"name: caf\xe9\n").unwrap_or_default();
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stdout.contains("in/latin1.yaml") && run.stdout.contains("UTF-8"),
        "{run:?}"
    );
    let run = verdict_in(
        dir.path(),
        &["scan", "in/missing.yaml", "-p", "policy"],
        None,
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.contains("in/missing.yaml"), "{run:?}");
}

#[test]
fn one_bad_file_among_good_ones_still_reports_the_good_findings_and_exits_2() {
    let run = gate(
        &[
            ("in/a.yaml", "replicas: 1\n"),
            ("in/b.json", "{\"replicas\": 1,}\n"),
            ("in/c.yaml", "replicas: 0\n"),
        ],
        &["-f", "json"],
    );
    assert_eq!(run.code, 2, "{run:?}");
    let report = run.json();
    let files: Vec<&str> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(files, ["in/a.yaml", "in/c.yaml"]);
    assert_eq!(report["errors"][0]["file"], "in/b.json");
    assert_eq!(report["errors"][0]["line"], 1);
    assert_eq!(report["verdict"]["result"], "error");
}

#[test]
fn hidden_folders_are_scanned_and_gitignore_and_excludes_honoured() {
    let dir = tree(&[
        ("policy/gate.rego", DENY_POLICY),
        (
            "in/.github/workflows/ci.yml",
            "on: push\njobs: {}\nreplicas: 1\n",
        ),
        ("in/.gitignore", "ignored/\n"),
        ("in/ignored/a.yaml", "replicas: 1\n"),
        ("in/vendor/b.yaml", "replicas: 1\n"),
        ("in/notes.txt", "replicas: 1\n"),
    ]);
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "--exclude",
            "vendor",
            "-f",
            "json",
        ],
        None,
    );
    let report = run.json();
    let files: Vec<&str> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(files, ["in/.github/workflows/ci.yml"], "{run:?}");
    assert_eq!(report["findings"][0]["kind"], "github-workflow");
    assert_eq!(
        report["summary"]["skipped"], 2,
        "notes.txt and .gitignore are counted as skipped"
    );
}

#[test]
fn stdin_is_read_with_dash_and_kind() {
    let dir = tree(&[("policy/gate.rego", DENY_POLICY)]);
    let run = verdict_in(
        dir.path(),
        &["scan", "-", "--kind", "yaml", "-p", "policy"],
        Some("replicas: 1\n"),
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("-:1:1"), "{run:?}");
}

#[test]
fn reports_go_to_several_files_at_once_atomically() {
    let dir = tree(&[
        ("policy/gate.rego", DENY_POLICY),
        ("in/a.yaml", "replicas: 1\n"),
    ]);
    let args = [
        "scan",
        "in",
        "-p",
        "policy",
        "-f",
        "json=out/r.json",
        "-f",
        "sarif=r.sarif",
        "-f",
        "text",
    ];
    let run = verdict_in(dir.path(), &args, None);
    // out/ does not exist: the report cannot be written, which is an error, not a pass.
    assert_eq!(run.code, 2, "{run:?}");
    std::fs::create_dir_all(dir.path().join("out")).unwrap_or_default();
    let run = verdict_in(dir.path(), &args, None);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        read_json(&dir.path().join("out/r.json"))["summary"]["findings"],
        1
    );
    assert_eq!(read_json(&dir.path().join("r.sarif"))["version"], "2.1.0");
    assert!(run.stdout.contains("FAIL"));
    let two_stdout = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "json", "-f", "sarif"],
        None,
    );
    assert_eq!(two_stdout.code, 2, "{two_stdout:?}");
}

#[test]
fn json_report_validates_against_its_published_schema() {
    let run = verdict(&["scan", "testdata/example", "-f", "json"]);
    assert_eq!(run.code, 1, "{run:?}");
    let report = run.json();
    assert_valid(
        &root().join("schemas/verdict-report-v1.schema.json"),
        &report,
    );
    assert_eq!(report["version"], "1");
}

#[test]
fn no_eval_parses_every_file_and_judges_none() {
    let dir = tree(&[
        (
            "pod.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n    securityContext:\n      privileged: true\n",
        ),
        ("main.tf", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"public-read\"\n}\n"),
    ]);
    let judged = verdict_in(dir.path(), &["scan", ".", "-f", "json", "--no-cache"], None);
    assert_eq!(judged.code, 1, "{judged:?}");
    let floor = verdict_in(dir.path(), &["scan", ".", "-f", "json", "--no-eval"], None);
    assert_eq!(floor.code, 0, "{floor:?}");
    let summary = &floor.json()["summary"];
    assert_eq!(summary["files"], 2);
    assert_eq!(summary["findings"], 0);

    // Parsing still happens: a broken file still fails the gate.
    std::fs::write(dir.path().join("broken.yaml"), "a: [1,\n").unwrap();
    let broken = verdict_in(dir.path(), &["scan", ".", "--no-eval"], None);
    assert_eq!(broken.code, 2, "{broken:?}");
    assert!(broken.stdout.contains("broken.yaml"), "{broken:?}");
}
