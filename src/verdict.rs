//! The gate: which findings count against `--fail-on`, and the exit code.

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::finding::{Finding, Level, Severity};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// Any deny/violation finding fails (the default).
    Error,
    /// Warn findings fail too.
    Warning,
    Critical,
    High,
    Medium,
    Low,
    /// Report only; findings never fail the gate (input errors still do).
    Never,
}

impl FailOn {
    pub fn name(self) -> &'static str {
        match self {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Critical => "critical",
            FailOn::High => "high",
            FailOn::Medium => "medium",
            FailOn::Low => "low",
            FailOn::Never => "never",
        }
    }

    /// Does this unsuppressed finding fail the gate?
    pub fn fails(self, f: &Finding) -> bool {
        let at_least = |s: Severity| f.severity >= s;
        match self {
            FailOn::Error => f.level == Level::Error,
            FailOn::Warning => true,
            FailOn::Critical => at_least(Severity::Critical),
            FailOn::High => at_least(Severity::High),
            FailOn::Medium => at_least(Severity::Medium),
            FailOn::Low => at_least(Severity::Low),
            FailOn::Never => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Pass,
    Fail,
    /// Some input could not be evaluated: never a pass.
    Error,
}

impl Outcome {
    pub fn exit_code(self) -> i32 {
        match self {
            Outcome::Pass => 0,
            Outcome::Fail => 1,
            Outcome::Error => 2,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Pass => "PASS",
            Outcome::Fail => "FAIL",
            Outcome::Error => "ERROR",
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Verdict {
    pub outcome: Outcome,
    pub fail_on: FailOn,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub suppressed: usize,
    /// Unsuppressed findings at or above `fail_on`.
    pub failing: usize,
    /// Inputs or policies that could not be evaluated.
    pub input_errors: usize,
}

pub fn decide(findings: &[Finding], diagnostics: &[Diagnostic], fail_on: FailOn) -> Verdict {
    let active = || findings.iter().filter(|f| f.suppression.is_none());
    let failing = active().filter(|f| fail_on.fails(f)).count();
    let outcome = if !diagnostics.is_empty() {
        Outcome::Error
    } else if failing > 0 {
        Outcome::Fail
    } else {
        Outcome::Pass
    };
    Verdict {
        outcome,
        fail_on,
        findings: findings.len(),
        errors: active().filter(|f| f.level == Level::Error).count(),
        warnings: active().filter(|f| f.level == Level::Warning).count(),
        suppressed: findings.len() - active().count(),
        failing,
        input_errors: diagnostics.len(),
    }
}
