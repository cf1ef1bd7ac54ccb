//! The result cache: a re-scan of an unchanged tree reuses each file's
//! result, and changing anything a result depends on (the file, the
//! policies, the data, the rules' selection) evaluates it again.

mod common;

use std::path::Path;

use common::*;

const POLICY: &str = r#"package team.replicas

# METADATA
# custom:
#   id: TEAM-001
#   severity: high
#   kinds: [kubernetes]
deny contains msg if {
  input.spec.replicas < data.limits.min_replicas
  msg := sprintf("replicas %d is below %d", [input.spec.replicas, data.limits.min_replicas])
}
"#;

fn deployment(replicas: u32) -> String {
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {replicas}\n"
    )
}

/// One deployment of 1 replica, the team policy, and a minimum of 2.
fn team_tree() -> tempfile::TempDir {
    tree(&[
        ("deploy.yaml", &deployment(1)),
        ("policy/replicas.rego", POLICY),
        ("limits.json", r#"{"limits": {"min_replicas": 2}}"#),
    ])
}

/// Scan `dir` with the team policy and the given cache; the findings' messages.
fn messages(dir: &Path, cache: &Path, extra: &[&str]) -> Vec<String> {
    let cache = cache.display().to_string();
    let mut args = vec![
        "scan",
        "deploy.yaml",
        "--policy",
        "policy",
        "--data",
        "limits.json",
        "--cache",
        &cache,
        "-f",
        "json",
        "--fail-on",
        "never",
    ];
    args.extend_from_slice(extra);
    let run = verdict_in(dir, &args, None);
    assert_eq!(run.code, 0, "{run:?}");
    let mut out: Vec<String> = run.json()["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("{run:?}"))
        .iter()
        .map(|f| f["message"].as_str().unwrap_or_default().to_string())
        .collect();
    out.sort();
    out
}

/// Rewrite every kept result's text, as if an old result were served.
fn tamper(cache: &Path, from: &str, to: &str) -> usize {
    let mut changed = 0;
    for entry in walk(cache) {
        let text = std::fs::read_to_string(&entry).unwrap_or_default();
        if text.contains(from) {
            std::fs::write(&entry, text.replace(from, to)).unwrap();
            changed += 1;
        }
    }
    changed
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn an_unchanged_file_is_not_evaluated_again_and_any_change_is() {
    let dir = team_tree();
    let cache = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert_eq!(messages(d, cache.path(), &[]), ["replicas 1 is below 2"]);

    // The second scan serves what the first kept: a result altered in the
    // cache shows, so nothing was evaluated.
    assert!(tamper(cache.path(), "replicas 1 is below 2", "KEPT") > 0);
    assert_eq!(messages(d, cache.path(), &[]), ["KEPT"]);

    // The file changes: evaluated again.
    std::fs::write(d.join("deploy.yaml"), deployment(0)).unwrap();
    assert_eq!(messages(d, cache.path(), &[]), ["replicas 0 is below 2"]);

    // The data changes.
    tamper(cache.path(), "replicas 0 is below 2", "KEPT");
    std::fs::write(d.join("limits.json"), r#"{"limits": {"min_replicas": 3}}"#).unwrap();
    assert_eq!(messages(d, cache.path(), &[]), ["replicas 0 is below 3"]);

    // The policy changes.
    tamper(cache.path(), "replicas 0 is below 3", "KEPT");
    let policy = POLICY.replace("replicas %d is below", "only %d replicas, under");
    std::fs::write(d.join("policy/replicas.rego"), policy).unwrap();
    assert_eq!(messages(d, cache.path(), &[]), ["only 0 replicas, under 3"]);

    // The rule is switched off by the configuration.
    tamper(cache.path(), "only 0 replicas, under 3", "KEPT");
    std::fs::write(d.join(".verdict.yaml"), "disabled_rules: [TEAM-001]\n").unwrap();
    assert!(messages(d, cache.path(), &[]).is_empty());
    std::fs::remove_file(d.join(".verdict.yaml")).unwrap();

    // The input kind is forced otherwise: another key.
    assert_eq!(
        messages(d, cache.path(), &["--kind", "yaml"]),
        Vec::<String>::new()
    );

    // --no-cache neither reads nor writes it.
    tamper(cache.path(), "only 0 replicas, under 3", "KEPT");
    let before = walk(cache.path()).len();
    let run = verdict_in(
        d,
        &[
            "scan",
            "deploy.yaml",
            "--policy",
            "policy",
            "--data",
            "limits.json",
            "--no-cache",
            "-f",
            "json",
            "--fail-on",
            "never",
        ],
        None,
    );
    assert_eq!(
        run.json()["findings"][0]["message"],
        "only 0 replicas, under 3"
    );
    assert_eq!(walk(cache.path()).len(), before);
}

#[test]
fn a_warm_scan_reports_what_a_cold_one_does() {
    let cache = tempfile::tempdir().unwrap();
    let cache_dir = cache.path().display().to_string();
    let report = |extra: &[&str]| {
        let mut args = vec!["scan", "testdata", "-f", "json", "--fail-on", "never"];
        args.extend_from_slice(extra);
        let run = verdict(&args);
        let mut v = run.json();
        v.as_object_mut().map(|o| o.remove("duration_ms"));
        v
    };
    let cold = report(&["--no-cache"]);
    assert!(
        cold["summary"]["findings"].as_u64().unwrap_or(0) > 50,
        "{cold}"
    );
    let first = report(&["--cache", &cache_dir]);
    let warm = report(&["--cache", &cache_dir]);
    assert_eq!(first, cold);
    assert_eq!(warm, cold);
}

#[test]
fn a_damaged_cache_is_a_miss_never_an_error() {
    let dir = team_tree();
    let cache = tempfile::tempdir().unwrap();
    messages(dir.path(), cache.path(), &[]);
    for entry in walk(cache.path()) {
        std::fs::write(&entry, "\u{0}garbage\tnot\tjson\n{").unwrap();
    }
    assert_eq!(
        messages(dir.path(), cache.path(), &[]),
        ["replicas 1 is below 2"]
    );
    // A cache that cannot be created (a file stands in its way).
    let blocked = cache.path().join("blocked");
    std::fs::write(&blocked, "").unwrap();
    assert_eq!(
        messages(dir.path(), &blocked, &[]),
        ["replicas 1 is below 2"]
    );
}

#[test]
fn a_policy_that_reads_the_clock_is_evaluated_every_time() {
    let clock = r#"package team.clock

# METADATA
# custom:
#   id: TEAM-002
#   kinds: [kubernetes]
deny contains msg if {
  input.kind == "Deployment"
  msg := sprintf("seen at %d", [time.now_ns()])
}
"#;
    let dir = tree(&[
        ("deploy.yaml", &deployment(1)),
        ("policy/clock.rego", clock),
        ("limits.json", "{}"),
    ]);
    let cache = tempfile::tempdir().unwrap();
    let first = messages(dir.path(), cache.path(), &[]);
    let second = messages(dir.path(), cache.path(), &[]);
    assert_eq!(first.len(), 1);
    assert_ne!(first, second);
}
