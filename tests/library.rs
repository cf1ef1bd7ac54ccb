//! The built-in library: its size per domain, its metadata, and that a plain
//! `verdict scan` finds what was planted in the example tree.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;
use serde_json::Value;

fn rules() -> Vec<Value> {
    let run = verdict(&["rules", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    run.json().as_array().cloned().unwrap_or_default()
}

#[test]
fn every_domain_has_its_minimum_number_of_distinct_rules() {
    let rules = rules();
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    let count = |prefixes: &[&str]| {
        ids.iter()
            .filter(|id| prefixes.iter().any(|p| id.starts_with(p)))
            .count()
    };
    let minimums: &[(&[&str], usize)] = &[
        (&["VD-TF-AWS-"], 150),
        (&["VD-TF-AZ-"], 60),
        (&["VD-TF-GCP-"], 69),
        (&["VD-K8S-"], 54),
        (&["VD-CFN-"], 80),
        (&["VD-DOCKER-"], 30),
        (&["VD-GHA-"], 26),
        (&["VD-SBOM-"], 6),
        (&["VD-SCAN-"], 5),
        (&["VD-RT-"], 5),
    ];
    for (prefixes, min) in minimums {
        let n = count(prefixes);
        assert!(n >= *min, "{prefixes:?}: {n} rules, want at least {min}");
    }
}

#[test]
fn every_rule_carries_complete_metadata_and_has_tests() {
    let mut problems = Vec::new();
    let severities: BTreeSet<&str> = ["critical", "high", "medium", "low", "info"].into();
    for r in rules() {
        let id = r["id"].as_str().unwrap_or("?").to_string();
        if !id.starts_with("VD-") {
            problems.push(format!("{id}: id is not VD-<DOMAIN>-<NNN>"));
        }
        for field in ["title", "description", "remediation", "example"] {
            if r[field].as_str().is_none_or(|s| s.trim().len() < 8) {
                problems.push(format!("{id}: no {field}"));
            }
        }
        if !severities.contains(r["severity"].as_str().unwrap_or("")) {
            problems.push(format!("{id}: severity {}", r["severity"]));
        }
        if r["kinds"].as_array().is_none_or(Vec::is_empty) {
            problems.push(format!("{id}: no kinds"));
        }
        if r["related_resources"].as_array().is_none_or(Vec::is_empty) {
            problems.push(format!("{id}: no related_resources"));
        }
        let file = r["file"]
            .as_str()
            .unwrap_or("")
            .trim_start_matches("builtin:");
        let test = root()
            .join("policies")
            .join(file.replace(".rego", "_test.rego"));
        if !test.is_file() {
            problems.push(format!("{id}: no test file {}", test.display()));
        }
        if r["kinds"]
            .as_array()
            .is_some_and(|ks| ks.iter().any(|k| k == "falco"))
            && r["response"].is_null()
        {
            problems.push(format!("{id}: a runtime rule without a response hint"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_plain_scan_of_the_example_finds_what_was_planted() {
    let run = verdict(&["scan", "testdata/example", "-f", "json"]);
    assert_eq!(run.code, 1, "{run:?}");
    let mut by_file: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in run.json()["findings"].as_array().into_iter().flatten() {
        by_file
            .entry(f["file"].as_str().unwrap_or_default().to_string())
            .or_default()
            .insert(f["rule_id"].as_str().unwrap_or_default().to_string());
    }
    let expect = [
        (
            "testdata/example/k8s/web.yaml",
            ["VD-K8S-001", "VD-K8S-002", "VD-K8S-004", "VD-K8S-005"].as_slice(),
        ),
        (
            "testdata/example/.github/workflows/triage.yml",
            &["VD-GHA-001", "VD-GHA-002", "VD-GHA-004"],
        ),
        (
            "testdata/example/sbom/bom.cdx.json",
            &["VD-SBOM-001", "VD-SBOM-002"],
        ),
    ];
    for (file, ids) in expect {
        let got = by_file.get(file).cloned().unwrap_or_default();
        for id in ids {
            assert!(got.contains(*id), "{file}: {id} missing from {got:?}");
        }
    }
}

/// The GitHub-workflow fixtures: no workflow rule reports the hardened one,
/// every `# expect: ID` comment of the insecure one is a finding of that
/// rule on that line, and a release and a preview workflow report exactly
/// what they plant; together they plant every workflow rule.
#[test]
fn workflow_rules_pass_the_hardened_fixture_and_report_the_insecure_one() {
    let secure = verdict(&["scan", "testdata/github/secure", "-f", "json"]);
    assert_eq!(secure.code, 0, "{secure:?}");
    let report = secure.json();
    assert_eq!(report["summary"]["files"], 1, "{report}");
    let noisy: Vec<String> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| format!("{}:{} {}", f["rule_id"], f["line"], f["message"]))
        .collect();
    assert!(noisy.is_empty(), "{}", noisy.join("\n"));

    let file = "testdata/github/insecure/.github/workflows/triage.yml";
    let run = verdict(&["scan", file, "-f", "json"]);
    assert_eq!(run.code, 1, "{run:?}");
    let found: BTreeSet<(String, u64)> = rule_lines(&run.json(), "");
    let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
    let mut expected = 0;
    let mut planted = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let Some((_, ids)) = line.split_once("# expect: ") else {
            continue;
        };
        for id in ids.split(',').map(str::trim) {
            expected += 1;
            planted.insert(id.to_string());
            let at = (id.to_string(), i as u64 + 1);
            assert!(
                found.contains(&at),
                "{file}:{}: no {id} in {found:?}",
                i + 1
            );
        }
    }
    assert!(expected >= 15, "{expected} expectations");

    // A release and a preview workflow plant the rest, each at its exact line.
    for file in ["release.yml", "preview.yml"] {
        let file = format!("testdata/github/insecure/.github/workflows/{file}");
        let run = verdict(&["scan", &file, "-f", "json", "--fail-on", "never"]);
        assert_eq!(run.code, 0, "{run:?}");
        let expected = expected_findings(&file);
        assert_eq!(rule_lines(&run.json(), ""), expected, "{file}");
        planted.extend(expected.into_iter().map(|(id, _)| id));
    }
    assert_every_rule_planted("VD-GHA-", &planted);
}

/// The `(rule id, line)` pairs of a JSON report's findings whose rule id
/// starts with `prefix`.
fn rule_lines(report: &Value, prefix: &str) -> BTreeSet<(String, u64)> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| {
            let id = f["rule_id"].as_str().filter(|id| id.starts_with(prefix))?;
            Some((id.to_string(), f["line"].as_u64().unwrap_or(0)))
        })
        .collect()
}

/// `(rule id, line)` pairs planted in a fixture: each `# expect: ID …`
/// comment names the rules reported at the next instruction.
fn expected_findings(file: &str) -> BTreeSet<(String, u64)> {
    let text = std::fs::read_to_string(root().join(file)).unwrap_or_default();
    let mut expected = BTreeSet::new();
    let mut pending: Vec<String> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if let Some(ids) = t.strip_prefix("# expect:") {
            pending.extend(ids.split_whitespace().map(String::from));
        } else if !t.is_empty() && !t.starts_with('#') {
            for id in pending.drain(..) {
                expected.insert((id, n as u64 + 1));
            }
        }
    }
    expected
}

/// The Dockerfile fixtures report exactly the findings their `# expect:`
/// comments plant, at those lines; the hardened ones report nothing. Every
/// Dockerfile rule is planted in one of them.
#[test]
fn dockerfile_fixtures_report_exactly_what_they_expect() {
    let files = [
        "testdata/dockerfile/insecure-extended/Dockerfile",
        "testdata/dockerfile/Dockerfile.insecure",
        "testdata/dockerfile/Dockerfile.alpine",
        "testdata/dockerfile/secure/Dockerfile",
        "testdata/dockerfile/Dockerfile.hardened",
    ];
    let fixtures: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.to_string(), f.to_string()))
        .collect();
    let planted = check_fixtures(&fixtures);
    assert_every_rule_planted("VD-DOCKER-", &planted);
}

