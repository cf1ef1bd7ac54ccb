//! Several definitions of one rule, each under its own METADATA: each is a
//! rule of its own (id, severity, title, remediation) in every output, in
//! suppressions and in events, as OPA reads each definition's annotations.

mod common;

use std::collections::BTreeSet;

use common::*;
use serde_json::Value;

/// Three annotated definitions of `RULE` (string and object results) and an
/// unannotated one, and an annotated `warn`; in Rego v1.
const V1: &str = r#"# METADATA
# title: Shop rules
# custom:
#   severity: low
package shop

import rego.v1

# METADATA
# title: Image uses the latest tag
# custom:
#   id: T-LATEST
#   severity: critical
#   remediation: Pin the image by digest.
RULE contains msg if {
	endswith(input.image, ":latest")
	msg := "image uses a latest tag"
}

# METADATA
# title: Privileged container
# custom:
#   id: T-PRIV
#   severity: high
#   remediation: Drop privileged mode.
RULE contains {"msg": "runs privileged", "path": ["privileged"]} if {
	input.privileged
}

# METADATA
# title: Runs as root
# custom:
#   id: T-ROOT
#   severity: medium
#   remediation: Run as an unprivileged user.
RULE contains {"msg": sprintf("runs as %s", [user]), "path": ["user"]} if {
	user == "root"
}

RULE contains {"msg": "user is not on the allow list", "path": ["user"]} if {
	not user in {"app", "nobody"}
}

# METADATA
# title: No owner
# custom:
#   id: T-OWNER
#   severity: info
#   remediation: Name an owner.
warn contains "no owner is named" if not input.owner

user := input.user if {
	input.user != ""
} else := "root"
"#;

/// The same in Rego v0 (`--rego-v0`).
const V0: &str = r#"# METADATA
# title: Shop rules
# custom:
#   severity: low
package shop

# METADATA
# title: Image uses the latest tag
# custom:
#   id: T-LATEST
#   severity: critical
#   remediation: Pin the image by digest.
RULE[msg] {
	endswith(input.image, ":latest")
	msg := "image uses a latest tag"
}

# METADATA
# title: Privileged container
# custom:
#   id: T-PRIV
#   severity: high
#   remediation: Drop privileged mode.
RULE[{"msg": "runs privileged", "path": ["privileged"]}] {
	input.privileged
}

# METADATA
# title: Runs as root
# custom:
#   id: T-ROOT
#   severity: medium
#   remediation: Run as an unprivileged user.
RULE[{"msg": sprintf("runs as %s", [user]), "path": ["user"]}] {
	user == "root"
}

RULE[{"msg": "user is not on the allow list", "path": ["user"]}] {
	not allowed[user]
}

allowed := {"app", "nobody"}

# METADATA
# title: No owner
# custom:
#   id: T-OWNER
#   severity: info
#   remediation: Name an owner.
warn["no owner is named"] {
	not input.owner
}

user := input.user {
	input.user != ""
} else = "root"
"#;

/// `verdict test` sees the rule as written: every definition in one value.
const UNIT_TEST: &str = r#"package shop_test

import rego.v1

test_every_definition_counts if {
	r := data.shop.RULE with input as {"image": "x:latest", "privileged": true, "user": "root"}
	count(r) == 4
}
"#;

/// Every rule fires; an inline ignore names T-ROOT on the line above
/// `user:`, where the unannotated definition fires too.
const POD: &str = "image: nginx:latest\n# verdict:ignore[T-ROOT] migrating next sprint\nuser: root\nprivileged: true\n";

const WAIVERS: &str = "waivers:\n  - rule: T-PRIV\n    path: in/*.yaml\n    reason: the node agent needs it\n    owner: platform-team\n    expires: 2099-12-31\n";

/// (id, severity, level, line, message, title, remediation) of each finding.
type Row = (String, String, String, u64, String, String, String);

fn rows(report: &Value) -> BTreeSet<Row> {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                s(&f["rule_id"]),
                s(&f["severity"]),
                s(&f["level"]),
                f["line"].as_u64().unwrap_or_default(),
                s(&f["message"]),
                s(&f["title"]),
                s(&f["remediation"]),
            )
        })
        .collect()
}

fn row(id: &str, sev: &str, level: &str, line: u64, msg: &str, title: &str, rem: &str) -> Row {
    (
        id.into(),
        sev.into(),
        level.into(),
        line,
        msg.into(),
        title.into(),
        rem.into(),
    )
}

