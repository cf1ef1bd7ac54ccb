//! Suppressions with accountability: inline ignores, waivers, baselines,
//! and the `.verdict.yaml` that configures them.

mod common;

use common::*;
use serde_json::Value;

const TWO_RULES: &str = r#"# METADATA
# custom:
#   id: T-LATEST
#   severity: high
package t.latest
import rego.v1

deny contains {"msg": "image uses latest", "path": ["image"], "resource": input.name} if endswith(input.image, ":latest")
"#;

const SECOND: &str = r#"# METADATA
# custom:
#   id: T-REGISTRY
#   severity: medium
package t.registry
import rego.v1

deny contains {"msg": "image is not from ghcr.io", "path": ["image"], "resource": input.name} if not startswith(input.image, "ghcr.io/")
"#;

fn findings(run: &Run) -> Vec<Value> {
    run.json()["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn active(run: &Run) -> Vec<String> {
    findings(run)
        .iter()
        .filter(|f| f["suppressed"].is_null())
        .map(|f| f["rule_id"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn setup(extra: &[(&str, &str)]) -> tempfile::TempDir {
    let mut files = vec![
        ("policy/latest.rego", TWO_RULES),
        ("policy/registry.rego", SECOND),
    ];
    files.extend_from_slice(extra);
    tree(&files)
}

#[test]
fn an_inline_ignore_suppresses_only_the_named_rule_on_its_line() {
    let dir = setup(&[(
        "in/app.yaml",
        "name: app\nimage: nginx:latest # verdict:ignore[T-LATEST] pinned in the next release\n",
    )]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(
        run.code, 1,
        "T-REGISTRY on the same line still fails: {run:?}"
    );
    assert_eq!(active(&run), ["T-REGISTRY"]);
    let suppressed: Vec<Value> = findings(&run)
        .into_iter()
        .filter(|f| !f["suppressed"].is_null())
        .collect();
    assert_eq!(suppressed.len(), 1);
    assert_eq!(suppressed[0]["rule_id"], "T-LATEST");
    assert_eq!(suppressed[0]["suppressed"]["kind"], "inline");
    assert_eq!(
        suppressed[0]["suppressed"]["justification"],
        "pinned in the next release"
    );

    let off = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "-f",
            "json",
            "--no-inline-ignores",
        ],
        None,
    );
    assert_eq!(active(&off).len(), 2, "{off:?}");
}

#[test]
fn an_ignore_on_the_line_above_works_and_unused_ones_are_reported() {
    let dir = setup(&[(
        "in/app.yaml",
        "name: app\n# verdict:ignore[T-LATEST, T-REGISTRY] vendor image, reviewed\nimage: nginx:latest\n# verdict:ignore[T-NOPE] stale\nother: 1\n",
    )]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("2 suppressed"), "{run:?}");
    assert!(
        run.stdout
            .contains("in/app.yaml:4:1: `verdict:ignore[T-NOPE]` matches no finding"),
        "{run:?}"
    );
    let quiet = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "--report-unused-ignores",
            "false",
        ],
        None,
    );
    assert!(!quiet.stdout.contains("T-NOPE"), "{quiet:?}");
    let shown = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "--show-suppressed"],
        None,
    );
    assert!(
        shown
            .stdout
            .contains("suppressed: inline — vendor image, reviewed"),
        "{shown:?}"
    );
}

fn days_from_today(n: i64) -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    // Civil date from days since the epoch (UTC), as the tool computes it.
    let z = secs.div_euclid(86_400) + n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn waivers_suppress_until_they_expire_and_then_are_named() {
    let input = ("in/app.yaml", "name: app\nimage: ghcr.io/acme/app:latest\n");
    let valid = format!(
        "waivers:\n  - rule: T-LATEST\n    path: in/*.yaml\n    reason: migration to digests in Q3\n    owner: platform-team\n    expires: {}\n",
        days_from_today(90)
    );
    let dir = setup(&[input, (".verdict-waivers.yaml", &valid)]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "json"],
        None,
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_valid(
        &root().join("schemas/verdict-report-v1.schema.json"),
        &run.json(),
    );
    let f = &findings(&run)[0];
    assert_eq!(f["suppressed"]["kind"], "waiver");
    assert_eq!(f["suppressed"]["owner"], "platform-team");
    assert_eq!(f["suppressed"]["expires"], days_from_today(90));

    let expired = valid.replace(&days_from_today(90), "2020-01-31");
    let dir = setup(&[input, (".verdict-waivers.yaml", &expired)]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(
        run.code, 1,
        "an expired waiver no longer suppresses: {run:?}"
    );
    assert!(run.stdout.contains(".verdict-waivers.yaml:2:1: waiver for T-LATEST (owner platform-team) expired on 2020-01-31"), "{run:?}");
    assert!(
        run.stdout
            .contains("these findings count again: in/app.yaml:2 T-LATEST"),
        "{run:?}"
    );

    let soon = valid.replace(&days_from_today(90), &days_from_today(3));
    let dir = setup(&[input, (".verdict-waivers.yaml", &soon)]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("expires on") && run.stdout.contains("in 3 days"),
        "{run:?}"
    );
}

#[test]
fn unused_and_permanent_waivers_are_reported() {
    let input = ("in/app.yaml", "name: app\nimage: ghcr.io/acme/app:1.0\n");
    let unused =
        "waivers:\n  - rule: T-LATEST\n    reason: r\n    owner: o\n    expires: 2999-01-01\n";
    let dir = setup(&[input, (".verdict-waivers.yaml", unused)]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("waiver for T-LATEST (owner o) matches no finding"),
        "{run:?}"
    );

    let permanent = "waivers:\n  - rule: T-LATEST\n    reason: r\n    owner: o\n";
    let dir = setup(&[input, (".verdict-waivers.yaml", permanent)]);
    let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(".verdict-waivers.yaml:2") && run.stderr.contains("no `expires` date"),
        "{run:?}"
    );
    let ok = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "--allow-permanent-waivers"],
        None,
    );
    assert_eq!(ok.code, 0, "{ok:?}");
}