/// The Kubernetes fixtures: the hardened manifests report nothing, from any
/// rule, and the insecure ones exactly the findings their `# expect:`
/// comments plant, at those lines. Both are scanned with a registry
/// allow-list (VD-K8S-039 is quiet without one); the `combined/` folders
/// are scanned with `--combine`. Every Kubernetes rule is planted.
#[test]
fn kubernetes_fixtures_report_exactly_what_they_expect() {
    let data = "testdata/kubernetes/allowed-registries.yaml";
    let fixtures = [
        "testdata/kubernetes/secure/app.yaml",
        "testdata/kubernetes/secure/rbac.yaml",
        "testdata/kubernetes/insecure/workloads.yaml",
        "testdata/kubernetes/insecure/rbac.yaml",
        "testdata/kubernetes/insecure/network.yaml",
        "testdata/kubernetes/insecure/kube-apiserver.yaml",
        "testdata/kubernetes/insecure/pod-security.yaml",
    ];
    let mut planted = BTreeSet::new();
    for file in fixtures {
        let run = verdict(&["scan", file, "-d", data, "-f", "json", "--fail-on", "never"]);
        assert_eq!(run.code, 0, "{run:?}");
        let report = run.json();
        assert!(
            report["summary"]["documents"].as_u64() > Some(1),
            "{file}: {}",
            report["summary"]
        );
        let got: BTreeSet<(String, u64)> = rule_lines(&report, "");
        let expected = expected_findings(file);
        if file.contains("/secure/") {
            assert!(expected.is_empty(), "{file} plants findings");
        }
        assert_eq!(got, expected, "{file}");
        planted.extend(expected.into_iter().map(|(id, _)| id));
    }
    // Namespaces without a NetworkPolicy: a property of all the manifests,
    // judged on the `--combine` view.
    for dir in ["insecure", "secure"] {
        let dir = format!("testdata/kubernetes/combined/{dir}");
        let run = verdict(&[
            "scan",
            &dir,
            "--combine",
            "-f",
            "json",
            "--fail-on",
            "never",
        ]);
        assert_eq!(run.code, 0, "{run:?}");
        let got = rule_lines(&run.json(), "");
        let mut expected = BTreeSet::new();
        for file in fixtures_in(&dir, &[".yaml"]) {
            expected.extend(expected_findings(&file));
        }
        assert_eq!(got, expected, "{dir}");
        planted.extend(expected.into_iter().map(|(id, _)| id));
    }
    assert_every_rule_planted("VD-K8S-", &planted);
}