fn check_variant(template: &str, rule: &str, flags: &[&str]) {
    let policy = template.replace("RULE", rule);
    let dir = tree(&[
        ("policy/shop.rego", &policy),
        ("policy/shop_test.rego", &UNIT_TEST.replace("RULE", rule)),
        ("in/pod.yaml", POD),
        ("waivers.yaml", WAIVERS),
    ]);
    let unannotated = format!("shop.{rule}");
    let scan = |extra: &[&str]| {
        let mut args = vec!["scan", "in", "-p", "policy"];
        args.extend_from_slice(flags);
        args.extend_from_slice(extra);
        verdict_in(dir.path(), &args, None)
    };
    let ctx = format!("{rule} {flags:?}");

    // JSON: five ids, each with its own severity, title and remediation.
    let run = scan(&["-f", "json", "--no-inline-ignores"]);
    assert_eq!(run.code, 1, "{ctx}: {run:?}");
    let want: BTreeSet<Row> = [
        row(
            "T-LATEST",
            "critical",
            "error",
            1,
            "image uses a latest tag",
            "Image uses the latest tag",
            "Pin the image by digest.",
        ),
        row(
            "T-PRIV",
            "high",
            "error",
            4,
            "runs privileged",
            "Privileged container",
            "Drop privileged mode.",
        ),
        row(
            "T-ROOT",
            "medium",
            "error",
            3,
            "runs as root",
            "Runs as root",
            "Run as an unprivileged user.",
        ),
        row(
            &unannotated,
            "low",
            "error",
            3,
            "user is not on the allow list",
            "Shop rules",
            "",
        ),
        row(
            "T-OWNER",
            "info",
            "warning",
            1,
            "no owner is named",
            "No owner",
            "Name an owner.",
        ),
    ]
    .into();
    assert_eq!(rows(&run.json()), want, "{ctx}");
    // Findings still name the rule as written, for OPA cross-checks.
    let queries: BTreeSet<String> = run.json()["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["query"].as_str().map(String::from))
        .collect();
    assert_eq!(
        queries,
        [format!("data.shop.{rule}"), "data.shop.warn".to_string()].into(),
        "{ctx}"
    );

    // Text.
    let run = scan(&["-f", "text", "--no-inline-ignores"]);
    for line in [
        "error[T-LATEST] critical image uses a latest tag".to_string(),
        "error[T-PRIV] high runs privileged".into(),
        "error[T-ROOT] medium runs as root".into(),
        format!("error[{unannotated}] low user is not on the allow list"),
        "warning[T-OWNER] info no owner is named".into(),
    ] {
        assert!(run.stdout.contains(&line), "{ctx}: no `{line}` in {run:?}");
    }

    // SARIF: a descriptor per id with its own title and severity, and each
    // result pointing at its own.
    let run = scan(&["-f", "sarif", "--no-inline-ignores"]);
    let sarif = run.json();
    assert_valid(&root().join("schemas/sarif-schema-2.1.0.json"), &sarif);
    let driver = &sarif["runs"][0]["tool"]["driver"]["rules"];
    let descriptors: BTreeSet<(String, String, String)> = driver
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            (
                d["id"].as_str().unwrap_or_default().to_string(),
                d["shortDescription"]["text"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                d["properties"]["security-severity"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect();
    let d = |id: &str, title: &str, score: &str| (id.to_string(), title.into(), score.into());
    assert_eq!(
        descriptors,
        [
            d("T-LATEST", "Image uses the latest tag", "9.5"),
            d("T-PRIV", "Privileged container", "8.0"),
            d("T-ROOT", "Runs as root", "5.5"),
            d(&unannotated, "Shop rules", "3.0"),
            d("T-OWNER", "No owner", "0.0"),
        ]
        .into(),
        "{ctx}"
    );
    let results = sarif["runs"][0]["results"].as_array().cloned();
    let results = results.unwrap_or_default();
    assert_eq!(results.len(), 5, "{ctx}");
    for r in &results {
        let index = r["ruleIndex"].as_u64().unwrap_or(u64::MAX) as usize;
        assert_eq!(driver[index]["id"], r["ruleId"], "{ctx}: {r}");
    }

    // A waiver and an inline ignore each suppress only the id they name,
    // though another rule fires on the ignored line.
    let run = scan(&["-f", "json", "--waivers", "waivers.yaml"]);
    assert_eq!(run.code, 1, "{ctx}: {run:?}");
    let suppressed: BTreeSet<(String, String)> = run.json()["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_string(),
                f["suppressed"]["kind"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let s = |id: &str, kind: &str| (id.to_string(), kind.to_string());
    assert_eq!(
        suppressed,
        [
            s("T-LATEST", "-"),
            s("T-PRIV", "waiver"),
            s("T-ROOT", "inline"),
            s(&unannotated, "-"),
            s("T-OWNER", "-"),
        ]
        .into(),
        "{ctx}"
    );

    // A baseline keys on each identity: five entries, and a rerun passes.
    let run = scan(&["--write-baseline", "baseline.json", "--no-inline-ignores"]);
    assert!(run.code <= 1, "{ctx}: {run:?}");
    let run = scan(&["--baseline", "baseline.json", "--no-inline-ignores"]);
    assert_eq!(run.code, 0, "{ctx}: {run:?}");
    assert!(run.stdout.contains("5 suppressed"), "{ctx}: {run:?}");

    // Events carry each identity's id, title and severity.
    let run = scan(&[
        "--events",
        "-",
        "-f",
        "json=report.json",
        "--no-inline-ignores",
    ]);
    let events: BTreeSet<(String, String, String)> = run
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|e| e["type"] == "dev.verdict.finding.opened.v1")
        .map(|e| {
            let data = &e["data"];
            (
                data["unmapped"]["rule_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                data["finding_info"]["title"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                data["unmapped"]["severity"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect();
    let e = |id: &str, title: &str, sev: &str| (id.to_string(), title.into(), sev.into());
    assert_eq!(
        events,
        [
            e("T-LATEST", "Image uses the latest tag", "critical"),
            e("T-PRIV", "Privileged container", "high"),
            e("T-ROOT", "Runs as root", "medium"),
            e(&unannotated, "Shop rules", "low"),
            e("T-OWNER", "No owner", "info"),
        ]
        .into(),
        "{ctx}: {run:?}"
    );

    // `verdict rules` lists every identity with its own title and severity.
    let mut args = vec!["rules", "-p", "policy"];
    args.extend_from_slice(flags);
    let run = verdict_in(dir.path(), &args, None);
    assert_eq!(run.code, 0, "{ctx}: {run:?}");
    for (id, sev, title) in [
        ("T-LATEST", "critical", "Image uses the latest tag"),
        ("T-PRIV", "high", "Privileged container"),
        ("T-ROOT", "medium", "Runs as root"),
        (unannotated.as_str(), "low", "Shop rules"),
        ("T-OWNER", "info", "No owner"),
    ] {
        let listed = run.stdout.lines().any(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            cols.first() == Some(&id) && cols.get(1) == Some(&sev) && l.ends_with(title)
        });
        assert!(listed, "{ctx}: {id} not listed in {run:?}");
    }
    assert!(run.stdout.contains("\n5 rules"), "{ctx}: {run:?}");
    args.push("T-ROOT");
    let run = verdict_in(dir.path(), &args, None);
    assert!(
        run.stdout
            .contains(&format!("rule: data.shop.{rule} (policy/shop.rego:")),
        "{ctx}: {run:?}"
    );

    // The policy as written is untouched: its unit test sees every definition.
    let mut args = vec!["test", "policy"];
    args.extend_from_slice(flags);
    let run = verdict_in(dir.path(), &args, None);
    assert_eq!(run.code, 0, "{ctx}: {run:?}");
}

#[test]
fn each_annotated_definition_is_a_rule_of_its_own() {
    check_variant(V1, "deny", &[]);
}

#[test]
fn each_annotated_definition_is_a_rule_of_its_own_in_rego_v0() {
    check_variant(V0, "deny", &["--rego-v0"]);
}

#[test]
fn each_annotated_definition_of_a_suffixed_rule_is_a_rule_of_its_own() {
    check_variant(V1, "deny_pod", &[]);
    check_variant(V0, "violation_pod", &["--rego-v0"]);
}

/// Complete rules: each definition (an `else` chain is one definition)
/// answers for itself, and the default holds only when no definition is
/// defined, as in OPA.
#[test]
fn complete_rules_with_else_and_default_keep_their_semantics() {
    let policy = r#"package tags

import rego.v1

default deny := "no rule matched the tier"

# METADATA
# title: Production needs an owner
# custom:
#   id: T-PROD
#   severity: critical
deny := "production without an owner" if {
	input.tier == "prod"
	not input.owner
} else := {"msg": "production owner is a team alias", "path": ["owner"]} if {
	input.tier == "prod"
	startswith(input.owner, "team-")
}

# METADATA
# title: Dev is fine
# custom:
#   id: T-DEV
#   severity: low
deny := false if input.tier == "dev"

# METADATA
# title: Staging needs an owner
deny := "staging without an owner" if {
	input.tier == "staging"
	not input.owner
}
"#;
    let dir = tree(&[
        ("policy/tags.rego", policy),
        ("in/a.yaml", "tier: prod\n"),
        ("in/b.yaml", "tier: prod\nowner: team-x\n"),
        ("in/c.yaml", "tier: dev\n"),
        ("in/d.yaml", "tier: qa\n"),
        ("in/e.yaml", "tier: staging\n"),
        ("in/f.yaml", "tier: prod\nowner: alice\n"),
    ]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let got: BTreeSet<(String, String, String, u64, String)> = run.json()["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (
                s("file"),
                s("rule_id"),
                s("severity"),
                f["line"].as_u64().unwrap_or_default(),
                s("message"),
            )
        })
        .collect();
    let f = |file: &str, id: &str, sev: &str, line: u64, msg: &str| {
        (file.to_string(), id.into(), sev.into(), line, msg.into())
    };
    // The one annotated definition without an id is named after its title,
    // since the unannotated default already holds `tags.deny`.
    let want: BTreeSet<_> = [
        f(
            "in/a.yaml",
            "T-PROD",
            "critical",
            1,
            "production without an owner",
        ),
        f(
            "in/b.yaml",
            "T-PROD",
            "critical",
            2,
            "production owner is a team alias",
        ),
        // No definition holds, so the default does; `false` (c.yaml) is a
        // value, so there the default does not apply.
        f(
            "in/d.yaml",
            "tags.deny",
            "high",
            1,
            "no rule matched the tier",
        ),
        f(
            "in/f.yaml",
            "tags.deny",
            "high",
            1,
            "no rule matched the tier",
        ),
        f(
            "in/e.yaml",
            "tags.deny.staging-needs-an-owner",
            "high",
            1,
            "staging without an owner",
        ),
    ]
    .into();
    assert_eq!(got, want, "{run:?}");
}

#[test]
fn an_evaluation_error_names_the_users_rule_and_line() {
    let policy = "package c\n\nimport rego.v1\n\n# METADATA\n# custom:\n#   id: C-1\ndeny := \"a\" if input.x\n\ndeny := \"b\" if input.x\n\ndeny := \"c\" if input.x\n";
    let dir = tree(&[("policy/c.rego", policy), ("in.json", "{\"x\": true}\n")]);
    let run = verdict_in(dir.path(), &["scan", "in.json", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stdout.contains("policy/c.rego:12:1")
            && run.stdout.contains("12 | deny := \"c\" if input.x")
            && !run.stdout.contains("verdict_def"),
        "{run:?}"
    );
}

#[test]
fn a_duplicate_definition_id_names_its_file_and_line() {
    let policy = "package d\n\nimport rego.v1\n\n# METADATA\n# custom:\n#   id: D-1\ndeny contains \"a\" if input.a\n\n# METADATA\n# custom:\n#   id: D-2\ndeny contains \"b\" if input.b\n\n# METADATA\n# custom:\n#   id: D-1\nwarn contains \"c\" if input.c\n";
    let dir = tree(&[("policy/d.rego", policy), ("in.json", "{}\n")]);
    let run = verdict_in(dir.path(), &["scan", "in.json", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("policy/d.rego:15: duplicate rule id `D-1` (also used at policy/d.rego:5)"),
        "{run:?}"
    );
}

/// Definitions in several files of one package, one of them with a
/// `disabled_rules` entry: each file's definitions keep their identity and
/// a disabled identity stops only its own results.
#[test]
fn definitions_across_files_and_disabled_identities() {
    let a = "package multi\n\nimport rego.v1\n\n# METADATA\n# custom:\n#   id: M-A\n#   severity: critical\ndeny contains \"from a\" if input.on\n";
    let b = "package multi\n\nimport rego.v1\n\n# METADATA\n# custom:\n#   id: M-B\n#   severity: low\ndeny contains \"from b\" if input.on\n\ndeny contains \"plain\" if input.on\n";
    let dir = tree(&[
        ("policy/a.rego", a),
        ("policy/b.rego", b),
        ("in.json", "{\"on\": true}\n"),
        ("disable.yaml", "disabled_rules: [M-B]\n"),
    ]);
    let got = |extra: &[&str]| -> BTreeSet<(String, String)> {
        let mut args = vec!["scan", "in.json", "-p", "policy", "-f", "json"];
        args.extend_from_slice(extra);
        let run = verdict_in(dir.path(), &args, None);
        assert_eq!(run.code, 1, "{run:?}");
        run.json()["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|f| {
                (
                    f["rule_id"].as_str().unwrap_or_default().to_string(),
                    f["message"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    };
    let p = |id: &str, msg: &str| (id.to_string(), msg.to_string());
    assert_eq!(
        got(&[]),
        [
            p("M-A", "from a"),
            p("M-B", "from b"),
            p("multi.deny", "plain")
        ]
        .into()
    );
    assert_eq!(
        got(&["--config", "disable.yaml"]),
        [p("M-A", "from a"), p("multi.deny", "plain")].into()
    );
}

/// `stream` loads only what one kind needs and still attributes each result.
#[test]
fn a_stream_attributes_each_result_to_its_definition() {
    let rules = "# METADATA\n# custom:\n#   kinds: [falco]\npackage rt\n\nimport rego.v1\n\n# METADATA\n# title: Shell in container\n# custom:\n#   id: RT-SHELL\n#   severity: critical\ndeny contains \"shell spawned\" if data.lib.proc.shell\n\n# METADATA\n# title: Warning from Falco\n# custom:\n#   id: RT-WARN\n#   severity: low\ndeny contains sprintf(\"rule %s\", [input.rule]) if input.priority == \"Warning\"\n";
    let lib = "package lib.proc\n\nimport rego.v1\n\nshell if input.output_fields[\"proc.name\"] == \"sh\"\n";
    let dir = tree(&[("policy/rt.rego", rules), ("policy/lib.rego", lib)]);
    let event = "{\"rule\":\"Terminal shell\",\"priority\":\"Warning\",\"time\":\"2026-01-01T00:00:00Z\",\"output\":\"x\",\"output_fields\":{\"proc.name\":\"sh\"}}\n";
    let run = verdict_in(
        dir.path(),
        &["stream", "-p", "policy", "--events", "-"],
        Some(event),
    );
    assert_eq!(run.code, 0, "{run:?}");
    let got: BTreeSet<(String, String)> = run
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .map(|e| {
            let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
            (
                s(&e["data"]["unmapped"]["rule_id"]),
                s(&e["data"]["message"]),
            )
        })
        .collect();
    let e = |id: &str, msg: &str| (id.to_string(), msg.to_string());
    assert_eq!(
        got,
        [
            e("RT-SHELL", "shell spawned"),
            e("RT-WARN", "rule Terminal shell")
        ]
        .into(),
        "{run:?}"
    );
}

#[test]
fn a_results_own_id_still_wins() {
    let policy = "package own\n\nimport rego.v1\n\n# METADATA\n# title: One\n# custom:\n#   id: X-1\n#   severity: critical\ndeny contains \"one\" if input.on\n\n# METADATA\n# title: Two\n# custom:\n#   id: X-2\n#   severity: low\ndeny contains {\"msg\": \"two, filed as one\", \"id\": \"X-1\"} if input.on\n\ndeny contains {\"msg\": \"plain, filed as two\", \"id\": \"X-2\"} if input.on\n";
    let dir = tree(&[("policy/own.rego", policy), ("in.json", "{\"on\": true}\n")]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in.json", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let got: BTreeSet<(String, String, String)> = run.json()["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("rule_id"), s("severity"), s("message"))
        })
        .collect();
    let f = |id: &str, sev: &str, msg: &str| (id.to_string(), sev.into(), msg.into());
    assert_eq!(
        got,
        [
            f("X-1", "critical", "one"),
            f("X-1", "critical", "two, filed as one"),
            f("X-2", "low", "plain, filed as two"),
        ]
        .into(),
        "{run:?}"
    );
}
