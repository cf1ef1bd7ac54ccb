//! Human output: findings grouped by file, each shown like a compiler
//! diagnostic with the source line and a marker; a one-line summary.

use std::fmt::Write;

use super::Report;
use crate::finding::{Finding, Level};
use crate::verdict::Outcome;

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn red(&self, s: &str) -> String {
        self.wrap("1;31", s)
    }
    fn yellow(&self, s: &str) -> String {
        self.wrap("1;33", s)
    }
    fn blue(&self, s: &str) -> String {
        self.wrap("1;34", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn green(&self, s: &str) -> String {
        self.wrap("1;32", s)
    }
}

pub fn render(report: &Report<'_>, color: bool) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    let mut current: Option<&str> = None;
    let shown = report
        .scan
        .findings
        .iter()
        .filter(|f| f.suppression.is_none() || report.options.show_suppressed);
    for f in shown {
        if current != Some(f.file.as_str()) {
            if current.is_some() {
                out.push('\n');
            }
            let _ = writeln!(out, "{}", p.bold(&f.file));
            current = Some(&f.file);
        }
        finding(&mut out, &p, report, f);
    }
    if !report.scan.diagnostics.is_empty() || !report.scan.warnings.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        let warnings = report.scan.warnings.iter().filter(|d| {
            report.options.report_unused_ignores || d.code != crate::diagnostic::Code::UnusedIgnore
        });
        for d in warnings {
            let _ = writeln!(out, "{}: {d}", p.yellow("warning"));
        }
        for d in &report.scan.diagnostics {
            let _ = writeln!(out, "{}: {d}", p.red("error"));
        }
    }
    if !report.scan.notes.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        for d in &report.scan.notes {
            let _ = writeln!(out, "{}: {}", p.blue("note"), d.message);
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(&summary(report, &p));
    out.push('\n');
    out
}

fn finding(out: &mut String, p: &Paint, report: &Report<'_>, f: &Finding) {
    let (label, paint): (&str, fn(&Paint, &str) -> String) = match (&f.suppression, f.level) {
        (Some(_), _) => ("suppressed", Paint::dim),
        (None, Level::Error) => ("error", Paint::red),
        (None, Level::Warning) => ("warning", Paint::yellow),
    };
    let _ = writeln!(
        out,
        "  {}{} {} {}",
        paint(p, label),
        p.bold(&format!("[{}]", f.rule_id)),
        f.severity.name(),
        p.bold(&f.message)
    );
    let gutter = f.line.to_string().len();
    let pad = " ".repeat(gutter);
    let _ = writeln!(
        out,
        "  {pad}{} {}:{}:{}",
        p.blue("-->"),
        f.file,
        f.line,
        f.column
    );
    if let Some(line) = &f.snippet {
        let shown: String = line.replace('\t', " ");
        let start = (f.column as usize)
            .saturating_sub(1)
            .min(shown.chars().count());
        let len = shown.chars().skip(start).count().max(1);
        let marker = format!("{}{}", " ".repeat(start), "^".repeat(len.min(120)));
        let _ = writeln!(out, "  {pad} {}", p.blue("|"));
        let _ = writeln!(
            out,
            "  {} {} {shown}",
            p.blue(&f.line.to_string()),
            p.blue("|")
        );
        let _ = writeln!(out, "  {pad} {} {}", p.blue("|"), paint(p, &marker));
    }
    if let Some(r) = &f.resource {
        let _ = writeln!(out, "  {pad} {} resource: {r}", p.blue("="));
    }
    for c in &f.call_chain {
        let _ = writeln!(
            out,
            "  {pad} {} via {} ({}:{})",
            p.blue("="),
            c.module,
            c.file,
            c.line
        );
    }
    if let Some(t) = &f.source_template {
        let _ = writeln!(out, "  {pad} {} template: {t}", p.blue("="));
    }
    if let Some(title) = report.rules.get(&f.rule_id).and_then(|r| r.title.as_ref()) {
        if *title != f.message {
            let _ = writeln!(out, "  {pad} {} rule: {title}", p.blue("="));
        }
    }
    if let Some(rem) = &f.remediation {
        let _ = writeln!(out, "  {pad} {} remediation: {}", p.blue("="), rem.trim());
    }
    if let Some(s) = &f.suppression {
        let mut why = format!("{} — {}", s.kind.name(), s.justification);
        if let Some(o) = &s.owner {
            why.push_str(&format!(" (owner {o}"));
            if let Some(e) = &s.expires {
                why.push_str(&format!(", expires {e}"));
            }
            why.push(')');
        }
        if let Some(src) = &s.source {
            why.push_str(&format!(" [{src}]"));
        }
        let _ = writeln!(out, "  {pad} {} suppressed: {why}", p.blue("="));
    }
}

fn summary(report: &Report<'_>, p: &Paint) -> String {
    let line = super::counts(report);
    let label = match report.verdict.outcome {
        Outcome::Pass => p.green("PASS"),
        Outcome::Fail => p.red("FAIL"),
        Outcome::Error => p.red("ERROR"),
    };
    format!("{line} — {label}")
}
