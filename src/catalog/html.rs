//! The catalogue as one self-contained HTML page (inline CSS, no scripts,
//! nothing fetched), drawn by the `catalog.html` template with HTML
//! auto-escaping on: every value from METADATA is escaped by minijinja,
//! except the `code` filter's output, which escapes it here.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use minijinja::syntax::SyntaxConfig;
use minijinja::value::Value;
use minijinja::{context, AutoEscape, Environment, UndefinedBehavior};

use super::model::{self, Catalog, Entry, Source, Span};

const TEMPLATE: &str = include_str!("catalog.html");

pub fn render(c: &Catalog<'_>) -> Result<String> {
    let mut env = Environment::new();
    // Escaping never depends on the template's name, and a misspelt
    // variable is an error, not an empty cell an auditor would miss.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.add_filter("code", code);
    // Block tags on their own lines leave no blank lines behind.
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .context("the catalogue template syntax")?;
    env.set_syntax(syntax);
    env.add_template("catalog.html", TEMPLATE)
        .context("the catalogue template")?;
    let template = env
        .get_template("catalog.html")
        .context("the catalogue template")?;
    let text = template
        .render(page(c))
        .context("rendering the HTML catalogue")?;
    Ok(text)
}

/// The template's context: plain strings, numbers, lists and maps.
fn page(c: &Catalog<'_>) -> Value {
    let (builtin, sources) = match &c.source {
        Source::Builtin => (true, Vec::new()),
        Source::Paths(p) => (false, p.clone()),
    };
    let rule_ref = |i: &usize| {
        let e = &c.rules[*i];
        context! { id => e.rule.id.clone(), anchor => e.anchor.clone(), title => model::one_line(e.title()) }
    };
    let anchors: BTreeMap<&str, &str> = c
        .frameworks
        .iter()
        .map(|f| (f.name, f.anchor.as_str()))
        .collect();
    let frameworks: Vec<Value> = c
        .frameworks
        .iter()
        .map(|f| {
            let controls: Vec<Value> = f
                .controls
                .iter()
                .map(|ctl| {
                    context! {
                        id => ctl.id,
                        rules => ctl.rules.iter().map(rule_ref).collect::<Vec<_>>(),
                    }
                })
                .collect();
            context! {
                name => f.name,
                anchor => f.anchor.clone(),
                controls => controls,
                without_control => f.without_control.iter().map(rule_ref).collect::<Vec<_>>(),
                rule_count => f.rule_count,
                covered => f.covered.clone(),
            }
        })
        .collect();
    let rules: Vec<Value> = c.rules.iter().map(|e| rule(e, &anchors)).collect();
    context! {
        title => model::one_line(&c.title),
        version => c.version,
        builtin => builtin,
        sources => sources,
        digest => c.provenance.digest.clone(),
        bundles => c.provenance.bundles.iter().map(|b| context! {
            path => b.path.clone(),
            revision => b.revision.clone(),
            digest => b.digest.clone(),
            signature => b.signature.describe(),
        }).collect::<Vec<_>>(),
        rule_count => c.rules.len(),
        control_count => c.control_count(),
        frameworks => frameworks,
        unmapped => c.unmapped.iter().map(rule_ref).collect::<Vec<_>>(),
        rules => rules,
    }
}

fn rule(e: &Entry<'_>, anchors: &BTreeMap<&str, &str>) -> Value {
    let r = e.rule;
    let frameworks: Vec<Value> = e
        .frameworks
        .iter()
        .map(|(fw, controls)| {
            context! {
                name => *fw,
                anchor => anchors.get(fw).copied().unwrap_or("controls"),
                controls => controls.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            }
        })
        .collect();
    let related: Vec<Value> = r
        .related_resources
        .iter()
        .map(|url| context! { url => url.clone(), link => crate::report::is_web_link(url) })
        .collect();
    let paragraphs = |s: &Option<String>| s.as_deref().map(model::paragraphs).unwrap_or_default();
    context! {
        id => r.id.clone(),
        anchor => e.anchor.clone(),
        title => model::one_line(e.title()),
        severity => r.severity.name(),
        level => r.level.name(),
        kinds => e.kinds(),
        location => e.location(),
        rule_path => e.rule_path(),
        description => paragraphs(&r.description),
        remediation => paragraphs(&r.remediation),
        frameworks => frameworks,
        related => related,
    }
}

/// `{{ text|code }}`: the text HTML-escaped, with its backtick spans as
/// `<code>`; marked safe because everything in it was escaped here.
fn code(text: String) -> Value {
    let mut out = String::with_capacity(text.len());
    for span in model::spans(&text) {
        match span {
            Span::Text(t) => escape_into(&mut out, t),
            Span::Code(t) => {
                out.push_str("<code>");
                escape_into(&mut out, t);
                out.push_str("</code>");
            }
        }
    }
    Value::from_safe_string(out)
}

fn escape_into(out: &mut String, s: &str) {
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_filter_escapes_text_and_code_alike() {
        let v = code("run `rm -rf <dir>` & <b>not bold</b>".to_string());
        assert_eq!(
            v.as_str(),
            Some("run <code>rm -rf &lt;dir&gt;</code> &amp; &lt;b&gt;not bold&lt;/b&gt;")
        );
    }
}
