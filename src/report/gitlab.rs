//! `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`),
//! the Code Climate issue subset GitLab reads, for the merge request widget.
//!
//! - One issue per unsuppressed finding; suppressed findings are left out
//!   (they do not count, and the widget has no place for why).
//! - Our severities map one step apart onto GitLab's five: critical →
//!   `blocker`, high → `critical`, medium → `major`, low → `minor`, info → `info`.
//! - An input that could not be evaluated is an issue too (`check_name`
//!   `verdict/<code>`, severity `blocker`): a broken file must not look
//!   clean in the widget. Warnings about the run (an expiring waiver, an
//!   unknown rule id) are `info` issues; notes are left out.
//! - `fingerprint` is the finding's own (which survives edits elsewhere in
//!   the file, so GitLab can tell new issues from old); when two issues
//!   would share one, the later ones get a fingerprint derived from it and
//!   their rank, so each is unique as GitLab requires.

use std::collections::HashSet;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::Report;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{Finding, Severity};

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    ty: &'static str,
    check_name: String,
    description: String,
    categories: [&'static str; 1],
    severity: &'static str,
    fingerprint: String,
    location: Location<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content: Option<Content>,
    engine_name: &'static str,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: u32,
}

#[derive(Serialize)]
struct Content {
    body: String,
}

/// GitLab's severity for one of ours.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "blocker",
        Severity::High => "critical",
        Severity::Medium => "major",
        Severity::Low => "minor",
        Severity::Info => "info",
    }
}

pub fn render(report: &Report<'_>) -> String {
    let mut seen = HashSet::new();
    let mut issues = Vec::new();
    for f in report
        .scan
        .findings
        .iter()
        .filter(|f| f.suppression.is_none())
    {
        issues.push(finding(report, f, unique(&mut seen, &f.fingerprint)));
    }
    for d in &report.scan.diagnostics {
        let fp = unique(&mut seen, &diagnostic_fingerprint(d));
        issues.push(diagnostic(d, "blocker", "Bug Risk", fp));
    }
    let warnings = report
        .scan
        .warnings
        .iter()
        .filter(|d| report.options.report_unused_ignores || d.code != Code::UnusedIgnore);
    for d in warnings {
        let fp = unique(&mut seen, &diagnostic_fingerprint(d));
        issues.push(diagnostic(d, "info", "Clarity", fp));
    }
    let mut out = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

fn finding<'a>(report: &Report<'_>, f: &'a Finding, fingerprint: String) -> Issue<'a> {
    let rule = report.rules.get(&f.rule_id);
    let mut body = String::new();
    if let Some(title) = rule.and_then(|r| r.title.as_deref()) {
        if title != f.message {
            body.push_str(&format!("**{title}**\n\n"));
        }
    }
    if let Some(desc) = rule.and_then(|r| r.description.as_deref()) {
        body.push_str(&format!("{}\n\n", desc.trim()));
    }
    if let Some(res) = &f.resource {
        body.push_str(&format!("Resource: `{res}`\n\n"));
    }
    if let Some(rem) = f
        .remediation
        .as_deref()
        .or(rule.and_then(|r| r.remediation.as_deref()))
    {
        body.push_str(&format!("**Remediation:** {}\n\n", rem.trim()));
    }
    if let Some(url) = rule.and_then(|r| r.related_resources.first()) {
        body.push_str(&format!("More: <{url}>\n\n"));
    }
    Issue {
        ty: "issue",
        check_name: f.rule_id.clone(),
        description: format!("{}: {}", f.rule_id, f.message),
        categories: ["Security"],
        severity: severity(f.severity),
        fingerprint,
        location: Location {
            path: &f.file,
            lines: Lines {
                begin: f.line.max(1),
            },
        },
        content: (!body.is_empty()).then(|| Content {
            body: body.trim_end().to_string(),
        }),
        engine_name: "verdict",
    }
}

fn diagnostic<'a>(
    d: &'a Diagnostic,
    severity: &'static str,
    category: &'static str,
    fingerprint: String,
) -> Issue<'a> {
    let check = format!("verdict/{}", d.code.name());
    Issue {
        ty: "issue",
        description: format!("{check}: {}", d.message),
        check_name: check,
        categories: [category],
        severity,
        fingerprint,
        location: Location {
            path: &d.file,
            lines: Lines {
                begin: d.line.unwrap_or(1).max(1),
            },
        },
        content: Some(Content {
            body: format!("{}.", d.code.description()),
        }),
        engine_name: "verdict",
    }
}

