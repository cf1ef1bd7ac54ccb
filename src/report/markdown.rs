//! `--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` (or a merge
//! request comment): the verdict, counts by severity, the most severe
//! findings with links to `file#Lline` (relative, so the report stays a
//! pure function of the scan), inputs that could not be evaluated, and
//! the run's warnings.
//!
//! Everything a policy or an input wrote is escaped for a table cell: it
//! cannot end a cell, start a code span, or bring in HTML.

use std::fmt::Write;

use super::Report;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{Finding, Severity};
use crate::verdict::Outcome;

/// Findings listed before "and N more".
pub const MAX_FINDINGS: usize = 50;
/// Input errors and warnings listed before "and N more".
const MAX_DIAGNOSTICS: usize = 20;
/// Characters of a message shown in a cell.
const MAX_MESSAGE: usize = 300;

/// Text made safe for a GitHub-flavoured Markdown table cell: HTML
/// specials become entities, Markdown punctuation is backslash-escaped,
/// a pipe cannot end the cell and a line break is `<br>`.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '`' => out.push_str("&#96;"),
            '|' => out.push_str("\\|"),
            '\\' | '[' | ']' | '*' | '_' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A path as a relative link target: percent-encoded, `/` kept.
fn link_target(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn location(file: &str, line: Option<u32>) -> String {
    match line {
        Some(l) => format!("[{}:{l}]({}#L{l})", cell(file), link_target(file)),
        None if file == "-" => "stdin".to_string(),
        None => format!("[{}]({})", cell(file), link_target(file)),
    }
}

pub fn render(report: &Report<'_>) -> String {
    let v = report.verdict;
    let scan = report.scan;
    let mut out = String::new();
    let heading = match v.outcome {
        Outcome::Pass => "✅ verdict: PASS",
        Outcome::Fail => "❌ verdict: FAIL",
        Outcome::Error => "🛑 verdict: ERROR — some inputs could not be evaluated",
    };
    let _ = writeln!(out, "## {heading}\n");
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let _ = writeln!(
        out,
        "{} scanned, {}: {}, {}, {} suppressed. Gate: `--fail-on {}` ({} failing).\n",
        plural(scan.files, "file", "files"),
        plural(v.findings, "finding", "findings"),
        plural(v.errors, "error", "errors"),
        plural(v.warnings, "warning", "warnings"),
        v.suppressed,
        v.fail_on.name(),
        v.failing,
    );

    if v.findings > 0 {
        out.push_str("| Severity | Findings | Failing the gate | Suppressed |\n");
        out.push_str("| --- | ---: | ---: | ---: |\n");
        for s in [
            Severity::Critical,
            Severity::High,
            Severity::Medium,
            Severity::Low,
            Severity::Info,
        ] {
            let of = |f: &&Finding| f.severity == s;
            let all: Vec<&Finding> = scan.findings.iter().filter(of).collect();
            let open = all.iter().filter(|f| f.suppression.is_none());
            let failing = open.clone().filter(|f| v.fail_on.fails(f)).count();
            let _ = writeln!(
                out,
                "| {} | {} | {failing} | {} |",
                s.name(),
                open.count(),
                all.iter().filter(|f| f.suppression.is_some()).count()
            );
        }
        out.push('\n');
    }

    let ranked = super::most_severe_first(report);
    if !ranked.is_empty() {
        out.push_str("### Findings\n\n");
        out.push_str("| Severity | Rule | Location | Message |\n");
        out.push_str("| --- | --- | --- | --- |\n");
        for f in ranked.iter().take(MAX_FINDINGS) {
            let mut message = cell(&truncate(&f.message, MAX_MESSAGE));
            if let Some(r) = &f.resource {
                let _ = write!(message, "<br>resource: {}", cell(&truncate(r, MAX_MESSAGE)));
            }
            let _ = writeln!(
                out,
                "| {} {} | {} | {} | {message} |",
                f.severity.name(),
                f.level.name(),
                cell(&f.rule_id),
                location(&f.file, Some(f.line.max(1))),
            );
        }
        if ranked.len() > MAX_FINDINGS {
            let _ = writeln!(
                out,
                "\n…and {} more (all of them are in the SARIF and JSON reports).",
                ranked.len() - MAX_FINDINGS
            );
        }
        out.push('\n');
    }

    diagnostics(
        &mut out,
        "Inputs that could not be evaluated",
        scan.diagnostics.iter(),
    );
    let warnings: Vec<&Diagnostic> = scan
        .warnings
        .iter()
        .filter(|d| report.options.report_unused_ignores || d.code != Code::UnusedIgnore)
        .collect();
    diagnostics(&mut out, "Warnings", warnings.into_iter());
    diagnostics(&mut out, "Notes", scan.notes.iter());

    if v.suppressed > 0 {
        let _ = writeln!(
            out,
            "{} by inline ignores, waivers or the baseline (`--show-suppressed` lists them with why).",
            plural(v.suppressed, "finding is suppressed", "findings are suppressed")
        );
    }
    out
}

fn diagnostics<'a>(out: &mut String, title: &str, items: impl Iterator<Item = &'a Diagnostic>) {
    let items: Vec<&Diagnostic> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "### {title}\n");
    out.push_str("| Location | Code | Message |\n| --- | --- | --- |\n");
    for d in items.iter().take(MAX_DIAGNOSTICS) {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} |",
            location(&d.file, d.line),
            d.code.name(),
            cell(&truncate(&d.message, MAX_MESSAGE))
        );
    }
    if items.len() > MAX_DIAGNOSTICS {
        let _ = writeln!(out, "\n…and {} more.", items.len() - MAX_DIAGNOSTICS);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Level;
    use crate::report::fixture::{finding, Owned};

    #[test]
    fn cells_cannot_break_the_table_or_bring_in_html() {
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(
            cell("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(cell("`code`"), "&#96;code&#96;");
        assert_eq!(
            cell("one\ntwo\r\nthree\rfour"),
            "one<br>two<br>three<br>four"
        );
        assert_eq!(cell("\\|"), "\\\\\\|");
        assert_eq!(cell("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(cell("&lt;"), "&amp;lt;");
    }

    #[test]
    fn links_are_relative_and_encoded() {
        assert_eq!(
            location("k8s/web.yaml", Some(4)),
            "[k8s/web.yaml:4](k8s/web.yaml#L4)"
        );
        assert_eq!(
            location("my dir/a(1).yaml", Some(2)),
            "[my dir/a(1).yaml:2](my%20dir/a%281%29.yaml#L2)"
        );
    }

    #[test]
    fn most_severe_first_and_capped() {
        let mut findings = Vec::new();
        for i in 0..(MAX_FINDINGS as u32 + 5) {
            findings.push(finding(
                "LOW",
                "a.yaml",
                i + 1,
                Level::Error,
                Severity::Low,
                "low",
            ));
        }
        findings.push(finding(
            "CRIT",
            "z.yaml",
            9,
            Level::Error,
            Severity::Critical,
            "a | b\nc",
        ));
        let out = render(&Owned::new(findings, vec![]).report());
        assert!(out.starts_with("## ❌ verdict: FAIL\n"), "{out}");
        let rows: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("| low error") || l.starts_with("| critical error"))
            .collect();
        assert_eq!(rows.len(), MAX_FINDINGS);
        assert_eq!(
            rows[0],
            "| critical error | CRIT | [z.yaml:9](z.yaml#L9) | a \\| b<br>c |"
        );
        assert!(out.contains("…and 6 more"), "{out}");
        assert!(out.contains("| critical | 1 | 1 | 0 |"), "{out}");
        assert!(out.contains("| low | 55 | 55 | 0 |"), "{out}");
    }

    #[test]
    fn input_errors_are_listed() {
        let d = Diagnostic::new(Code::ParseError, "b.yaml", "bad <x>").at(2, 1);
        let out = render(&Owned::new(vec![], vec![d]).report());
        assert!(out.starts_with("## 🛑 verdict: ERROR"), "{out}");
        assert!(
            out.contains("| [b.yaml:2](b.yaml#L2) | `parse-error` | bad &lt;x&gt; |"),
            "{out}"
        );
    }
}
