//! Policies as conftest users write them, and METADATA as verdict reads it.

mod common;

use common::*;

#[test]
fn conftest_style_policies_keep_conftest_semantics() {
    let dir = tree(&[
        (
            "policy/main.rego",
            r#"package main
import rego.v1

deny contains msg if {
	input.kind == "Deployment"
	not input.spec.template.spec.securityContext.runAsNonRoot
	msg := "Containers must not run as root"
}

deny_no_labels contains msg if {
	not input.metadata.labels
	msg := sprintf("%s has no labels", [input.metadata.name])
}

warn contains "Deployments should set replicas" if not input.spec.replicas

exception contains rules if {
	input.metadata.name == "legacy"
	rules := ["no_labels"]
}
"#,
        ),
        (
            "in/legacy.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: legacy\nspec:\n  replicas: 1\n",
        ),
        (
            "in/fresh.yaml",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: fresh\nspec: {}\n",
        ),
    ]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let report = run.json();
    let mut got: Vec<(String, String, String, bool)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["file"].as_str().unwrap_or_default().to_string(),
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["message"].as_str().unwrap_or_default().to_string(),
                !f["suppressed"].is_null(),
            )
        })
        .collect();
    got.sort();
    let want = vec![
        (
            "in/fresh.yaml".into(),
            "main.deny".into(),
            "Containers must not run as root".into(),
            false,
        ),
        (
            "in/fresh.yaml".into(),
            "main.deny_no_labels".into(),
            "fresh has no labels".into(),
            false,
        ),
        (
            "in/fresh.yaml".into(),
            "main.warn".into(),
            "Deployments should set replicas".into(),
            false,
        ),
        (
            "in/legacy.yaml".into(),
            "main.deny".into(),
            "Containers must not run as root".into(),
            false,
        ),
        // conftest: an exception names the rule less its `deny_` prefix.
        (
            "in/legacy.yaml".into(),
            "main.deny_no_labels".into(),
            "legacy has no labels".into(),
            true,
        ),
    ];
    assert_eq!(got, want);
    assert_eq!(report["summary"]["suppressed"], 1);
    assert_eq!(report["summary"]["errors"], 3);
}

#[test]
fn rego_v0_policies_run_with_the_flag() {
    let dir = tree(&[
        (
            "policy/v0.rego",
            "package main\n\ndeny[msg] {\n  input.replicas < 2\n  msg := \"too few\"\n}\n",
        ),
        ("in/a.yaml", "replicas: 1\n"),
    ]);
    let strict = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(
        strict.code, 2,
        "v0 syntax is an error under Rego v1: {strict:?}"
    );
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "--rego-v0"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("too few"));
}

#[test]
fn namespaces_select_packages() {
    let dir = tree(&[
        (
            "policy/a.rego",
            "package team.a\nimport rego.v1\ndeny contains \"a fired\" if true\n",
        ),
        (
            "policy/b.rego",
            "package team.b\nimport rego.v1\ndeny contains \"b fired\" if true\n",
        ),
        ("in/x.json", "{}\n"),
    ]);
    let all = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert!(
        all.stdout.contains("a fired") && all.stdout.contains("b fired"),
        "{all:?}"
    );
    let one = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "--namespace", "team.b"],
        None,
    );
    assert!(
        !one.stdout.contains("a fired") && one.stdout.contains("b fired"),
        "{one:?}"
    );
    let glob = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "--namespace", "team.*"],
        None,
    );
    assert!(
        glob.stdout.contains("a fired") && glob.stdout.contains("b fired"),
        "{glob:?}"
    );
}

const ANNOTATED: &str = r#"# METADATA
# title: Bucket must be encrypted
# description: Unencrypted buckets leak data at rest.
# related_resources:
#   - https://example.com/docs/encryption
# custom:
#   id: ACME-S3-001
#   severity: critical
#   remediation: Set encryption to aws:kms.
#   kinds: [yaml]
#   frameworks:
#     CIS-AWS-2.0: ["2.1.1"]
#     NIST-800-53: [SC-28]
package acme.s3
import rego.v1

deny contains {"msg": sprintf("bucket %s is not encrypted", [input.name]), "path": ["encryption"], "resource": input.name} if {
	input.encryption == "none"
}
"#;

