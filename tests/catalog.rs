//! `verdict doc`: an auditor asks for the policy catalogue and gets every rule
//! and every framework control the rules map, as Markdown and as HTML, and
//! checks it against the rule registry (`verdict rules --format json`).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::*;
use regex::Regex;

/// framework → control → the ids of the rules that cover it.
type Coverage = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// What the registry says, independently of the catalogue: every rule id
/// and every (framework, control) it maps.
fn registry(policy: Option<&Path>) -> (BTreeSet<String>, Coverage) {
    let mut args = vec!["rules", "--format", "json"];
    let p;
    if let Some(dir) = policy {
        p = dir.display().to_string();
        args.extend(["-p", &p]);
    }
    let run = verdict(&args);
    assert_eq!(run.code, 0, "{run:?}");
    let mut ids = BTreeSet::new();
    let mut coverage = Coverage::new();
    for rule in run.json().as_array().into_iter().flatten() {
        let id = rule["id"].as_str().unwrap_or_default().to_string();
        for (fw, controls) in rule["frameworks"].as_object().into_iter().flatten() {
            for c in controls.as_array().into_iter().flatten() {
                coverage
                    .entry(fw.clone())
                    .or_default()
                    .entry(c.as_str().unwrap_or_default().to_string())
                    .or_default()
                    .insert(id.clone());
            }
        }
        ids.insert(id);
    }
    (ids, coverage)
}

/// Markdown cell text back to what it says: backslash escapes and the
/// entities the catalogue writes.
fn md_text(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.trim().chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    html_text(&out)
}

/// HTML text or attribute value back to what it says.
fn html_text(s: &str) -> String {
    let entity = re(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
    entity
        .replace_all(s, |c: &regex::Captures<'_>| {
            let e = &c[1];
            let ch = match e {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                _ => e[1..].parse().ok().and_then(char::from_u32),
            };
            ch.map_or(c[0].to_string(), String::from)
        })
        .into_owned()
}

