//! The HTML report as a reviewer reads it: escaped, complete without
//! JavaScript, loading nothing, the same on every run.

use std::collections::BTreeMap;

use super::*;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{Level, Severity, Suppression, SuppressionKind};
use crate::report::fixture::{finding, Owned};

pub(super) fn rule(id: &str, frameworks: &[(&str, &[&str])]) -> Rule {
    Rule {
        id: id.into(),
        package: "t".into(),
        name: "deny".into(),
        level: Level::Error,
        severity: Severity::High,
        title: Some(format!("title of {id}")),
        description: None,
        remediation: None,
        related_resources: Vec::new(),
        frameworks: frameworks
            .iter()
            .map(|(f, c)| (f.to_string(), c.iter().map(|c| c.to_string()).collect()))
            .collect(),
        kinds: None,
        response: None,
        example: None,
        file: "t.rego".into(),
        line: 1,
    }
}

fn with_rules(mut o: Owned, rules: Vec<Rule>) -> Owned {
    o.rules = rules.into_iter().map(|r| (r.id.clone(), r)).collect();
    o
}

fn suppressed(mut f: Finding, kind: SuppressionKind, reason: &str) -> Finding {
    f.suppression = Some(Suppression {
        kind,
        justification: reason.into(),
        owner: Some("platform-team".into()),
        expires: Some("2031-06-30".into()),
        source: Some(".verdict-waivers.yaml:3".into()),
    });
    f
}

fn html(o: &Owned) -> String {
    render(&o.report())
}

/// The text between `start` and the next `end` after it.
fn between<'a>(s: &'a str, start: &str, end: &str) -> &'a str {
    let from = s.find(start).map_or(s.len(), |i| i + start.len());
    let to = s[from..].find(end).map_or(s.len(), |i| from + i);
    &s[from..to]
}