/// Like a finding's: code, file and message, never the line.
fn diagnostic_fingerprint(d: &Diagnostic) -> String {
    crate::finding::fingerprint(
        &format!("verdict/{}", d.code.name()),
        &d.file,
        "",
        &d.message,
    )
}

/// `base`, or for a repeat of it, a hash of `base` and the repeat's rank.
fn unique(seen: &mut HashSet<String>, base: &str) -> String {
    let mut candidate = base.to_string();
    let mut n = 1u32;
    while !seen.insert(candidate.clone()) {
        let digest = Sha256::digest(format!("{base}\0{n}").as_bytes());
        candidate = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Level, Suppression, SuppressionKind};
    use crate::report::fixture::{finding, Owned};

    fn issues(o: &Owned) -> Vec<serde_json::Value> {
        serde_json::from_str(&render(&o.report())).unwrap_or_default()
    }

    #[test]
    fn severities_map_onto_gitlabs_five_in_order() {
        let all = [
            Severity::Critical,
            Severity::High,
            Severity::Medium,
            Severity::Low,
            Severity::Info,
        ];
        let mapped: Vec<&str> = all.iter().map(|s| severity(*s)).collect();
        assert_eq!(mapped, ["blocker", "critical", "major", "minor", "info"]);
    }

    #[test]
    fn repeated_findings_get_unique_fingerprints_and_suppressed_are_left_out() {
        let a = finding("R-1", "a.yaml", 3, Level::Error, Severity::High, "same");
        let mut b = a.clone();
        b.line = 9;
        let mut c = a.clone();
        c.line = 12;
        let mut hidden = finding("R-2", "a.yaml", 4, Level::Error, Severity::Low, "x");
        hidden.suppression = Some(Suppression {
            kind: SuppressionKind::Inline,
            justification: "ok".into(),
            owner: None,
            expires: None,
            source: None,
        });
        let o = Owned::new(vec![a.clone(), b, c, hidden], vec![]);
        let got = issues(&o);
        assert_eq!(got.len(), 3);
        let fps: HashSet<&str> = got
            .iter()
            .filter_map(|i| i["fingerprint"].as_str())
            .collect();
        assert_eq!(fps.len(), 3);
        assert_eq!(got[0]["fingerprint"], a.fingerprint.as_str());
        assert_eq!(got[1]["location"]["lines"]["begin"], 9);
        assert_eq!(got[0]["severity"], "critical");
        assert_eq!(got[0]["check_name"], "R-1");
        assert_eq!(got[0]["categories"][0], "Security");
    }

    #[test]
    fn input_errors_are_blocker_issues() {
        let d = Diagnostic::new(Code::ParseError, "k8s/bad.yaml", "expected a mapping").at(7, 2);
        let o = Owned::new(vec![], vec![d.clone(), d]);
        let got = issues(&o);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0]["check_name"], "verdict/parse-error");
        assert_eq!(got[0]["severity"], "blocker");
        assert_eq!(got[0]["location"]["path"], "k8s/bad.yaml");
        assert_eq!(got[0]["location"]["lines"]["begin"], 7);
        assert_ne!(got[0]["fingerprint"], got[1]["fingerprint"]);
    }

    #[test]
    fn an_empty_report_is_an_empty_array() {
        let o = Owned::new(vec![], vec![]);
        assert_eq!(render(&o.report()), "[]\n");
    }
}
