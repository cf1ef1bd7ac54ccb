//! `--format github`: GitHub Actions workflow commands, which the runner
//! turns into annotations on the files (`::error file=…,line=…::message`).
//!
//! GitHub shows at most 10 error, 10 warning and 10 notice annotations per
//! step (and 50 per job); the rest are dropped without a word. So the most
//! severe are annotated first — input errors, then error findings by
//! severity, then warnings, then notes — up to those limits, and when some
//! are left over a notice says how many and where the full list is (the
//! plain lines that follow, and the SARIF report in code scanning).
//! Suppressed findings are not annotated. The last line is the verdict.
//!
//! Escaping is @actions/core's (`command.ts`): the message escapes `%`,
//! CR and LF; property values also escape `:` and `,`. Plain lines are
//! escaped like messages, so no text a user wrote can start a command.

use std::fmt::Write;

use super::Report;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{Finding, Level};
use crate::verdict::Outcome;

/// Annotations of one kind GitHub shows for a step.
pub const PER_KIND: usize = 10;

/// A workflow command's message (`escapeData`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value (`escapeProperty`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation, before it is written out.
struct Annotation {
    command: &'static str,
    file: Option<String>,
    line: Option<u32>,
    col: Option<u32>,
    title: String,
    message: String,
}

impl Annotation {
    fn command(&self) -> String {
        let mut props = Vec::new();
        if let Some(f) = &self.file {
            props.push(format!("file={}", escape_property(f)));
        }
        if let Some(l) = self.line {
            props.push(format!("line={l}"));
        }
        if let Some(c) = self.col {
            props.push(format!("col={c}"));
        }
        props.push(format!("title={}", escape_property(&self.title)));
        format!(
            "::{} {}::{}",
            self.command,
            props.join(","),
            escape_data(&self.message)
        )
    }

    /// The same, as a line the runner leaves alone.
    fn plain(&self) -> String {
        let mut place = self.file.clone().unwrap_or_default();
        if let Some(l) = self.line {
            let _ = write!(place, ":{l}");
            if let Some(c) = self.col {
                let _ = write!(place, ":{c}");
            }
        }
        escape_data(&format!(
            "verdict: {} {place} [{}] {}",
            self.command, self.title, self.message
        ))
    }
}

fn finding(f: &Finding) -> Annotation {
    let mut message = format!("{} ({})", f.message, f.severity.name());
    if let Some(r) = &f.resource {
        let _ = write!(message, "\nResource: {r}");
    }
    if let Some(rem) = &f.remediation {
        let _ = write!(message, "\nRemediation: {}", rem.trim());
    }
    Annotation {
        command: match f.level {
            Level::Error => "error",
            Level::Warning => "warning",
        },
        file: Some(f.file.clone()),
        line: Some(f.line.max(1)),
        col: Some(f.column.max(1)),
        title: f.rule_id.clone(),
        message,
    }
}

fn diagnostic(d: &Diagnostic, command: &'static str) -> Annotation {
    Annotation {
        command,
        // Stdin has no file to annotate.
        file: (d.file != "-").then(|| d.file.clone()),
        line: d.line.map(|l| l.max(1)),
        col: d.line.and(d.column).map(|c| c.max(1)),
        title: format!("verdict/{}", d.code.name()),
        message: d.message.clone(),
    }
}

