//! `--format json`: the versioned machine format (schema:
//! `schemas/verdict-report-v1.schema.json`). These types are the contract;
//! internal types may change, these may not without a new version.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Report;

pub const SCHEMA_VERSION: &str = "1";

#[derive(Serialize)]
struct JsonReport<'a> {
    version: &'static str,
    tool: Tool,
    verdict: VerdictV1<'a>,
    summary: Summary<'a>,
    findings: Vec<FindingV1<'a>>,
    errors: Vec<ErrorV1<'a>>,
    warnings: Vec<ErrorV1<'a>>,
    /// What was passed over and how to scan it instead.
    notes: Vec<ErrorV1<'a>>,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct VerdictV1<'a> {
    result: &'a str,
    exit_code: i32,
    fail_on: &'a str,
}

#[derive(Serialize)]
struct Summary<'a> {
    files: usize,
    documents: usize,
    skipped: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    suppressed: usize,
    failing: usize,
    input_errors: usize,
    skipped_reasons: BTreeMap<&'a str, usize>,
}

#[derive(Serialize)]
struct FindingV1<'a> {
    rule_id: &'a str,
    title: Option<&'a str>,
    query: &'a str,
    level: &'a str,
    severity: &'a str,
    message: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    kind: &'a str,
    document: usize,
    path: Option<&'a str>,
    resource: Option<&'a str>,
    remediation: Option<&'a str>,
    frameworks: &'a BTreeMap<String, Vec<String>>,
    fingerprint: &'a str,
    suppressed: Option<SuppressionV1<'a>>,
    properties: &'a serde_json::Map<String, serde_json::Value>,
    module: Option<&'a str>,
    call_chain: &'a [crate::finding::CallSite],
    source_template: Option<&'a str>,
}

#[derive(Serialize)]
struct SuppressionV1<'a> {
    kind: &'a str,
    justification: &'a str,
    owner: Option<&'a str>,
    expires: Option<&'a str>,
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct ErrorV1<'a> {
    code: &'a str,
    file: &'a str,
    line: Option<u32>,
    column: Option<u32>,
    message: &'a str,
}

pub fn render(report: &Report<'_>) -> String {
    let v = report.verdict;
    let s = report.scan;
    let doc = JsonReport {
        version: SCHEMA_VERSION,
        tool: Tool {
            name: "verdict",
            version: env!("CARGO_PKG_VERSION"),
        },
        verdict: VerdictV1 {
            result: match v.outcome {
                crate::verdict::Outcome::Pass => "pass",
                crate::verdict::Outcome::Fail => "fail",
                crate::verdict::Outcome::Error => "error",
            },
            exit_code: v.outcome.exit_code(),
            fail_on: v.fail_on.name(),
        },
        summary: Summary {
            files: s.files,
            documents: s.documents,
            skipped: s.skipped_total(),
            findings: v.findings,
            errors: v.errors,
            warnings: v.warnings,
            suppressed: v.suppressed,
            failing: v.failing,
            input_errors: v.input_errors,
            skipped_reasons: s.skipped.iter().map(|(why, n)| (why.name(), *n)).collect(),
        },
        findings: s
            .findings
            .iter()
            .map(|f| FindingV1 {
                rule_id: &f.rule_id,
                title: report
                    .rules
                    .get(&f.rule_id)
                    .and_then(|r| r.title.as_deref()),
                query: &f.query,
                level: f.level.name(),
                severity: f.severity.name(),
                message: &f.message,
                file: &f.file,
                line: f.line,
                column: f.column,
                kind: f.kind.name(),
                document: f.document,
                path: f.path.as_deref(),
                resource: f.resource.as_deref(),
                remediation: f.remediation.as_deref(),
                frameworks: &f.frameworks,
                fingerprint: &f.fingerprint,
                suppressed: f.suppression.as_ref().map(|x| SuppressionV1 {
                    kind: x.kind.name(),
                    justification: &x.justification,
                    owner: x.owner.as_deref(),
                    expires: x.expires.as_deref(),
                    source: x.source.as_deref(),
                }),
                properties: &f.properties,
                module: f.module.as_deref(),
                call_chain: &f.call_chain,
                source_template: f.source_template.as_deref(),
            })
            .collect(),
        errors: s.diagnostics.iter().map(error_v1).collect(),
        warnings: s.warnings.iter().map(error_v1).collect(),
        notes: s.notes.iter().map(error_v1).collect(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

fn error_v1(d: &crate::diagnostic::Diagnostic) -> ErrorV1<'_> {
    ErrorV1 {
        code: d.code.name(),
        file: &d.file,
        line: d.line,
        column: d.column,
        message: &d.message,
    }
}