#[test]
fn the_rule_catalogue_explains_a_rule() {
    let run = verdict(&["rules", "VD-K8S-001"]);
    assert_eq!(run.code, 0, "{run:?}");
    for needle in [
        "Privileged container",
        "Remediation:",
        "Frameworks:",
        "CIS-Kubernetes",
        "Example (fires):",
    ] {
        assert!(run.stdout.contains(needle), "{needle}: {run:?}");
    }
    let missing = verdict(&["rules", "VD-NOPE-999"]);
    assert_eq!(missing.code, 2, "{missing:?}");
}

#[test]
fn verdict_test_runs_rego_unit_tests_with_coverage() {
    let dir = tree(&[
        ("p/p.rego", "package p\nimport rego.v1\n\ndeny contains \"x\" if input.x\n\nwarn contains \"y\" if input.y\n"),
        ("p/p_test.rego", "package p_test\nimport rego.v1\n\ntest_fires if { count(data.p.deny) == 1 with input as {\"x\": true} }\n\ntest_wrong if { count(data.p.deny) == 1 with input as {} }\n"),
    ]);
    let run = verdict_in(dir.path(), &["test", "p", "--coverage"], None);
    assert_eq!(run.code, 1, "a failing test fails the run: {run:?}");
    assert!(
        run.stdout
            .contains("FAIL p/p_test.rego:6 data.p_test.test_wrong"),
        "{run:?}"
    );
    assert!(
        run.stdout.trim_end().ends_with("1 passed, 1 failed"),
        "{run:?}"
    );
    std::fs::write(
        dir.path().join("p/p_test.rego"),
        "package p_test\nimport rego.v1\n\ntest_fires if { count(data.p.deny) == 1 with input as {\"x\": true} }\n",
    )
    .unwrap_or_default();
    assert_eq!(verdict_in(dir.path(), &["test", "p"], None).code, 0);
    let below = verdict_in(dir.path(), &["test", "p", "--threshold", "90"], None);
    assert_eq!(
        below.code, 1,
        "coverage under the threshold fails: {below:?}"
    );
    assert!(
        below.stdout.contains("p/p.rego  (not covered: 6)"),
        "warn was never evaluated: {below:?}"
    );
}

/// The Terraform Azure fixtures, scanned as module folders: the insecure one
/// reports exactly the `(rule, line)` pairs its `# expect:` comments plant
/// and plants every VD-TF-AZ rule; the hardened one reports none.
#[test]
fn azure_terraform_fixtures_report_exactly_what_they_expect() {
    let planted = check_fixtures(&module_fixtures(&["azure-insecure", "azure-secure"]));
    assert_every_rule_planted("VD-TF-AZ-", &planted);
}