pub fn render(report: &Report<'_>) -> String {
    let scan = report.scan;
    let ranked = super::most_severe_first(report);
    let mut errors: Vec<Annotation> = scan
        .diagnostics
        .iter()
        .map(|d| diagnostic(d, "error"))
        .collect();
    errors.extend(
        ranked
            .iter()
            .filter(|f| f.level == Level::Error)
            .map(|f| finding(f)),
    );
    let mut warnings: Vec<Annotation> = ranked
        .iter()
        .filter(|f| f.level == Level::Warning)
        .map(|f| finding(f))
        .collect();
    warnings.extend(
        scan.warnings
            .iter()
            .filter(|d| report.options.report_unused_ignores || d.code != Code::UnusedIgnore)
            .map(|d| diagnostic(d, "warning")),
    );
    let notices: Vec<Annotation> = scan.notes.iter().map(|d| diagnostic(d, "notice")).collect();

    let overflows = errors.len() > PER_KIND || warnings.len() > PER_KIND;
    // The summary notice needs a notice slot of its own.
    let notice_room = if overflows || notices.len() > PER_KIND {
        PER_KIND - 1
    } else {
        PER_KIND
    };
    let mut out = String::new();
    let mut left: Vec<&Annotation> = Vec::new();
    for (group, room) in [
        (&errors, PER_KIND),
        (&warnings, PER_KIND),
        (&notices, notice_room),
    ] {
        for a in group.iter().take(room) {
            out.push_str(&a.command());
            out.push('\n');
        }
        left.extend(group.iter().skip(room));
    }
    if !left.is_empty() {
        let more = |n: usize, one: &str| match n {
            0 => None,
            1 => Some(format!("1 {one}")),
            _ => Some(format!("{n} {one}s")),
        };
        let count = |c: &str| left.iter().filter(|a| a.command == c).count();
        let parts: Vec<String> = [
            more(count("error"), "error"),
            more(count("warning"), "warning"),
            more(count("notice"), "notice"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let _ = writeln!(
            out,
            "::notice title=verdict::{}",
            escape_data(&format!(
                "Not annotated: {} (GitHub shows {PER_KIND} annotations of each kind per step). \
                 They are listed in this step's log below, and in full in the SARIF report \
                 (`--format sarif=FILE`, uploaded to code scanning).",
                parts.join(", ")
            ))
        );
        for a in left {
            out.push_str(&a.plain());
            out.push('\n');
        }
    }
    out.push_str(&summary(report));
    out.push('\n');
    out
}

fn summary(report: &Report<'_>) -> String {
    let label = match report.verdict.outcome {
        Outcome::Pass => "PASS",
        Outcome::Fail => "FAIL",
        Outcome::Error => "ERROR",
    };
    format!("verdict: {label} — {}", super::counts(report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::report::fixture::{finding as fx, Owned};

    #[test]
    fn escaping_is_the_toolkits() {
        assert_eq!(escape_data("50% a:b,c\r\nnext"), "50%25 a:b,c%0D%0Anext");
        assert_eq!(
            escape_property("50% a:b,c\r\nnext"),
            "50%25 a%3Ab%2Cc%0D%0Anext"
        );
        // `%` first, so an escape already in the text is not undone by a reader.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn a_finding_is_one_command_with_escaped_properties_and_message() {
        let f = fx(
            "R:1,x",
            "dir,a/b:c%.yaml",
            7,
            Level::Error,
            Severity::High,
            "100% bad\n::error::injected",
        );
        let out = render(&Owned::new(vec![f], vec![]).report());
        let first = out.lines().next().unwrap_or_default();
        assert_eq!(
            first,
            "::error file=dir%2Ca/b%3Ac%25.yaml,line=7,col=3,title=R%3A1%2Cx::100%25 bad%0A::error::injected (high)"
        );
        assert!(out.lines().all(|l| !l.starts_with("::error::")), "{out}");
        assert!(
            out.ends_with(
                "verdict: FAIL — 3 files, 1 finding: 1 error, 0 warnings, 0 suppressed\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn levels_map_to_commands_and_input_errors_come_first() {
        let w = fx("W", "a.yaml", 2, Level::Warning, Severity::Low, "warned");
        let e = fx("E", "a.yaml", 1, Level::Error, Severity::Low, "denied");
        let d = Diagnostic::new(Code::ParseError, "b.yaml", "broken").at(4, 2);
        let mut o = Owned::new(vec![w, e], vec![d]);
        o.scan
            .notes
            .push(Diagnostic::new(Code::HelmChart, "chart", "render it"));
        let out = render(&o.report());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "::error file=b.yaml,line=4,col=2,title=verdict/parse-error::broken"
        );
        assert!(lines[1].starts_with("::error file=a.yaml,line=1"), "{out}");
        assert!(
            lines[2].starts_with("::warning file=a.yaml,line=2"),
            "{out}"
        );
        assert_eq!(
            lines[3],
            "::notice file=chart,title=verdict/helm-chart::render it"
        );
        assert!(lines[4].starts_with("verdict: ERROR"), "{out}");
    }

    #[test]
    fn past_the_limit_the_most_severe_are_annotated_and_the_rest_counted() {
        let mut findings = Vec::new();
        for i in 0..12u32 {
            findings.push(fx(
                "LOW",
                "a.yaml",
                i + 1,
                Level::Error,
                Severity::Low,
                "low",
            ));
        }
        for i in 0..3u32 {
            findings.push(fx(
                "CRIT",
                "b.yaml",
                i + 1,
                Level::Error,
                Severity::Critical,
                "crit",
            ));
        }
        let out = render(&Owned::new(findings, vec![]).report());
        let annotated: Vec<&str> = out.lines().filter(|l| l.starts_with("::error ")).collect();
        assert_eq!(annotated.len(), PER_KIND, "{out}");
        assert_eq!(
            annotated
                .iter()
                .filter(|l| l.contains("title=CRIT"))
                .count(),
            3
        );
        assert!(
            out.contains("::notice title=verdict::Not annotated: 5 errors ("),
            "{out}"
        );
        assert_eq!(
            out.lines()
                .filter(|l| l.starts_with("verdict: error a.yaml:"))
                .count(),
            5,
            "{out}"
        );
    }
}
