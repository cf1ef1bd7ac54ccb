//! The catalogue as GitHub-flavoured Markdown: a header, the coverage
//! summary, one control table per framework, then every rule.
//!
//! Everything METADATA says is the policy author's text: it is escaped so it
//! cannot end a table cell, open a heading or a list, or bring in HTML. Code
//! spans the author marked with backticks stay code spans.

use std::fmt::Write;

use super::model::{self, Catalog, Entry, Span};

pub fn render(c: &Catalog<'_>) -> String {
    let mut out = String::new();
    header(&mut out, c);
    coverage(&mut out, c);
    controls(&mut out, c);
    rules(&mut out, c);
    // Sections end in a blank line; the file ends in exactly one newline.
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn header(out: &mut String, c: &Catalog<'_>) {
    let _ = writeln!(out, "# {}\n", inline(&c.title, false));
    match &c.source {
        model::Source::Builtin => out.push_str("- **Policy source:** built-in library\n"),
        model::Source::Paths(paths) => {
            let list: Vec<String> = paths.iter().map(|p| code(p, false)).collect();
            let _ = writeln!(out, "- **Policy source:** {}", list.join(", "));
        }
    }
    for b in &c.provenance.bundles {
        let _ = writeln!(
            out,
            "- **Bundle:** {} — revision {}, {}, signature {}",
            code(&b.path, false),
            code(&b.revision, false),
            code(&b.digest, false),
            inline(&b.signature.describe(), false)
        );
    }
    if !c.provenance.digest.is_empty() {
        let _ = writeln!(
            out,
            "- **Policy digest:** {}",
            code(&c.provenance.digest, false)
        );
    }
    let _ = writeln!(out, "- **verdict version:** {}", c.version);
    let _ = writeln!(out, "- **Rules:** {}", c.rules.len());
    let controls = c.control_count();
    let _ = writeln!(
        out,
        "- **Frameworks:** {} ({controls} control{})\n",
        c.frameworks.len(),
        if controls == 1 { "" } else { "s" }
    );
    out.push_str(
        "Contents: [Framework coverage](#coverage) · [Controls by framework](#controls) · [Rules](#rules)\n\n",
    );
}

fn coverage(out: &mut String, c: &Catalog<'_>) {
    out.push_str("## <a id=\"coverage\"></a>Framework coverage\n\n");
    if c.frameworks.is_empty() {
        out.push_str("No rule maps to a framework.\n\n");
    } else {
        out.push_str("| Framework | Controls covered | Rules |\n| --- | ---: | ---: |\n");
        for f in &c.frameworks {
            let _ = writeln!(
                out,
                "| [{}](#{}) | {} | {} |",
                inline(f.name, true),
                f.anchor,
                f.covered,
                f.rule_count
            );
        }
        out.push('\n');
    }
    match c.unmapped.len() {
        0 => out.push_str("Every rule maps to at least one framework.\n\n"),
        n => {
            let _ = writeln!(
                out,
                "{n} of {} rules {} [no framework mapping](#unmapped).\n",
                c.rules.len(),
                if n == 1 { "has" } else { "have" }
            );
        }
    }
}

fn controls(out: &mut String, c: &Catalog<'_>) {
    out.push_str("## <a id=\"controls\"></a>Controls by framework\n\n");
    for f in &c.frameworks {
        let _ = writeln!(
            out,
            "### <a id=\"{}\"></a>{}\n",
            f.anchor,
            inline(f.name, false)
        );
        out.push_str("| Control | Rules |\n| --- | --- |\n");
        for ctl in &f.controls {
            let _ = writeln!(
                out,
                "| {} | {} |",
                inline(ctl.id, true),
                rule_links(c, &ctl.rules)
            );
        }
        if !f.without_control.is_empty() {
            let _ = writeln!(
                out,
                "| *no control named* | {} |",
                rule_links(c, &f.without_control)
            );
        }
        out.push('\n');
    }
    out.push_str("### <a id=\"unmapped\"></a>No framework mapping\n\n");
    if c.unmapped.is_empty() {
        out.push_str("Every rule maps to at least one framework.\n\n");
        return;
    }
    out.push_str("| Rule | Title | Severity |\n| --- | --- | --- |\n");
    for &i in &c.unmapped {
        let e = &c.rules[i];
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            rule_links(c, &[i]),
            inline(e.title(), true),
            e.rule.severity.name()
        );
    }
    out.push('\n');
}

fn rules(out: &mut String, c: &Catalog<'_>) {
    out.push_str("## <a id=\"rules\"></a>Rules\n\n");
    for e in &c.rules {
        rule(out, c, e);
    }
}