/// The Terraform GCP fixtures, scanned as folders (evaluated as modules):
/// the insecure one reports exactly the `# expect:` findings it plants,
/// which cover every GCP rule; the hardened one reports nothing.
#[test]
fn gcp_terraform_fixtures_report_exactly_what_they_expect() {
    let planted = check_fixtures(&module_fixtures(&["gcp-insecure", "gcp-secure"]));
    assert_every_rule_planted("VD-TF-GCP-", &planted);
}

/// `action.yml` files are GitHub Actions: the workflow rules that judge steps
/// judge a composite action's steps and a Docker action's image too, at
/// exact lines; the same action written safely reports nothing.
#[test]
fn composite_and_docker_actions_are_judged_like_workflow_steps() {
    for dir in ["insecure", "secure", "docker"] {
        let file = format!("testdata/github/actions/{dir}/action.yml");
        let run = verdict(&["scan", &file, "-f", "json", "--fail-on", "never"]);
        assert_eq!(run.code, 0, "{run:?}");
        let report = run.json();
        assert_eq!(report["summary"]["files"], 1, "{file}: {report}");
        for f in report["findings"].as_array().into_iter().flatten() {
            assert_eq!(f["kind"], "github-action", "{f}");
        }
        let expected = expected_findings(&file);
        assert_eq!(rule_lines(&report, ""), expected, "{file}");
        if dir == "insecure" {
            assert!(expected.len() >= 10, "{expected:?}");
        }
    }
}

/// Where a rule's `example` is written so that discovery gives it the rule's
/// first kind, as a user's file of that kind would be named.
fn example_path(kind: &str, example: &str) -> &'static str {
    let json = example.trim_start().starts_with(['{', '[']);
    match kind {
        "terraform" | "terraform-plan" if json => "plan.json",
        "terraform" | "terraform-plan" => "main.tf",
        "dockerfile" => "Dockerfile",
        "github-workflow" => ".github/workflows/ci.yml",
        "github-action" => "action.yml",
        "docker-compose" => "compose.yaml",
        _ if json => "input.json",
        _ => "input.yaml",
    }
}

/// Every rule's METADATA `example` is an input the rule fires on: all the
/// examples are written out, one folder each, and scanned in one run. Two
/// rules check nothing until configured; their descriptions say their
/// examples fire with these settings.
#[test]
fn every_rule_example_fires_its_rule() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut folders = BTreeMap::new();
    let combined = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let mut silent = Vec::new();
    for (n, r) in rules().iter().enumerate() {
        let id = r["id"].as_str().unwrap_or("?").to_string();
        let example = r["example"].as_str().unwrap_or_default();
        let kind = r["kinds"][0].as_str().unwrap_or("json");
        // The cross-document view is what `--combine` builds; an example of
        // it is given as that input.
        if kind == "combined" {
            let path = combined.path().join(format!("{n:03}.json"));
            std::fs::write(&path, example).unwrap_or_else(|e| panic!("{e}"));
            let path = path.to_string_lossy().to_string();
            let run = verdict(&[
                "scan",
                &path,
                "--kind",
                "combined",
                "-f",
                "json",
                "--fail-on",
                "never",
            ]);
            if !rule_lines(&run.json(), &id).iter().any(|(r, _)| *r == id) {
                silent.push(format!("{id} (combined example)"));
            }
            continue;
        }
        let folder = format!("{n:03}");
        let path = dir.path().join(&folder).join(example_path(kind, example));
        std::fs::create_dir_all(path.parent().unwrap_or(dir.path()))
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, example).unwrap_or_else(|e| panic!("{e}"));
        folders.insert(folder, id);
    }
    let config = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let data = config.path().join("config.json");
    let settings = r#"{"verdict": {"config": {"allowed_registries": ["registry.example.com"], "license_allow": ["MIT", "Apache-2.0"]}}}"#;
    std::fs::write(&data, settings).unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().to_string_lossy().to_string();
    let data = data.to_string_lossy().to_string();
    let run = verdict(&[
        "scan",
        &target,
        "-d",
        &data,
        "-f",
        "json",
        "--fail-on",
        "never",
    ]);
    let report = run.json();
    let mut fired: BTreeSet<(String, String)> = BTreeSet::new();
    for f in report["findings"].as_array().into_iter().flatten() {
        let file = f["file"].as_str().unwrap_or_default();
        let rel = file.strip_prefix(&target).unwrap_or(file);
        let folder = rel.trim_start_matches('/').split('/').next().unwrap_or("");
        fired.insert((
            folder.to_string(),
            f["rule_id"].as_str().unwrap_or("").to_string(),
        ));
    }
    silent.extend(
        folders
            .iter()
            .filter(|(folder, id)| !fired.contains(&((*folder).clone(), (*id).clone())))
            .map(|(folder, id)| format!("{id} (example in {folder})")),
    );
    assert!(
        silent.is_empty(),
        "{} examples do not fire their rule:\n{}\nerrors: {}",
        silent.len(),
        silent.join("\n"),
        report["errors"]
    );
}

