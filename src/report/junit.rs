//! `--format junit`: JUnit XML for the test report views of GitLab, Jenkins
//! and Azure DevOps (schema: `schemas/junit.xsd`), written with `quick-junit`.
//!
//! One `<testsuite>` per rule, named by its id, because the rules are what
//! we know the whole of: every loaded rule is a suite, whether or not it
//! found anything, while the report holds no list of the files that were
//! clean. In a rule's suite:
//! - a finding that fails the gate is a `<failure>` testcase named
//!   `RULE-ID: resource (file:line)`; the text holds `file:line:column`, the
//!   message, the resource and the remediation;
//! - a finding below the gate (a warning under `--fail-on error`) and a
//!   suppressed finding are `<skipped>` testcases saying why, so the
//!   failure count is the verdict's count of failing findings;
//! - a rule with no finding at all is one passing testcase.
//!
//! A last suite, `verdict`, holds an `<error>` testcase per input that
//! could not be evaluated (or one passing testcase naming how many files
//! were), and the run's warnings and notes as `<system-out>`.

use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};

use super::Report;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::Finding;

/// The suite that holds the run's own results.
const RUN_SUITE: &str = "verdict";

pub fn render(report: &Report<'_>) -> String {
    let mut junit = Junit::new("verdict");
    let findings = &report.scan.findings;
    let mut ids: Vec<&str> = report.rules.keys().map(String::as_str).collect();
    let mut extra: Vec<&str> = findings
        .iter()
        .map(|f| f.rule_id.as_str())
        .filter(|id| !report.rules.contains_key(*id))
        .collect();
    extra.sort_unstable();
    extra.dedup();
    ids.extend(extra);
    for id in ids {
        let mut suite = TestSuite::new(id);
        let mine: Vec<&Finding> = findings.iter().filter(|f| f.rule_id == id).collect();
        if mine.is_empty() {
            let mut case = TestCase::new(format!("{id}: no findings"), TestCaseStatus::success());
            case.set_classname(id);
            suite.add_test_case(case);
        }
        for f in mine {
            suite.add_test_case(finding(report, f));
        }
        junit.add_test_suite(suite);
    }
    junit.add_test_suite(run_suite(report));
    let mut out = junit.to_string().unwrap_or_default();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// `RULE-ID: resource (file:line)`, or `RULE-ID: file:line` without a resource.
fn case_name(f: &Finding) -> String {
    match &f.resource {
        Some(r) => format!("{}: {r} ({}:{})", f.rule_id, f.file, f.line),
        None => format!("{}: {}:{}", f.rule_id, f.file, f.line),
    }
}

fn finding(report: &Report<'_>, f: &Finding) -> TestCase {
    let mut text = format!(
        "{}:{}:{}\n{} [{}, {}]: {}\n",
        f.file,
        f.line,
        f.column,
        f.rule_id,
        f.severity.name(),
        f.level.name(),
        f.message
    );
    if let Some(r) = &f.resource {
        text.push_str(&format!("resource: {r}\n"));
    }
    if let Some(m) = &f.module {
        text.push_str(&format!("module: {m}\n"));
    }
    if let Some(t) = &f.source_template {
        text.push_str(&format!("template: {t}\n"));
    }
    let remediation = f.remediation.as_deref().or(report
        .rules
        .get(&f.rule_id)
        .and_then(|r| r.remediation.as_deref()));
    if let Some(rem) = remediation {
        text.push_str(&format!("remediation: {}\n", rem.trim()));
    }
    let status = if let Some(s) = &f.suppression {
        let mut why = format!("suppressed ({}): {}", s.kind.name(), s.justification);
        if let Some(o) = &s.owner {
            why.push_str(&format!("; owner {o}"));
        }
        if let Some(e) = &s.expires {
            why.push_str(&format!("; expires {e}"));
        }
        if let Some(src) = &s.source {
            why.push_str(&format!("; [{src}]"));
        }
        let mut st = TestCaseStatus::skipped();
        st.set_message(why)
            .set_type("suppressed")
            .set_description(text);
        st
    } else if report.verdict.fail_on.fails(f) {
        let mut st = TestCaseStatus::non_success(NonSuccessKind::Failure);
        st.set_message(f.message.as_str())
            .set_type(f.severity.name())
            .set_description(text);
        st
    } else {
        let mut st = TestCaseStatus::skipped();
        st.set_message(format!(
            "does not fail the gate (--fail-on {}): {}",
            report.verdict.fail_on.name(),
            f.message
        ))
        .set_type("below-gate")
        .set_description(text);
        st
    };
    let mut case = TestCase::new(case_name(f), status);
    case.set_classname(f.rule_id.as_str());
    case.extra.insert("file".into(), f.file.as_str().into());
    case
}

fn run_suite(report: &Report<'_>) -> TestSuite {
    let scan = report.scan;
    let mut suite = TestSuite::new(RUN_SUITE);
    if scan.diagnostics.is_empty() {
        let mut case = TestCase::new(
            format!(
                "{RUN_SUITE}: {} files, {} documents evaluated",
                scan.files, scan.documents
            ),
            TestCaseStatus::success(),
        );
        case.set_classname(RUN_SUITE);
        suite.add_test_case(case);
    }
    for d in &scan.diagnostics {
        suite.add_test_case(input_error(d));
    }
    let mut log = String::new();
    let warnings = scan
        .warnings
        .iter()
        .filter(|d| report.options.report_unused_ignores || d.code != Code::UnusedIgnore);
    for d in warnings {
        log.push_str(&format!("warning: {d}\n"));
    }
    for d in &scan.notes {
        log.push_str(&format!("note: {d}\n"));
    }
    if !log.is_empty() {
        suite.set_system_out(log);
    }
    suite
}

fn input_error(d: &Diagnostic) -> TestCase {
    let place = match d.line {
        Some(line) => format!("{}:{line}", d.file),
        None => d.file.clone(),
    };
    let mut st = TestCaseStatus::non_success(NonSuccessKind::Error);
    st.set_message(d.message.as_str())
        .set_type(d.code.name())
        .set_description(format!("{d}\n{}: not evaluated\n", d.code.description()));
    let mut case = TestCase::new(format!("verdict/{}: {place}", d.code.name()), st);
    case.set_classname(RUN_SUITE);
    case.extra.insert("file".into(), d.file.as_str().into());
    case
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Level, Severity, Suppression, SuppressionKind};
    use crate::report::fixture::{finding, Owned};

    fn xml(o: &Owned) -> String {
        render(&o.report())
    }

    #[test]
    fn failures_match_the_gate_and_the_rest_is_skipped_with_why() {
        let mut deny = finding(
            "R-1",
            "a.yaml",
            4,
            Level::Error,
            Severity::High,
            "bad <thing> & co",
        );
        deny.resource = Some("Deployment/web".into());
        let warn = finding("R-2", "a.yaml", 6, Level::Warning, Severity::Medium, "meh");
        let mut waived = finding("R-1", "b.yaml", 2, Level::Error, Severity::High, "bad");
        waived.suppression = Some(Suppression {
            kind: SuppressionKind::Waiver,
            justification: "vendor image".into(),
            owner: Some("team-a".into()),
            expires: Some("2031-01-01".into()),
            source: None,
        });
        let o = Owned::new(vec![deny, warn, waived], vec![]);
        let out = xml(&o);
        assert!(out.starts_with("<?xml"), "{out}");
        assert!(
            out.contains(r#"<testsuite name="R-1" tests="2" skipped="1" errors="0" failures="1">"#),
            "{out}"
        );
        assert!(
            out.contains(r#"name="R-1: Deployment/web (a.yaml:4)""#),
            "{out}"
        );
        assert!(out.contains("bad &lt;thing&gt; &amp; co"), "{out}");
        assert!(out.contains("a.yaml:4:3\n"), "{out}");
        assert!(
            out.contains(
                r#"message="suppressed (waiver): vendor image; owner team-a; expires 2031-01-01""#
            ),
            "{out}"
        );
        assert!(
            out.contains(r#"message="does not fail the gate (--fail-on error): meh""#),
            "{out}"
        );
        assert!(out.contains(r#"failures="1" errors="0""#), "{out}");
    }

    #[test]
    fn input_errors_are_error_testcases_and_a_clean_run_counts_files() {
        let d = Diagnostic::new(Code::ParseError, "x.yaml", "bad indent").at(3, 1);
        let out = xml(&Owned::new(vec![], vec![d]));
        assert!(out.contains(r#"<testcase name="verdict/parse-error: x.yaml:3" classname="verdict" file="x.yaml">"#), "{out}");
        assert!(
            out.contains(r#"<error message="bad indent" type="parse-error">"#),
            "{out}"
        );
        let clean = xml(&Owned::new(vec![], vec![]));
        assert!(
            clean.contains(r#"name="verdict: 3 files, 0 documents evaluated""#),
            "{clean}"
        );
    }
}
