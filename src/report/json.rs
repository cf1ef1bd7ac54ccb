//! `--format json`: the versioned machine format (schema:
//! `schemas/verdict-report-v1.schema.json`). These types are the contract;
//! internal types may change, these may not without a new version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Report;
use crate::diagnostic::Diagnostic;
use crate::finding::{CallSite, Finding, Level, Severity, Suppression};
use crate::kind::Kind;
use crate::policy::{Provenance, Rule};
use crate::scan::InputDigest;
use crate::shard::Shard;
use crate::suppress::WaiverUse;
use crate::verdict::{FailOn, Outcome};

pub const SCHEMA_VERSION: &str = "1";

/// The report as written and as `verdict merge` reads it back. Written
/// with findings borrowed from the scan (a copy of tens of thousands of
/// findings would double the memory a large report needs).
#[derive(Serialize, Deserialize)]
pub struct JsonReport<F = FindingV1> {
    pub version: String,
    pub tool: Tool,
    pub verdict: VerdictV1,
    pub summary: Summary,
    pub findings: Vec<F>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
    /// What was passed over and how to scan it instead.
    #[serde(default)]
    pub notes: Vec<Diagnostic>,
    /// The folder paths are relative to (absolute).
    #[serde(default)]
    pub root: Option<String>,
    /// The share of the inputs this report covers (`scan --shard K/N`).
    #[serde(default)]
    pub shard: Option<Shard>,
    /// A digest of the paths, excludes, Terraform inputs, waivers and
    /// baseline the scan ran with: shards of one scan share it.
    #[serde(default)]
    pub scope: Option<String>,
    /// Every rule the scan ran, with its METADATA: what a merged report
    /// needs to describe them as the unsharded scan would. Only in a
    /// shard's report (it is most of the size of a small scan's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// How each waiver was used: what a merge needs to say, across shards,
    /// which waivers expired, went unused or expire soon.
    #[serde(default)]
    pub waivers: Vec<WaiverUse>,
    /// Which policies ran: their digest and bundles (revision, digest, signature).
    #[serde(default)]
    pub policy: Option<Provenance>,
    /// Each input file's SHA-256, when the scan recorded them (shards, and
    /// scans with `--audit-log`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<InputDigest>,
}

#[derive(Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Serialize, Deserialize)]
pub struct VerdictV1 {
    pub result: Outcome,
    pub exit_code: i32,
    pub fail_on: FailOn,
}

#[derive(Serialize, Deserialize)]
pub struct Summary {
    pub files: usize,
    pub documents: usize,
    pub skipped: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub suppressed: usize,
    pub failing: usize,
    pub input_errors: usize,
    #[serde(default)]
    pub skipped_reasons: BTreeMap<String, usize>,
}

#[derive(Serialize, Deserialize)]
pub struct FindingV1 {
    pub rule_id: String,
    pub title: Option<String>,
    pub query: String,
    pub level: Level,
    pub severity: Severity,
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub kind: Kind,
    pub document: usize,
    pub path: Option<String>,
    pub resource: Option<String>,
    pub remediation: Option<String>,
    pub frameworks: BTreeMap<String, Vec<String>>,
    pub fingerprint: String,
    /// The source line the finding points at.
    #[serde(default)]
    pub snippet: Option<String>,
    pub suppressed: Option<Suppression>,
    pub properties: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub module: Option<String>,
    #[serde(default)]
    pub call_chain: Vec<CallSite>,
    #[serde(default)]
    pub source_template: Option<String>,
}

/// A [`FindingV1`] as written: the same fields, borrowed.
#[derive(Serialize)]
struct FindingOut<'a> {
    rule_id: &'a str,
    title: Option<&'a str>,
    query: &'a str,
    level: Level,
    severity: Severity,
    message: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    kind: Kind,
    document: usize,
    path: &'a Option<String>,
    resource: &'a Option<String>,
    remediation: &'a Option<String>,
    frameworks: &'a BTreeMap<String, Vec<String>>,
    fingerprint: &'a str,
    snippet: &'a Option<String>,
    suppressed: &'a Option<Suppression>,
    properties: &'a serde_json::Map<String, serde_json::Value>,
    module: &'a Option<String>,
    call_chain: &'a [CallSite],
    source_template: &'a Option<String>,
}

impl<'a> FindingOut<'a> {
    fn new(f: &'a Finding, title: Option<&'a str>) -> FindingOut<'a> {
        FindingOut {
            rule_id: &f.rule_id,
            title,
            query: &f.query,
            level: f.level,
            severity: f.severity,
            message: &f.message,
            file: &f.file,
            line: f.line,
            column: f.column,
            kind: f.kind,
            document: f.document,
            path: &f.path,
            resource: &f.resource,
            remediation: &f.remediation,
            frameworks: &f.frameworks,
            fingerprint: &f.fingerprint,
            snippet: &f.snippet,
            suppressed: &f.suppression,
            properties: &f.properties,
            module: &f.module,
            call_chain: &f.call_chain,
            source_template: &f.source_template,
        }
    }
}

impl FindingV1 {
    /// The finding this entry was written from.
    pub fn into_finding(self) -> Finding {
        Finding {
            rule_id: self.rule_id,
            query: self.query,
            level: self.level,
            severity: self.severity,
            message: self.message,
            file: self.file,
            line: self.line,
            column: self.column,
            kind: self.kind,
            document: self.document,
            path: self.path,
            resource: self.resource,
            remediation: self.remediation,
            frameworks: self.frameworks,
            fingerprint: self.fingerprint,
            snippet: self.snippet,
            suppression: self.suppressed,
            properties: self.properties,
            module: self.module,
            call_chain: self.call_chain,
            source_template: self.source_template,
        }
    }
}

pub fn render(report: &Report<'_>) -> String {
    let v = report.verdict;
    let s = report.scan;
    let doc = JsonReport {
        version: SCHEMA_VERSION.to_owned(),
        tool: Tool {
            name: "verdict".to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        },
        verdict: VerdictV1 {
            result: v.outcome,
            exit_code: v.outcome.exit_code(),
            fail_on: v.fail_on,
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
            skipped_reasons: s
                .skipped
                .iter()
                .map(|(why, n)| (why.name().to_owned(), *n))
                .collect(),
        },
        findings: s
            .findings
            .iter()
            .map(|f| {
                let title = report
                    .rules
                    .get(&f.rule_id)
                    .and_then(|r| r.title.as_deref());
                FindingOut::new(f, title)
            })
            .collect(),
        errors: s.diagnostics.clone(),
        warnings: s.warnings.clone(),
        notes: s.notes.clone(),
        root: Some(s.root.to_string_lossy().into_owned()),
        shard: s.shard,
        scope: s.scope.clone(),
        rules: match s.shard {
            Some(_) => report.rules.values().cloned().collect(),
            None => Vec::new(),
        },
        waivers: s.waivers.clone(),
        policy: s.policy.clone(),
        inputs: s.inputs.clone(),
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
