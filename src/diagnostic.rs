//! The engine's own messages — unreadable input, syntax errors, policy
//! errors — each with a typed code, a place and a cause.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The file could not be read (permissions, not UTF-8, a directory…).
    ReadError,
    /// The file is larger than `--max-file-size`.
    TooLarge,
    /// The text is not valid for its syntax.
    ParseError,
    /// A file named explicitly has no detectable kind.
    UnknownKind,
    /// A policy failed while evaluating an input.
    PolicyError,
    /// A policy ran past the per-document time limit.
    Timeout,
    /// A policy returned a result verdict cannot use (no message, bad severity…).
    BadResult,
    /// A YAML tag with no meaning for the input's kind (a warning).
    UnknownTag,
    /// An inline ignore that suppresses nothing (a warning).
    UnusedIgnore,
    /// A waiver that suppresses nothing (a warning).
    UnusedWaiver,
    /// A waiver past its `expires` date: its findings count again (a warning).
    WaiverExpired,
    /// A waiver that expires soon (a warning).
    WaiverExpiring,
    /// A rule id in the configuration that no loaded rule has (a warning).
    UnknownRule,
    /// A symbolic link whose targets loop (a warning; it is not followed).
    SymlinkLoop,
    /// A Helm chart's templates, passed over: only `helm template` renders them (a note).
    HelmChart,
    /// Terraform evaluation stopped short somewhere: a limit, a cycle of calls (a warning).
    TerraformLimit,
}

impl Code {
    pub const ALL: [Code; 16] = [
        Code::ReadError,
        Code::TooLarge,
        Code::ParseError,
        Code::UnknownKind,
        Code::PolicyError,
        Code::Timeout,
        Code::BadResult,
        Code::UnknownTag,
        Code::UnusedIgnore,
        Code::UnusedWaiver,
        Code::WaiverExpired,
        Code::WaiverExpiring,
        Code::UnknownRule,
        Code::SymlinkLoop,
        Code::HelmChart,
        Code::TerraformLimit,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Code::ReadError => "read-error",
            Code::TooLarge => "too-large",
            Code::ParseError => "parse-error",
            Code::UnknownKind => "unknown-kind",
            Code::PolicyError => "policy-error",
            Code::Timeout => "timeout",
            Code::BadResult => "bad-result",
            Code::UnknownTag => "unknown-tag",
            Code::UnusedIgnore => "unused-ignore",
            Code::UnusedWaiver => "unused-waiver",
            Code::WaiverExpired => "waiver-expired",
            Code::WaiverExpiring => "waiver-expiring",
            Code::UnknownRule => "unknown-rule",
            Code::SymlinkLoop => "symlink-loop",
            Code::HelmChart => "helm-chart",
            Code::TerraformLimit => "terraform-limit",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            Code::ReadError => "an input file could not be read",
            Code::TooLarge => "an input file is larger than the configured limit",
            Code::ParseError => "an input file is not valid for its syntax",
            Code::UnknownKind => "the kind of an input file could not be detected",
            Code::PolicyError => "a policy failed while evaluating an input",
            Code::Timeout => "a policy exceeded the per-document time limit",
            Code::BadResult => "a policy returned a result of the wrong shape",
            Code::UnknownTag => "a YAML tag has no meaning for this kind and was dropped",
            Code::UnusedIgnore => "an inline ignore matches no finding",
            Code::UnusedWaiver => "a waiver matches no finding",
            Code::WaiverExpired => "a waiver has expired; its findings count again",
            Code::WaiverExpiring => "a waiver expires soon",
            Code::UnknownRule => "the configuration names a rule id that no policy defines",
            Code::SymlinkLoop => "a symbolic link loops back on itself and was not followed",
            Code::HelmChart => {
                "a Helm chart's templates were not evaluated; scan its rendered output"
            }
            Code::TerraformLimit => {
                "Terraform evaluation stopped short (a limit, a cycle of calls); the rest is unknown"
            }
        }
    }
}

/// A message about an input or a policy. As an error (the usual case) it
/// stopped something from being evaluated and makes the run exit 2: a gate
/// fails closed. As a warning it is only reported.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Diagnostic {
    pub code: Code,
    /// Relative to the scan root, like findings; `-` for stdin.
    pub file: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(code: Code, file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, line: u32, column: u32) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {} [{}]", self.message, self.code.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON report's schema lists every code a report can carry.
    #[test]
    fn the_report_schema_knows_every_code() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../schemas/verdict-report-v1.schema.json"))
                .unwrap_or_default();
        let listed = &schema["definitions"]["error"]["properties"]["code"]["enum"];
        for code in Code::ALL {
            assert!(
                listed
                    .as_array()
                    .is_some_and(|l| l.iter().any(|c| c == code.name())),
                "{} is missing from the schema",
                code.name()
            );
        }
    }
}