#[test]
fn a_baseline_run_passes_until_a_new_finding_appears() {
    let dir = setup(&[("in/a.yaml", "name: a\nimage: nginx:latest\n")]);
    let write = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "--write-baseline",
            "baseline.json",
        ],
        None,
    );
    assert_eq!(write.code, 0, "{write:?}");
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "--baseline",
            "baseline.json",
            "-f",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        findings(&run).len(),
        2,
        "baselined findings are still listed"
    );
    assert!(findings(&run)
        .iter()
        .all(|f| f["suppressed"]["kind"] == "baseline"));

    std::fs::write(
        dir.path().join("in/b.yaml"),
        "name: b\nimage: ghcr.io/b:latest\n",
    )
    .unwrap_or_default();
    let run = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "--baseline",
            "baseline.json",
            "-f",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 1, "{run:?}");
    let new: Vec<(String, String)> = findings(&run)
        .iter()
        .filter(|f| f["suppressed"].is_null())
        .map(|f| {
            (
                f["file"].as_str().unwrap_or_default().into(),
                f["rule_id"].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    assert_eq!(new, [("in/b.yaml".to_string(), "T-LATEST".to_string())]);
    assert_eq!(run.json()["summary"]["failing"], 1);
}

fn fingerprints(dir: &std::path::Path) -> Vec<(String, String)> {
    let run = verdict_in(dir, &["scan", "in", "-f", "json"], None);
    let mut out: Vec<(String, String)> = findings(&run)
        .iter()
        .filter(|f| f["rule_id"] == "VD-K8S-001")
        .map(|f| {
            (
                f["resource"].as_str().unwrap_or_default().into(),
                f["fingerprint"].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    out.sort();
    out
}

const TWO_DEPLOYMENTS: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: x:1\n          securityContext:\n            privileged: true\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: x:1\n          securityContext:\n            privileged: true\n";

#[test]
fn fingerprints_survive_unrelated_edits_but_not_identity_changes() {
    let dir = tree(&[("in/app.yaml", TWO_DEPLOYMENTS)]);
    let before = fingerprints(dir.path());
    assert_eq!(before.len(), 2);
    let web = |fps: &[(String, String)]| {
        fps.iter()
            .find(|(r, _)| r == "Deployment/web")
            .map(|(_, f)| f.clone())
    };

    let inserted = format!(
        "# a comment\n# another\n{}",
        TWO_DEPLOYMENTS.replace("  name: web\n", "  name: web\n  labels:\n    team: a\n")
    );
    std::fs::write(dir.path().join("in/app.yaml"), &inserted).unwrap_or_default();
    assert_eq!(fingerprints(dir.path()), before, "lines inserted above");

    let reformatted = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n    template:\n        spec:\n            containers:\n            -   name: c\n                image: \"x:1\"\n                securityContext: {privileged: true}\n---\n".to_string()
        + TWO_DEPLOYMENTS.split("---\n").nth(1).unwrap_or_default();
    std::fs::write(dir.path().join("in/app.yaml"), &reformatted).unwrap_or_default();
    assert_eq!(fingerprints(dir.path()), before, "reformatted");

    std::fs::write(
        dir.path().join("in/app.yaml"),
        TWO_DEPLOYMENTS.replace("name: api", "name: api-v2"),
    )
    .unwrap_or_default();
    let renamed_other = fingerprints(dir.path());
    assert_eq!(
        web(&renamed_other),
        web(&before),
        "another resource renamed"
    );

    std::fs::write(
        dir.path().join("in/app.yaml"),
        TWO_DEPLOYMENTS.replace("name: web", "name: web-v2"),
    )
    .unwrap_or_default();
    let renamed = fingerprints(dir.path());
    assert!(
        renamed.iter().all(|(_, f)| Some(f.clone()) != web(&before)),
        "the resource itself renamed"
    );

    // The same place under another rule is another finding.
    std::fs::write(dir.path().join("in/app.yaml"), TWO_DEPLOYMENTS).unwrap_or_default();
    let run = verdict_in(dir.path(), &["scan", "in", "-f", "json"], None);
    let web_fps: Vec<String> = findings(&run)
        .iter()
        .filter(|f| f["resource"] == "Deployment/web")
        .map(|f| f["fingerprint"].as_str().unwrap_or_default().to_string())
        .collect();
    let mut unique = web_fps.clone();
    unique.sort();
    unique.dedup();
    assert!(
        web_fps.len() > 1 && unique.len() == web_fps.len(),
        "{web_fps:?}"
    );
}

#[test]
fn sarif_with_suppressions_validates_and_can_omit_them() {
    let dir = setup(&[(
        "in/app.yaml",
        "name: app\nimage: nginx:latest # verdict:ignore[T-LATEST] accepted\n",
    )]);
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "sarif"],
        None,
    );
    let sarif = run.json();
    assert_valid(&root().join("schemas/sarif-schema-2.1.0.json"), &sarif);
    let results = sarif["runs"][0]["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let sup: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(sup.len(), 1);
    assert_eq!(sup[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(sup[0]["suppressions"][0]["justification"], "accepted");

    let waiver = "waivers:\n  - rule: T-REGISTRY\n    reason: mirrored\n    owner: sec\n    expires: 2999-12-31\n";
    std::fs::write(dir.path().join(".verdict-waivers.yaml"), waiver).unwrap_or_default();
    let run = verdict_in(
        dir.path(),
        &["scan", "in", "-p", "policy", "-f", "sarif"],
        None,
    );
    let sarif = run.json();
    assert_valid(&root().join("schemas/sarif-schema-2.1.0.json"), &sarif);
    let kinds: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            r["suppressions"][0]["kind"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(kinds.len(), 2);
    assert!(
        kinds.contains(&"external".to_string()) && kinds.contains(&"inSource".to_string()),
        "{kinds:?}"
    );
    let omitted = verdict_in(
        dir.path(),
        &[
            "scan",
            "in",
            "-p",
            "policy",
            "-f",
            "sarif",
            "--sarif-omit-suppressed",
        ],
        None,
    );
    assert_eq!(
        omitted.json()["runs"][0]["results"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[test]
fn a_malformed_config_exits_2_naming_key_and_line() {
    for (text, place, key) in [
        ("fail_on: high\npolices: [policy]\n", ".verdict.yaml:2:1", "polices"),
        ("fail_on: 3\n", ".verdict.yaml:1:1", "fail_on"),
        ("exclude: [a]\nwaivers:\n  - rule: T\n    reason: r\n    owner: o\n    expires: 2026-13-01\n", ".verdict.yaml:6:5", "expires"),
    ] {
        let dir = setup(&[(".verdict.yaml", text), ("in/a.yaml", "name: a\nimage: ghcr.io/a:1\n")]);
        let run = verdict_in(dir.path(), &["scan", "in", "-p", "policy"], None);
        assert_eq!(run.code, 2, "{text}: {run:?}");
        assert!(run.stderr.contains(place) && run.stderr.contains(key), "{text}: {run:?}");
    }
}

#[test]
fn profiles_move_a_pipeline_from_warning_to_failing_and_flags_win() {
    let config = "policies: [policy]\nprofiles:\n  dev:\n    fail_on: never\n  prod:\n    fail_on: high\nseverity_overrides:\n  T-REGISTRY: low\n";
    let dir = setup(&[
        (".verdict.yaml", config),
        ("in/a.yaml", "name: a\nimage: docker.io/a:1\n"),
    ]);
    // Only T-REGISTRY fires, overridden to low.
    let default = verdict_in(dir.path(), &["scan", "in", "-f", "json"], None);
    assert_eq!(default.code, 1, "{default:?}");
    assert_eq!(findings(&default)[0]["severity"], "low");
    assert_eq!(
        verdict_in(dir.path(), &["scan", "in", "--profile", "dev"], None).code,
        0
    );
    assert_eq!(
        verdict_in(dir.path(), &["scan", "in", "--profile", "prod"], None).code,
        0
    );
    assert_eq!(
        verdict_in(
            dir.path(),
            &["scan", "in", "--profile", "prod", "--fail-on", "low"],
            None
        )
        .code,
        1
    );
    let missing = verdict_in(dir.path(), &["scan", "in", "--profile", "staging"], None);
    assert_eq!(missing.code, 2, "{missing:?}");
    assert!(
        missing.stderr.contains("no profile `staging`"),
        "{missing:?}"
    );
}

#[test]
fn disabled_rules_are_not_evaluated() {
    let config = "policies: [policy]\ndisabled_rules: [T-REGISTRY, T-TYPO]\n";
    let dir = setup(&[
        (".verdict.yaml", config),
        ("in/a.yaml", "name: a\nimage: docker.io/a:1\n"),
    ]);
    let run = verdict_in(dir.path(), &["scan", "in"], None);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains("no loaded rule has the id `T-TYPO`"),
        "{run:?}"
    );
}