/// Scans each fixture (a folder is evaluated as a module) and checks it
/// reports exactly the `(rule, line)` pairs its `# expect:` comments plant
/// (a file without comments, e.g. JSON, must report nothing); returns the
/// rule ids planted in the insecure ones.
fn check_fixtures(fixtures: &[(String, String)]) -> BTreeSet<String> {
    let mut planted = BTreeSet::new();
    for (target, file) in fixtures {
        let run = verdict(&["scan", target, "-f", "json", "--fail-on", "never"]);
        assert_eq!(run.code, 0, "{run:?}");
        let report = run.json();
        assert_eq!(
            report["errors"].as_array().map_or(0, Vec::len),
            0,
            "{report}"
        );
        for f in report["findings"].as_array().into_iter().flatten() {
            assert_eq!(f["file"], file.as_str(), "{f}");
        }
        let expected = expected_findings(file);
        assert_eq!(rule_lines(&report, ""), expected, "{file}");
        planted.extend(expected.into_iter().map(|(id, _)| id));
    }
    planted
}

/// `testdata/terraform/<dir>` folders, each scanned as a module and judged by
/// the `# expect:` comments of its `main.tf`.
fn module_fixtures(dirs: &[&str]) -> Vec<(String, String)> {
    dirs.iter()
        .map(|d| {
            let dir = format!("testdata/terraform/{d}");
            (dir.clone(), format!("{dir}/main.tf"))
        })
        .collect()
}

/// The folders or files of `dir` whose names end with one of `suffixes`.
fn fixtures_in(dir: &str, suffixes: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter(|n| suffixes.iter().any(|s| n.ends_with(s)))
        .map(|n| format!("{dir}/{n}"))
        .collect();
    names.sort();
    names
}

fn assert_every_rule_planted(prefix: &str, planted: &BTreeSet<String>) {
    let missing: Vec<String> = rules()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .filter(|id| id.starts_with(prefix) && !planted.contains(*id))
        .map(String::from)
        .collect();
    assert!(
        missing.is_empty(),
        "not planted in any fixture: {missing:?}"
    );
}

/// The Terraform AWS fixtures (`aws/` and every `aws-<group>-{insecure,
/// secure}/`), scanned as modules: each insecure one reports exactly what
/// it plants, together they plant every VD-TF-AWS rule, and the hardened
/// ones report nothing.
#[test]
fn aws_terraform_fixtures_report_exactly_what_they_expect() {
    let mut dirs = vec!["aws/insecure".to_string(), "aws/secure".to_string()];
    dirs.extend(
        fixtures_in("testdata/terraform", &["-insecure", "-secure"])
            .into_iter()
            .filter_map(|d| d.strip_prefix("testdata/terraform/").map(String::from))
            .filter(|d| d.starts_with("aws-")),
    );
    let dirs: Vec<&str> = dirs.iter().map(String::as_str).collect();
    let fixtures = module_fixtures(&dirs);
    assert!(fixtures.len() >= 4, "{fixtures:?}");
    let planted = check_fixtures(&fixtures);
    assert_every_rule_planted("VD-TF-AWS-", &planted);
}

/// The CloudFormation fixtures: each `*-insecure.yaml` template reports
/// exactly what it plants, together they plant every VD-CFN rule, and the
/// hardened templates report nothing.
#[test]
fn cloudformation_fixtures_report_exactly_what_they_expect() {
    let files = fixtures_in(
        "testdata/cloudformation",
        &[
            "-insecure.yaml",
            "-secure.yaml",
            "insecure-web-stack.yaml",
            "hardened-web-stack.json",
        ],
    );
    assert!(files.len() >= 2, "{files:?}");
    let fixtures: Vec<(String, String)> = files.into_iter().map(|f| (f.clone(), f)).collect();
    let planted = check_fixtures(&fixtures);
    assert_every_rule_planted("VD-CFN-", &planted);
}