/// The rule headings and the per-framework control tables of a Markdown
/// catalogue, read back.
fn markdown_catalogue(md: &str) -> (BTreeSet<String>, Coverage) {
    let rule_heading = re(r#"^### <a id="rule-[^"]+"></a>(.+?) — "#);
    let framework_heading = re(r#"^### <a id="framework-[^"]+"></a>(.+)$"#);
    let link = re(r"\[((?:[^\]\\]|\\.)+)\]\(#rule-[^)]+\)");
    let mut rules = BTreeSet::new();
    let mut coverage = Coverage::new();
    let mut framework: Option<String> = None;
    for line in md.lines() {
        if let Some(c) = rule_heading.captures(line) {
            rules.insert(md_text(&c[1]));
        }
        if line.starts_with("## ") || line.starts_with("### ") {
            framework = framework_heading.captures(line).map(|c| md_text(&c[1]));
            continue;
        }
        let Some(fw) = &framework else { continue };
        let Some(row) = line.strip_prefix("| ").and_then(|l| l.strip_suffix(" |")) else {
            continue;
        };
        // The control cell ends at the first pipe no backslash escapes.
        let split = re(r"^((?:[^|\\]|\\.)*) \| (.*)$");
        let Some(cells) = split.captures(row) else {
            continue;
        };
        let control = md_text(&cells[1]);
        if control == "Control" || control.starts_with("---") {
            continue;
        }
        let ids: BTreeSet<String> = link
            .captures_iter(&cells[2])
            .map(|l| md_text(&l[1]))
            .collect();
        coverage.entry(fw.clone()).or_default().insert(control, ids);
    }
    (rules, coverage)
}

/// The rule articles and the control rows (`data-framework`,
/// `data-control`, rule links) of an HTML catalogue, read back; panics on a
/// link to a rule the page does not hold.
fn html_catalogue(html: &str) -> (BTreeSet<String>, Coverage) {
    let article = re(
        r##"<article class="rule" id="([^"]+)">\s*<h3><a class="id" href="#([^"]+)">([^<]+)</a>"##,
    );
    let row = re(r##"(?s)<tr data-framework="([^"]*)" data-control="([^"]*)">(.*?)</tr>"##);
    let link = re(r##"<a class="rule-ref" href="#([^"]+)"[^>]*>([^<]+)</a>"##);
    let mut anchors = BTreeMap::new();
    for a in article.captures_iter(html) {
        assert_eq!(&a[1], &a[2], "a rule heading links to its own article");
        anchors.insert(a[1].to_string(), html_text(&a[3]));
    }
    let mut coverage = Coverage::new();
    for r in row.captures_iter(html) {
        let mut ids = BTreeSet::new();
        for l in link.captures_iter(&r[3]) {
            let id = html_text(&l[2]);
            assert_eq!(
                anchors.get(&l[1]),
                Some(&id),
                "the link to {id} (#{}) leads to its rule",
                &l[1]
            );
            ids.insert(id);
        }
        coverage
            .entry(html_text(&r[1]))
            .or_default()
            .insert(html_text(&r[2]), ids);
    }
    (anchors.into_values().collect(), coverage)
}

/// `verdict doc` with `args`, writing `name` under a fresh temp dir; returns
/// the text written.
fn doc(args: &[&str], name: &str) -> String {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = out.path().join(name);
    let p = path.display().to_string();
    let mut all = vec!["doc", "-o", &p];
    all.extend(args);
    let run = verdict(&all);
    assert_eq!(run.code, 0, "{run:?}");
    read(&path)
}

#[test]
fn the_builtin_catalogue_lists_every_rule_and_every_control_it_maps() {
    let (ids, coverage) = registry(None);
    assert!(
        ids.len() >= 100,
        "the built-in library has {} rules",
        ids.len()
    );
    let controls: usize = coverage.values().map(BTreeMap::len).sum();

    let md = doc(&[], "catalog.md");
    assert!(
        md.contains("- **Policy source:** built-in library\n"),
        "{md}"
    );
    assert!(md.contains(&format!(
        "- **verdict version:** {}\n",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(md.contains(&format!("- **Rules:** {}\n", ids.len())));
    assert!(md.contains(&format!(
        "- **Frameworks:** {} ({controls} controls)\n",
        coverage.len()
    )));
    let (md_rules, md_coverage) = markdown_catalogue(&md);
    assert_eq!(md_rules, ids, "the Markdown rules section");
    assert_eq!(md_coverage, coverage, "the Markdown control tables");
    // What each summary row's "controls covered" cell says, asked once.
    let cells: BTreeMap<&String, String> = coverage
        .iter()
        .map(|(fw, by_control)| (fw, covered_cell(fw, by_control.len())))
        .collect();
    for (fw, by_control) in &coverage {
        let rules: BTreeSet<&String> = by_control.values().flatten().collect();
        let row = re(&format!(
            r"(?m)^\| \[{}\]\(#framework-[^)]+\) \| {} \| {} \|$",
            regex::escape(fw),
            cells[fw],
            rules.len()
        ));
        assert!(row.is_match(&md), "summary row for {fw}");
    }

    let html = doc(&[], "catalog.html");
    let (html_rules, html_coverage) = html_catalogue(&html);
    assert_eq!(html_rules, ids, "the HTML rule articles");
    assert_eq!(html_coverage, coverage, "the HTML control rows");
    for (fw, by_control) in &coverage {
        let rules: BTreeSet<&String> = by_control.values().flatten().collect();
        let row = re(&format!(
            r#"<tr data-framework="{}"><td><a href="[^"]+">[^<]+</a></td><td class="num">{}</td><td class="num">{}</td></tr>"#,
            regex::escape(fw),
            cells[fw],
            rules.len()
        ));
        assert!(row.is_match(&html), "summary row for {fw}");
    }
    // One file an auditor can open offline: nothing to run, nothing to fetch.
    for outside in ["<script", "<link", " src=", "@import", "url("] {
        assert!(!html.contains(outside), "the page holds {outside}");
    }
}

#[test]
fn the_catalogue_is_the_same_every_time_and_on_stdout() {
    let first = doc(&[], "a.md");
    let run = verdict(&["doc"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stdout, first,
        "`-o -` (the default) is the Markdown file"
    );
    assert_eq!(doc(&[], "b.html"), doc(&[], "c.htm"));
}

const ACCESS: &str = r#"# METADATA
# title: Service account tokens are not mounted
# description: A mounted token lets anything in the pod call the API server.
# related_resources:
#   - https://kubernetes.io/docs/concepts/security/service-accounts/
# custom:
#   id: ACME-001
#   severity: high
#   remediation: "Set `automountServiceAccountToken: false`."
#   kinds: [kubernetes]
#   frameworks:
#     NIST-800-53: [AC-10, AC-2]
#     CIS-Kubernetes-1.8: ["5.1.10", "5.1.6"]
package acme.access

import rego.v1

deny contains "token mounted" if input.spec.automountServiceAccountToken
"#;

const LOGGING: &str = r#"# METADATA
# title: Audit logging is on
# custom:
#   id: ACME-002
#   severity: low
#   frameworks:
#     NIST-800-53: [AC-2]
package acme.logging

import rego.v1

warn contains "no audit log" if not input.audit
"#;

const NAMING: &str = r#"# METADATA
# title: Resources carry an owner label
# custom:
#   id: ACME-003
#   severity: info
package acme.naming

import rego.v1

deny contains "no owner" if not input.metadata.labels.owner
"#;

#[test]
fn a_teams_own_policies_get_exact_coverage_tables() {
    let dir = tree(&[
        ("policy/access.rego", ACCESS),
        ("policy/logging.rego", LOGGING),
        ("policy/naming.rego", NAMING),
    ]);
    let policy = dir.path().join("policy");
    let p = policy.display().to_string();
    let md = doc(&["-p", &p], "catalog.md");

    assert!(
        md.contains(&format!("- **Policy source:** `{p}`\n")),
        "{md}"
    );
    assert!(md.contains("- **Rules:** 3\n- **Frameworks:** 2 (4 controls)\n"));
    let summary = "\
| Framework | Controls covered | Rules |
| --- | ---: | ---: |
| [CIS-Kubernetes-1.8](#framework-CIS-Kubernetes-1.8) | 2 of 130 | 1 |
| [NIST-800-53](#framework-NIST-800-53) | 2 of 298 | 2 |

1 of 3 rules has [no framework mapping](#unmapped).
";
    assert!(md.contains(summary), "{md}");
    let cis = "\
### <a id=\"framework-CIS-Kubernetes-1.8\"></a>CIS-Kubernetes-1.8

| Control | Rules |
| --- | --- |
| 5.1.6 | [ACME-001](#rule-ACME-001) |
| 5.1.10 | [ACME-001](#rule-ACME-001) |
";
    assert!(md.contains(cis), "{md}");
    let nist = "\
### <a id=\"framework-NIST-800-53\"></a>NIST-800-53

| Control | Rules |
| --- | --- |
| AC-2 | [ACME-001](#rule-ACME-001), [ACME-002](#rule-ACME-002) |
| AC-10 | [ACME-001](#rule-ACME-001) |
";
    assert!(md.contains(nist), "{md}");
    let unmapped = "\
### <a id=\"unmapped\"></a>No framework mapping

| Rule | Title | Severity |
| --- | --- | --- |
| [ACME-003](#rule-ACME-003) | Resources carry an owner label | info |
";
    assert!(md.contains(unmapped), "{md}");

    let access = format!(
        "\
### <a id=\"rule-ACME-001\"></a>ACME-001 — Service account tokens are not mounted

- **Severity:** high · **Level:** error · **Kinds:** kubernetes
- **Defined in:** `{p}/access.rego:18` (`data.acme.access.deny`)
- **Frameworks:**
  - [CIS-Kubernetes-1.8](#framework-CIS-Kubernetes-1.8): 5.1.6, 5.1.10
  - [NIST-800-53](#framework-NIST-800-53): AC-2, AC-10

A mounted token lets anything in the pod call the API server.

**Remediation:** Set `automountServiceAccountToken: false`.

**Related resources:**

- <https://kubernetes.io/docs/concepts/security/service-accounts/>
"
    );
    assert!(md.contains(&access), "{md}");
    assert!(md.contains("- **Severity:** low · **Level:** warning · **Kinds:** any input kind\n"));
    assert!(md.contains("- **Frameworks:** no framework mapping\n"));
    let order: Vec<usize> = ["ACME-001 —", "ACME-002 —", "ACME-003 —"]
        .iter()
        .filter_map(|h| md.find(h))
        .collect();
    assert!(order.len() == 3 && order.is_sorted(), "rules in id order");

    // The same tables in HTML, read back against the registry.
    let (ids, coverage) = registry(Some(&policy));
    let html = doc(&["-p", &p], "catalog.html");
    assert_eq!(html_catalogue(&html), (ids, coverage));
    assert!(html.contains(r#"<tr data-unmapped="ACME-003">"#));
}

#[test]
fn markup_in_metadata_is_shown_not_interpreted() {
    let policy = r#"# METADATA
# title: "Pipes | and <script>alert(1)</script>"
# description: "<img src=x onerror=alert(2)> and `<b>code</b>`"
# related_resources:
#   - "javascript:alert(3)"
# custom:
#   id: X-001
#   severity: medium
#   frameworks:
#     "F<i>": ["A|B"]
package x

import rego.v1

deny contains "x" if input.x
"#;
    let quiet = r#"# METADATA
# title: "Another | one <script>"
# custom:
#   id: X-002
package y

import rego.v1

deny contains "y" if input.y
"#;
    let dir = tree(&[("p/x.rego", policy), ("p/y.rego", quiet)]);
    let p = dir.path().join("p").display().to_string();

    let md = doc(&["-p", &p], "catalog.md");
    assert!(
        !md.contains("<script") && !md.contains("<img") && !md.contains("<i>"),
        "{md}"
    );
    assert!(
        md.contains("### <a id=\"rule-X-001\"></a>X-001 — Pipes \\| and &lt;script&gt;alert(1)&lt;/script&gt;\n"),
        "{md}"
    );
    assert!(md.contains("| A\\|B | [X-001](#rule-X-001) |\n"), "{md}");
    assert!(
        md.contains("| [X-002](#rule-X-002) | Another \\| one &lt;script&gt; | high |\n"),
        "{md}"
    );
    assert!(
        md.contains("&lt;img src=x onerror=alert(2)&gt; and `<b>code</b>`"),
        "{md}"
    );
    assert!(md.contains("- javascript:alert(3)\n"), "not a link: {md}");

    let html = doc(&["-p", &p], "catalog.html");
    assert!(
        !html.contains("<script") && !html.contains("<img") && !html.contains("<i>"),
        "{html}"
    );
    assert!(!html.contains("href=\"javascript"), "{html}");
    assert!(
        html.contains("Pipes | and &lt;script&gt;alert(1)&lt;"),
        "{html}"
    );
    assert!(
        html.contains("<code>&lt;b&gt;code&lt;/b&gt;</code>"),
        "{html}"
    );
    assert!(
        html.contains(r#"data-framework="F&lt;i&gt;" data-control="A|B""#),
        "{html}"
    );
}

#[test]
fn an_unknown_extension_is_a_usage_error_naming_the_choices() {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = out.path().join("catalog.txt");
    let p = path.display().to_string();
    let run = verdict(&["doc", "-o", &p]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("catalog.txt")
            && run.stderr.contains(".md")
            && run.stderr.contains(".html"),
        "{run:?}"
    );
    assert!(!path.exists(), "nothing is written");

    // --format says what the name does not.
    let run = verdict(&["doc", "-o", &p, "--format", "html"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(read(&path).starts_with("<!DOCTYPE html>"));
    let run = verdict(&["doc", "--format", "html", "--title", "ACME controls"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("<title>ACME controls</title>"));
}

/// The "controls covered" cell of a framework's summary row: "N of TOTAL"
/// as `verdict rules --framework` counts when verdict has the framework's
/// control list, else the number of controls the rules name.
fn covered_cell(framework: &str, named: usize) -> String {
    let run = verdict(&["rules", "--framework", framework, "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let cov = run.json();
    match cov["total"].as_u64() {
        Some(total) => format!("{} of {total}", cov["covered_count"]),
        None => named.to_string(),
    }
}

const MAPPED_POLICY: &str = r#"# METADATA
# title: Script injection
# custom:
#   id: ACME-001
#   severity: high
#   frameworks:
#     OWASP-CICD-Top-10: ["CICD-SEC-4", "CICD-SEC-99"]
#     NIST-800-53: ["AC-6(10)"]
#     ACME-Internal: ["A.1"]
package acme.injection

import rego.v1

deny contains "x" if input.bad
"#;

/// An auditor asks which controls of a framework the policies cover: each
/// listed control with its rules, the ones no rule covers, and mappings
/// that name a control the framework does not have.
#[test]
fn rules_framework_lists_covered_and_uncovered_controls() {
    let dir = tree(&[("policy/acme.rego", MAPPED_POLICY)]);
    let policy = dir.path().join("policy").display().to_string();
    let run = verdict(&[
        "rules",
        "-p",
        &policy,
        "--framework",
        "owasp-cicd-top-10",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let cov = run.json();
    assert_eq!(cov["framework"], "OWASP-CICD-Top-10");
    assert_eq!(cov["total"], 10);
    assert_eq!(cov["covered_count"], 1);
    assert_eq!(cov["covered"][0]["id"], "CICD-SEC-4");
    assert_eq!(cov["covered"][0]["rules"][0], "ACME-001");
    let uncovered: Vec<&str> = cov["uncovered"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(uncovered.len(), 9);
    assert!(!uncovered.contains(&"CICD-SEC-4"), "{uncovered:?}");
    assert_eq!(cov["unlisted"][0]["id"], "CICD-SEC-99");

    let text = verdict(&["rules", "-p", &policy, "--framework", "OWASP-CICD-Top-10"]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(
        text.stdout.contains("1 of 10 controls covered by 1 rule"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("NOT COVERED (9)"), "{}", text.stdout);
    assert!(text.stdout.contains("CICD-SEC-8"), "{}", text.stdout);

    // A framework verdict has no list for: what the rules name, no total.
    let own = verdict(&[
        "rules",
        "-p",
        &policy,
        "--framework",
        "ACME-Internal",
        "--format",
        "json",
    ]);
    assert_eq!(own.code, 0, "{own:?}");
    assert_eq!(own.json()["total"], serde_json::Value::Null);
    assert_eq!(own.json()["covered"][0]["id"], "A.1");

    let unknown = verdict(&["rules", "-p", &policy, "--framework", "NOPE-1"]);
    assert_eq!(unknown.code, 2, "{unknown:?}");
    assert!(
        unknown.stderr.contains("ACME-Internal"),
        "{}",
        unknown.stderr
    );
}

/// The built-in library's coverage of every framework it maps is told
/// against the framework's own list, and no rule names a control the list
/// does not have.
#[test]
fn the_library_maps_only_controls_its_frameworks_define() {
    let (_, coverage) = registry(None);
    let mut problems = Vec::new();
    for fw in coverage.keys() {
        let run = verdict(&["rules", "--framework", fw, "--format", "json"]);
        assert_eq!(run.code, 0, "{run:?}");
        let cov = run.json();
        if cov["total"].is_null() {
            problems.push(format!("{fw}: no control list"));
            continue;
        }
        let covered = cov["covered_count"].as_u64().unwrap_or(0);
        let uncovered = cov["uncovered"].as_array().map_or(0, Vec::len) as u64;
        assert_eq!(
            covered + uncovered,
            cov["total"].as_u64().unwrap_or(0),
            "{fw}"
        );
        for c in cov["unlisted"].as_array().into_iter().flatten() {
            problems.push(format!("{fw}: {} named by {}", c["id"], c["rules"]));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