#[test]
fn metadata_reaches_sarif_and_json() {
    let dir = tree(&[
        ("policy/s3.rego", ANNOTATED),
        ("in/b.yaml", "name: logs\nencryption: none\n"),
    ]);
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "-f",
            "json",
            "-f",
            "sarif=r.sarif",
        ],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let f = &run.json()["findings"][0];
    assert_eq!(f["rule_id"], "ACME-S3-001");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["remediation"], "Set encryption to aws:kms.");
    assert_eq!(f["frameworks"]["CIS-AWS-2.0"][0], "2.1.1");
    assert_eq!(f["resource"], "logs");
    assert_eq!(f["line"], 2);
    let sarif = read_json(&dir.path().join("r.sarif"));
    let rule = &sarif["runs"][0]["tool"]["driver"]["rules"][0];
    assert_eq!(rule["id"], "ACME-S3-001");
    assert_eq!(rule["shortDescription"]["text"], "Bucket must be encrypted");
    assert_eq!(rule["properties"]["security-severity"], "9.5");
    assert_eq!(rule["helpUri"], "https://example.com/docs/encryption");
    assert!(rule["help"]["markdown"]
        .as_str()
        .unwrap_or_default()
        .contains("aws:kms"));
    assert!(rule["properties"]["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|t| t == "NIST-800-53"));
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "ACME-S3-001");
    assert_eq!(
        result["properties"]["frameworks"]["NIST-800-53"][0],
        "SC-28"
    );
}

#[test]
fn kinds_in_metadata_select_the_documents_a_package_sees() {
    let dir = tree(&[
        ("policy/s3.rego", ANNOTATED),
        ("in/b.json", "{\"name\": \"x\", \"encryption\": \"none\"}\n"),
    ]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(
        run.code, 0,
        "a yaml-only package must not see JSON: {run:?}"
    );
}

#[test]
fn a_duplicate_rule_id_fails_at_load_naming_the_file() {
    let other = ANNOTATED.replace("package acme.s3", "package acme.s3copy");
    let dir = tree(&[
        ("policy/s3.rego", ANNOTATED),
        ("policy/copy.rego", &other),
        ("in/b.yaml", "a: 1\n"),
    ]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("duplicate rule id `ACME-S3-001`"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("copy.rego:1") && run.stderr.contains("s3.rego:1"),
        "{run:?}"
    );
}

#[test]
fn an_unknown_severity_fails_at_load_naming_the_file() {
    let bad = ANNOTATED.replace("severity: critical", "severity: urgent");
    let dir = tree(&[("policy/s3.rego", &bad), ("in/b.yaml", "a: 1\n")]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("s3.rego:1") && run.stderr.contains("unknown severity `urgent`"),
        "{run:?}"
    );
}

#[test]
fn a_runtime_policy_error_names_policy_and_input_and_fails_closed() {
    let dir = tree(&[
        // Two complete definitions that both hold: a conflict OPA also reports.
        ("policy/p.rego", "package p\nimport rego.v1\n\nlevel := \"a\" if input.a\n\nlevel := \"b\" if input.b\n\ndeny contains level if level\n"),
        ("in/a.yaml", "a: true\nb: true\n"),
    ]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 2, "{run:?}");
    let err = &run.json()["errors"][0];
    assert_eq!(err["code"], "policy-error");
    assert_eq!(err["file"], "in/a.yaml");
    assert!(
        err["message"]
            .as_str()
            .unwrap_or_default()
            .contains("p.rego:6"),
        "{err}"
    );
}

#[test]
fn a_policy_running_too_long_is_stopped_and_reported() {
    let dir = tree(&[
        (
            "policy/slow.rego",
            "package slow\nimport rego.v1\n\ndeny contains x if {\n  some a in numbers.range(1, 3000)\n  some b in numbers.range(1, 3000)\n  x := a * b\n  x < 0\n}\n",
        ),
        ("in/a.yaml", "a: 1\n"),
    ]);
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "--timeout",
            "0.2",
            "-f",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(run.json()["errors"][0]["code"], "timeout", "{run:?}");
}

#[test]
fn data_documents_are_visible_to_policies() {
    let dir = tree(&[
        ("policy/p.rego", "package p\nimport rego.v1\n\ndeny contains sprintf(\"%s is not allowed\", [input.registry]) if not input.registry in data.allowed\n"),
        ("data/allowed.yaml", "allowed: [ghcr.io]\n"),
        ("in/a.yaml", "registry: docker.io\n"),
    ]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-d", "data"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("docker.io is not allowed"), "{run:?}");
}