fn rule(out: &mut String, c: &Catalog<'_>, e: &Entry<'_>) {
    let r = e.rule;
    let _ = writeln!(
        out,
        "### <a id=\"{}\"></a>{} — {}\n",
        e.anchor,
        inline(&r.id, false),
        inline(e.title(), false)
    );
    let kinds = e
        .kinds()
        .map_or("any input kind".to_string(), |ks| ks.join(", "));
    let _ = writeln!(
        out,
        "- **Severity:** {} · **Level:** {} · **Kinds:** {}",
        r.severity.name(),
        r.level.name(),
        kinds
    );
    let _ = writeln!(
        out,
        "- **Defined in:** {} ({})",
        code(&e.location(), false),
        code(&e.rule_path(), false)
    );
    if e.frameworks.is_empty() {
        out.push_str("- **Frameworks:** no framework mapping\n");
    } else {
        out.push_str("- **Frameworks:**\n");
        for (fw, controls) in &e.frameworks {
            let anchor = c
                .frameworks
                .iter()
                .find(|f| f.name == *fw)
                .map_or("controls", |f| f.anchor.as_str());
            let list = if controls.is_empty() {
                "*no control named*".to_string()
            } else {
                controls
                    .iter()
                    .map(|ctl| inline(ctl, false))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let _ = writeln!(out, "  - [{}](#{anchor}): {list}", inline(fw, false));
        }
    }
    out.push('\n');
    if let Some(d) = &r.description {
        for p in model::paragraphs(d) {
            let _ = writeln!(out, "{}\n", block(&p));
        }
    }
    if let Some(rem) = &r.remediation {
        for (i, p) in model::paragraphs(rem).iter().enumerate() {
            let label = if i == 0 { "**Remediation:** " } else { "" };
            let _ = writeln!(out, "{label}{}\n", block(p));
        }
    }
    if !r.related_resources.is_empty() {
        out.push_str("**Related resources:**\n\n");
        for url in &r.related_resources {
            if crate::report::is_web_link(url) {
                let _ = writeln!(out, "- <{url}>");
            } else {
                let _ = writeln!(out, "- {}", inline(url, false));
            }
        }
        out.push('\n');
    }
}

/// `[VD-K8S-001](#rule-VD-K8S-001), …` for rule indices.
fn rule_links(c: &Catalog<'_>, rules: &[usize]) -> String {
    rules
        .iter()
        .map(|&i| {
            let e = &c.rules[i];
            format!("[{}](#{})", inline(&e.rule.id, true), e.anchor)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One line of author text for a heading, a list item or (`in_table`) a
/// table cell: punctuation that Markdown would read is backslash-escaped,
/// HTML specials become entities, and backtick code spans stay code.
pub fn inline(s: &str, in_table: bool) -> String {
    let s = model::one_line(s);
    let mut out = String::with_capacity(s.len());
    for span in model::spans(&s) {
        match span {
            Span::Code(code_text) => out.push_str(&code(code_text, in_table)),
            Span::Text(t) => {
                for ch in t.chars() {
                    match ch {
                        '&' => out.push_str("&amp;"),
                        '<' => out.push_str("&lt;"),
                        '>' => out.push_str("&gt;"),
                        // `$` opens GitHub's math; the others emphasis, links,
                        // strike-through, headings, images, escapes and cells.
                        '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '#' | '!' | '|' | '$' => {
                            out.push('\\');
                            out.push(ch);
                        }
                        c => out.push(c),
                    }
                }
            }
        }
    }
    out
}

/// A paragraph of author text: `inline`, and a start that Markdown would
/// read as a list item or a thematic break is escaped.
fn block(p: &str) -> String {
    let text = inline(p, false);
    if text.starts_with(['-', '+', '=']) {
        return format!("\\{text}");
    }
    // `1. ` or `1) ` opens an ordered list.
    let digits = text.chars().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    text
}

/// A code span holding `s` verbatim: the fence is longer than any backtick
/// run inside it, and in a table a `|` is escaped (GFM removes the `\`).
fn code(s: &str, in_table: bool) -> String {
    let s = model::one_line(s);
    if s.is_empty() {
        return String::new();
    }
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let body = if in_table { s.replace('|', "\\|") } else { s };
    let pad = if body.starts_with('`') || body.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{body}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn author_text_cannot_break_a_table_or_bring_in_html() {
        assert_eq!(inline("a | b", true), "a \\| b");
        assert_eq!(
            inline("<script>alert(1)</script>", true),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(inline("one\ntwo\r\n\nthree", true), "one two three");
        assert_eq!(
            inline("*x* [y](z) $a$", false),
            "\\*x\\* \\[y\\](z) \\$a\\$"
        );
    }

    #[test]
    fn code_spans_stay_code_and_escape_pipes_only_in_tables() {
        assert_eq!(inline("set `a|b: <c>`", false), "set `a|b: <c>`");
        assert_eq!(inline("set `a|b`", true), "set `a\\|b`");
        assert_eq!(code("x`y", false), "``x`y``");
        assert_eq!(code("`x", false), "`` `x ``");
    }

    #[test]
    fn a_paragraph_cannot_start_a_list_or_a_rule() {
        assert_eq!(block("- item"), "\\- item");
        assert_eq!(block("---"), "\\---");
        assert_eq!(block("1. first"), "1\\. first");
        assert_eq!(block("12) x"), "12\\) x");
        assert_eq!(block("2024 was a year"), "2024 was a year");
        assert_eq!(block("# not a heading"), "\\# not a heading");
    }
}
