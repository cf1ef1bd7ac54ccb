//! What a scan produces: findings with their rule, place and fingerprint.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::kind::Kind;

/// How bad a finding is, from the rule's METADATA or the result itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const NAMES: &'static str = "critical, high, medium, low, info";

    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "critical" => Some(Severity::Critical),
            "high" => Some(Severity::High),
            "medium" => Some(Severity::Medium),
            "low" => Some(Severity::Low),
            "info" | "informational" => Some(Severity::Info),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    /// GitHub code scanning's `security-severity` score for this level.
    pub fn score(self) -> &'static str {
        match self {
            Severity::Critical => "9.5",
            Severity::High => "8.0",
            Severity::Medium => "5.5",
            Severity::Low => "3.0",
            Severity::Info => "0.0",
        }
    }
}

/// deny/violation rules produce errors, warn rules warnings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warning,
    Error,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }

    /// The severity a rule gets when its METADATA names none: an unannotated
    /// deny must still fail a `--fail-on high` gate, a warn should not.
    pub fn default_severity(self) -> Severity {
        match self {
            Level::Error => Severity::High,
            Level::Warning => Severity::Medium,
        }
    }
}

/// Why a finding does not count toward the gate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suppression {
    pub kind: SuppressionKind,
    pub justification: String,
    pub owner: Option<String>,
    /// `YYYY-MM-DD`, for waivers.
    pub expires: Option<String>,
    /// Where the suppression is written (`file:line`, or the baseline file).
    pub source: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SuppressionKind {
    /// A conftest-style `exception` rule in the policy itself.
    Exception,
    /// A `# verdict:ignore[ID] reason` comment in the input.
    Inline,
    /// An entry of a waivers file.
    Waiver,
    /// A fingerprint recorded in a baseline.
    Baseline,
}

impl SuppressionKind {
    pub fn name(self) -> &'static str {
        match self {
            SuppressionKind::Exception => "exception",
            SuppressionKind::Inline => "inline",
            SuppressionKind::Waiver => "waiver",
            SuppressionKind::Baseline => "baseline",
        }
    }

    /// SARIF's two kinds: written in the analysed source, or kept elsewhere.
    pub fn in_source(self) -> bool {
        matches!(self, SuppressionKind::Exception | SuppressionKind::Inline)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule_id: String,
    /// `data.<package>.<rule>`: where the result came from.
    pub query: String,
    pub level: Level,
    pub severity: Severity,
    pub message: String,
    /// Relative to the scan root, `/`-separated.
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub kind: Kind,
    /// Index of the document in its file (YAML stream, JSON Lines record).
    pub document: usize,
    /// The JSON Pointer the result's `path` resolved to, when it gave one.
    pub path: Option<String>,
    pub resource: Option<String>,
    pub remediation: Option<String>,
    pub frameworks: BTreeMap<String, Vec<String>>,
    pub fingerprint: String,
    /// The source line the finding points at, for reports that show it.
    pub snippet: Option<String>,
    pub suppression: Option<Suppression>,
    /// Extra fields of an object result, kept for machine formats.
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// The Terraform module instance the finding is in (`module.db`), when
    /// not the root module.
    pub module: Option<String>,
    /// The module calls from the root module down to that instance.
    pub call_chain: Vec<CallSite>,
    /// The Helm chart template a rendered document came from (its
    /// `# Source:` comment).
    pub source_template: Option<String>,
}

/// A module call on the way to a finding: the instance it creates and the
/// `module` block that creates it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallSite {
    pub module: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
}

/// A hash of rule id, file, the thing the finding is about and the message.
/// Never the line: a fingerprint must survive edits elsewhere in the file.
pub fn fingerprint(rule_id: &str, file: &str, locator: &str, message: &str) -> String {
    let mut h = Sha256::new();
    for part in [rule_id, file, locator, &normalize(message)] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whitespace differences are reformatting, not a different finding.
fn normalize(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Deterministic report order: file, line, column, rule, message.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.rule_id, &a.message)
            .cmp(&(&b.file, b.line, b.column, &b.rule_id, &b.message))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_whitespace_but_not_identity() {
        let a = fingerprint(
            "VD-K8S-001",
            "k8s/a.yaml",
            "Deployment/web",
            "privileged  container",
        );
        let b = fingerprint(
            "VD-K8S-001",
            "k8s/a.yaml",
            "Deployment/web",
            "privileged container",
        );
        let c = fingerprint(
            "VD-K8S-001",
            "k8s/a.yaml",
            "Deployment/api",
            "privileged container",
        );
        let d = fingerprint(
            "VD-K8S-002",
            "k8s/a.yaml",
            "Deployment/web",
            "privileged container",
        );
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_eq!(a.len(), 32);
    }

    #[test]
    fn severities_parse_and_order() {
        assert_eq!(Severity::parse("HIGH"), Some(Severity::High));
        assert_eq!(Severity::parse("severe"), None);
        assert!(Severity::Critical > Severity::High && Severity::Low > Severity::Info);
    }
}