#[test]
fn what_a_policy_or_an_input_wrote_is_escaped() {
    let mut f = finding(
        "R-<b>",
        "k8s/a\"b<i>.yaml",
        4,
        Level::Error,
        Severity::High,
        "<script>alert(1)</script>",
    );
    f.resource = Some("<img src=x onerror=alert(2)>".into());
    f.remediation = Some("use 'quotes' & <tags>".into());
    let page = html(&Owned::new(vec![f], vec![]));
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"),
        "{page}"
    );
    assert!(!page.contains("<script>alert"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(
        page.contains("&lt;img src=x onerror=alert(2)&gt;"),
        "{page}"
    );
    assert!(page.contains(r#"data-file="k8s&#x2f;a&quot;b&lt;i&gt;.yaml""#));
    assert!(page.contains(r#"data-rule="R-&lt;b&gt;""#));
    assert!(page.contains("use &#x27;quotes&#x27; &amp; &lt;tags&gt;"));
    // Only the data block and our own script.
    assert_eq!(page.matches("<script").count(), 2, "{page}");
}

#[test]
fn the_data_block_cannot_close_its_script_and_reads_back() {
    let title = "</script><!--<script>alert(1)</script>";
    let f = finding("R-1", "a.yaml", 1, Level::Error, Severity::High, "m");
    let mut r = rule("R-1", &[]);
    r.title = Some(title.into());
    let page = html(&with_rules(Owned::new(vec![f], vec![]), vec![r]));
    let block = between(
        &page,
        r#"<script type="application/json" id="verdict-data">"#,
        "</script>",
    );
    assert!(!block.contains('<') && !block.contains('>'), "{block}");
    let data: serde_json::Value =
        serde_json::from_str(block).unwrap_or_else(|e| panic!("{e}: {block}"));
    assert_eq!(data["rules"][0]["title"], title);
    assert_eq!(data["verdict"], "fail");
    assert_eq!(data["summary"]["open"], 1);
    assert_eq!(data["severities"]["high"], 1);
}

#[test]
fn the_page_loads_nothing_and_allows_only_its_own_script_and_style() {
    let mut r = rule("R-1", &[("NIST-800-53", &["SC-28"])]);
    r.related_resources = vec![
        "https://docs.example.com/r-1".into(),
        "javascript:alert(1)".into(),
    ];
    let f = finding("R-1", "a.yaml", 1, Level::Error, Severity::High, "m");
    let page = html(&with_rules(Owned::new(vec![f], vec![]), vec![r]));
    for load in ["<link", "src=", "@import", "url(", "<iframe", "<img"] {
        assert!(!page.contains(load), "`{load}` in the page");
    }
    // A documentation link is a link, not a load; a script URL is neither.
    assert!(page.contains(r#"<a href="https:&#x2f;&#x2f;docs.example.com&#x2f;r-1""#));
    assert!(!page.contains("javascript:"), "{page}");

    // As the browser reads the attribute.
    let csp = between(
        &page,
        r#"http-equiv="Content-Security-Policy" content=""#,
        "\"",
    )
    .replace("&#x27;", "'")
    .replace("&#x2f;", "/")
    .replace("&#x2b;", "+");
    assert!(csp.starts_with("default-src 'none'; "), "{csp}");
    let hash =
        |s: &str| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()));
    let script = between(&page, "<script>", "</script>");
    let style = between(&page, "<style>", "</style>");
    assert_eq!(script, SCRIPT);
    assert_eq!(style, STYLE);
    assert!(
        csp.contains(&format!("script-src 'sha256-{}';", hash(script))),
        "{csp}"
    );
    assert!(
        csp.contains(&format!("style-src 'sha256-{}';", hash(style))),
        "{csp}"
    );
    // Our own code never ends its element early.
    assert!(!SCRIPT.contains("</") && !STYLE.contains("</"));
}

#[test]
fn an_empty_report_passes_and_says_each_section_is_empty() {
    let page = html(&Owned::new(vec![], vec![]));
    assert!(page.starts_with("<!DOCTYPE html>\n"), "{page}");
    assert!(page.contains(r#"<main id="report" data-verdict="pass" data-fail-on="error" data-findings="0" data-open="0""#));
    assert!(page
        .contains(r#"<span class="verdict-badge" id="verdict" data-verdict="pass">PASS</span>"#));
    assert!(page.contains("No finding fails the gate."));
    assert!(page.contains(r#"<span id="shown-count">0</span>"#));
    assert!(page.contains("No open findings."));
    assert!(page.contains("No finding is suppressed."));
    assert!(page.contains("Every input was evaluated."));
    assert!(page.contains("No loaded rule maps to a compliance framework."));
    assert!(!page.contains(r#"<tr class="finding""#));
    assert!(
        !page.contains(r#"<rect class="bar "#),
        "no bars without findings"
    );
}

#[test]
fn findings_are_listed_by_file_and_by_rule_with_everything_a_reader_needs() {
    let mut a = finding(
        "VD-K8S-001",
        "k8s/web.yaml",
        12,
        Level::Error,
        Severity::Critical,
        "privileged container",
    );
    a.resource = Some("Deployment/web".into());
    let b = finding(
        "VD-K8S-002",
        "k8s/web.yaml",
        3,
        Level::Warning,
        Severity::Low,
        "no probes",
    );
    let c = finding(
        "VD-K8S-001",
        "k8s/api.yaml",
        7,
        Level::Error,
        Severity::Critical,
        "privileged container",
    );
    let mut r1 = rule("VD-K8S-001", &[]);
    r1.remediation = Some("Set privileged: false.".into());
    let page = html(&with_rules(Owned::new(vec![a, b, c], vec![]), vec![r1]));

    let by_file = between(
        &page,
        r#"<div class="view active" id="by-file""#,
        "</table>",
    );
    let by_rule = between(&page, r#"<div class="view" id="by-rule""#, "</table>");
    assert_eq!(by_file.matches(r#"<tr class="finding""#).count(), 3);
    assert_eq!(by_rule.matches(r#"<tr class="finding""#).count(), 3);
    // Files in order, lines in order within a file.
    let order: Vec<usize> = [
        r#"<tbody class="group" data-file="k8s&#x2f;api.yaml">"#,
        r#"<tbody class="group" data-file="k8s&#x2f;web.yaml">"#,
        r#"<code class="loc">k8s&#x2f;<wbr>web.yaml:3</code>"#,
        r#"<code class="loc">k8s&#x2f;<wbr>web.yaml:12</code>"#,
    ]
    .iter()
    .map(|s| by_file.find(s).unwrap_or_else(|| panic!("{s} missing")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // Most severe rule first.
    assert!(
        by_rule.find(r#"data-rule="VD-K8S-001" id="rule-VD-K8S-001""#)
            < by_rule.find(r#"data-rule="VD-K8S-002" id="rule-VD-K8S-002""#)
    );
    let row = between(
        by_file,
        r#"<tr class="finding" data-severity="critical" data-rule="VD-K8S-001" data-file="k8s&#x2f;web.yaml" data-level="error">"#,
        "</tr>",
    );
    for part in [
        r#"<span class="sev sev-critical">critical</span>"#,
        r#"<span class="level">error</span>"#,
        "fails gate",
        r#"<code class="rule-id">VD-K8S-001</code><span class="rule-title">title of VD-K8S-001</span>"#,
        "<code>Deployment&#x2f;web</code>",
        "privileged container",
        "<summary>Remediation</summary><p>Set privileged: false.</p>",
    ] {
        assert!(row.contains(part), "{part} not in {row}");
    }
    // A warning under `--fail-on error` is shown but does not fail the gate.
    let warning = between(by_file, r#"data-rule="VD-K8S-002""#, "</tr>");
    assert!(!warning.contains("fails gate"), "{warning}");
    // Filters list what is there, with counts.
    assert!(page.contains(r#"<option value="critical">critical (2)</option>"#));
    assert!(page.contains(r#"<option value="medium" disabled>medium (0)</option>"#));
    assert!(page.contains(r#"<option value="k8s&#x2f;web.yaml">k8s&#x2f;web.yaml (2)</option>"#));
    assert!(page
        .contains(r#"<option value="VD-K8S-001">VD-K8S-001 · title of VD-K8S-001 (2)</option>"#));
    // The chart is drawn by the template.
    assert!(page.contains(r#"<g class="bar-row" data-severity="critical" data-count="2">"#));
    assert!(page.contains(r#"<rect class="bar sev-fill-critical" x="80" y="6" width="320""#));
    assert!(page.contains(r#"<rect class="bar sev-fill-low" x="80" y="108" width="160""#));
}

#[test]
fn suppressed_findings_have_their_own_section_with_why() {
    let open = finding("R-1", "a.yaml", 1, Level::Error, Severity::High, "open one");
    let waived = suppressed(
        finding(
            "R-1",
            "b.yaml",
            2,
            Level::Error,
            Severity::High,
            "waived one",
        ),
        SuppressionKind::Waiver,
        "vendor image, fixed upstream",
    );
    let mut inline = suppressed(
        finding(
            "R-2",
            "c.yaml",
            5,
            Level::Warning,
            Severity::Medium,
            "ignored",
        ),
        SuppressionKind::Inline,
        "pinned next release",
    );
    if let Some(s) = inline.suppression.as_mut() {
        s.owner = None;
        s.expires = None;
        s.source = Some("c.yaml:4".into());
    }
    let page = html(&Owned::new(vec![open, waived, inline], vec![]));
    assert!(page.contains(r#"data-findings="3" data-open="1" data-suppressed="2""#));
    // Open findings only in the finding views (each listed in both).
    assert_eq!(page.matches(r#"<tr class="finding""#).count(), 2);
    let section = between(&page, r#"<section id="suppressed""#, "</section>");
    assert_eq!(
        section.matches(r#"<tr class="suppressed-finding""#).count(),
        2
    );
    let waiver = between(section, r#"data-kind="waiver""#, "</tr>");
    for part in [
        "waived one",
        r#"<span class="kind kind-waiver">waiver</span>"#,
        "vendor image, fixed upstream",
        "platform-team",
        "<time>2031-06-30</time>",
        "<code>.verdict-waivers.yaml:3</code>",
    ] {
        assert!(waiver.contains(part), "{part} not in {waiver}");
    }
    let inline = between(section, r#"data-kind="inline""#, "</tr>");
    assert!(inline.contains("pinned next release") && inline.contains("<code>c.yaml:4</code>"));
    assert!(!section.contains("open one"));
    // The chart shows the suppressed part of a bar apart.
    assert!(page.contains(r#"<tspan class="bar-muted"> + 1 suppressed</tspan>"#));
}

#[test]
fn the_compliance_view_shows_each_control_with_its_rules() {
    let rules = vec![
        rule("R-OPEN", &[("NIST-800-53", &["SC-28", "AC-3"])]),
        rule(
            "R-WAIVED",
            &[("NIST-800-53", &["AC-12"]), ("PCI-DSS-4.0", &["3.5.1"])],
        ),
        rule("R-CLEAN", &[("PCI-DSS-4.0", &["10.2.1"])]),
    ];
    let findings = vec![
        finding("R-OPEN", "a.tf", 1, Level::Error, Severity::High, "x"),
        suppressed(
            finding("R-WAIVED", "a.tf", 2, Level::Error, Severity::High, "y"),
            SuppressionKind::Baseline,
            "existing",
        ),
    ];
    let page = html(&with_rules(Owned::new(findings, vec![]), rules));
    let nist = between(&page, r#"data-framework="NIST-800-53""#, "</details>");
    assert!(
        nist.starts_with(" open>"),
        "a framework with failures starts open"
    );
    assert!(nist.contains(r#"<span class="status status-fail">2 fail</span> <span class="status status-waived">1 waived</span> <span class="status status-pass zero">0 pass</span>"#));
    let control = |fw: &str, id: &str| {
        between(
            fw,
            &format!(r#"<tr class="control" data-control="{id}""#),
            "</tr>",
        )
        .to_owned()
    };
    let sc28 = control(nist, "SC-28");
    assert!(sc28.starts_with(r#" data-status="fail">"#), "{sc28}");
    // An open finding's rule links to its group in the by-rule view.
    assert!(sc28.contains(r##"<a class="rule-ref" href="#rule-R-OPEN" title="title of R-OPEN"><code>R-OPEN</code></a>"##));
    assert!(sc28.contains("1 open"));
    assert!(page.contains(r#"id="rule-R-OPEN""#));
    assert!(control(nist, "AC-12").starts_with(r#" data-status="waived">"#));
    assert!(control(nist, "AC-12").contains(
        r#"<code class="rule-ref rule-waived" title="title of R-WAIVED">R-WAIVED</code>"#
    ));
    let pci = between(&page, r#"data-framework="PCI-DSS-4.0""#, "</details>");
    assert!(control(pci, "3.5.1").starts_with(r#" data-status="waived">"#));
    let clean = control(pci, "10.2.1");
    assert!(clean.starts_with(r#" data-status="pass">"#), "{clean}");
    assert!(clean
        .contains(r#"<code class="rule-ref rule-clean" title="title of R-CLEAN">R-CLEAN</code>"#));
    // Controls in the order people number them.
    assert!(pci.find(r#"data-control="3.5.1""#) < pci.find(r#"data-control="10.2.1""#));
}

#[test]
fn an_input_that_could_not_be_evaluated_makes_the_verdict_error_and_is_listed() {
    let d = Diagnostic::new(Code::ParseError, "broken.yaml", "mapping values <here>").at(3, 7);
    let page = html(&Owned::new(vec![], vec![d]));
    assert!(page.contains(r#"data-verdict="error""#));
    assert!(page.contains(">ERROR</span>"));
    assert!(page.contains("1 input could not be evaluated: the gate fails closed."));
    let section = between(&page, r#"<section id="not-evaluated""#, "</section>");
    assert!(section.contains(r#"<tr class="diagnostic" data-code="parse-error" data-file="broken.yaml"><td><code>broken.yaml:3</code></td>"#), "{section}");
    assert!(section.contains("mapping values &lt;here&gt;"));
    assert!(page.contains("1 input was not evaluated and is not covered."));
}

#[test]
fn the_gate_is_named_with_its_threshold() {
    let mut o = Owned::new(
        vec![finding(
            "R-1",
            "a.yaml",
            1,
            Level::Error,
            Severity::Medium,
            "m",
        )],
        vec![],
    );
    o.verdict = crate::verdict::decide(&o.scan.findings, &[], FailOn::High);
    let page = html(&o);
    assert!(page.contains(r#"data-verdict="pass" data-fail-on="high""#));
    assert!(page.contains(
        "Gate <code>--fail-on high</code>: any finding of severity high or above fails · exit code 0"
    ));
    assert!(!page.contains("fails gate</span>"));
}

#[test]
fn the_same_report_renders_to_the_same_bytes() {
    let make = || {
        let findings = (0..20)
            .map(|i| {
                finding(
                    &format!("R-{}", i % 4),
                    &format!("f{}.yaml", i % 3),
                    i + 1,
                    Level::Error,
                    Severity::High,
                    "m",
                )
            })
            .collect();
        let rules = (0..4)
            .map(|i| rule(&format!("R-{i}"), &[("NIST-800-53", &["AC-2", "SC-7"])]))
            .collect();
        with_rules(Owned::new(findings, vec![]), rules)
    };
    assert_eq!(html(&make()), html(&make()));
}

#[test]
fn rule_anchors_are_fragment_safe_and_unique() {
    let a = finding("A B", "x", 1, Level::Error, Severity::Low, "m");
    let b = finding("A_B", "x", 1, Level::Error, Severity::Low, "m");
    let open = vec![&a, &b];
    let anchors = rule_anchors(&open);
    assert_eq!(anchors["A B"], "rule-A_B");
    assert_eq!(anchors["A_B"], "rule-A_B-2");
    let _: &BTreeMap<&str, String> = &anchors;
}
