//! SARIF 2.1.0 for GitHub code scanning: one rule descriptor per rule with
//! help and `security-severity`, results with `%SRCROOT%`-relative URIs,
//! `partialFingerprints`, and engine errors as tool notifications.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::Report;
use crate::finding::{Finding, Level};
use crate::policy::Rule;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFO_URI: &str = "https://github.com/verdict-dev/verdict";
const FINGERPRINT_KEY: &str = "verdict/v1";

pub fn render(report: &Report<'_>) -> String {
    let findings = &report.scan.findings;
    // Descriptors for every loaded rule, plus any id a result introduced.
    let mut ids: Vec<String> = report.rules.keys().cloned().collect();
    for f in findings {
        if !report.rules.contains_key(&f.rule_id) && !ids.contains(&f.rule_id) {
            ids.push(f.rule_id.clone());
        }
    }
    let index: BTreeMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let rules: Vec<Value> = ids
        .iter()
        .map(|id| {
            descriptor(
                id,
                report.rules.get(id),
                findings.iter().find(|f| &f.rule_id == id),
            )
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .filter(|f| f.suppression.is_none() || !report.options.sarif_omit_suppressed)
        .map(|f| result(f, index.get(f.rule_id.as_str()).copied().unwrap_or(0)))
        .collect();
    let errors = report.scan.diagnostics.iter().map(|d| (d, "error"));
    let warnings = report.scan.warnings.iter().map(|d| (d, "warning"));
    let notes = report.scan.notes.iter().map(|d| (d, "note"));
    let notifications: Vec<Value> = errors
        .chain(warnings)
        .chain(notes)
        .map(|(d, level)| {
            let mut n = json!({
                "level": level,
                "message": {"text": d.message},
                "descriptor": {"id": d.code.name()},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri_path(&d.file), "uriBaseId": "%SRCROOT%"}
                    }
                }]
            });
            if let Some(line) = d.line {
                n["locations"][0]["physicalLocation"]["region"] =
                    json!({"startLine": line, "startColumn": d.column.unwrap_or(1).max(1)});
            }
            n
        })
        .collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "verdict",
                "informationUri": INFO_URI,
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "automationDetails": {"id": "verdict/"},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri(&report.scan.root)}},
            "invocations": [{
                "executionSuccessful": report.scan.diagnostics.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
    }
}

fn descriptor(id: &str, rule: Option<&Rule>, sample: Option<&Finding>) -> Value {
    let title = rule
        .and_then(|r| r.title.clone())
        .or_else(|| sample.map(|f| f.message.clone()))
        .unwrap_or_else(|| id.to_string());
    let description = rule
        .and_then(|r| r.description.clone())
        .unwrap_or_else(|| title.clone());
    let remediation = rule.and_then(|r| r.remediation.clone());
    let severity = rule.map(|r| r.severity).or(sample.map(|f| f.severity));
    let lvl = rule
        .map(|r| r.level)
        .or(sample.map(|f| f.level))
        .unwrap_or(Level::Error);
    let mut help_text = description.clone();
    let mut help_md = format!("**{title}**\n\n{description}");
    if let Some(r) = &remediation {
        help_text.push_str(&format!("\n\nRemediation: {r}"));
        help_md.push_str(&format!("\n\n**Remediation:** {r}"));
    }
    let frameworks = rule.map(|r| r.frameworks.clone()).unwrap_or_default();
    if !frameworks.is_empty() {
        help_md.push_str("\n\n**Compliance:**\n");
        for (fw, controls) in &frameworks {
            help_md.push_str(&format!("- {fw}: {}\n", controls.join(", ")));
        }
    }
    let related = rule
        .map(|r| r.related_resources.clone())
        .unwrap_or_default();
    for url in &related {
        help_md.push_str(&format!("\n- <{url}>"));
    }
    let mut tags = vec!["security".to_string()];
    if let Some(r) = rule {
        if let Some(kinds) = &r.kinds {
            tags.extend(kinds.iter().map(|k| k.name().to_string()));
        }
    }
    tags.extend(frameworks.keys().cloned());
    let mut d = json!({
        "id": id,
        "name": pascal_name(rule.map_or(id, |r| r.name.as_str()), &title),
        "shortDescription": {"text": title},
        "fullDescription": {"text": description},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": level(lvl)},
        "properties": {
            "tags": tags,
            "precision": "high",
        }
    });
    if let Some(s) = severity {
        d["properties"]["security-severity"] = json!(s.score());
        d["properties"]["problem.severity"] = json!(match lvl {
            Level::Error => "error",
            Level::Warning => "warning",
        });
    }
    if let Some(url) = related.first() {
        d["helpUri"] = json!(url);
    }
    if !frameworks.is_empty() {
        d["properties"]["frameworks"] = json!(frameworks);
    }
    d
}

/// SARIF `name` is an identifier-like label (GitHub shows it); build one from the title.
fn pascal_name(fallback: &str, title: &str) -> String {
    let name: String = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|c| c.to_ascii_uppercase().to_string() + cs.as_str())
                .unwrap_or_default()
        })
        .collect();
    if name.is_empty() {
        fallback.to_string()
    } else {
        name
    }
}

fn result(f: &Finding, rule_index: usize) -> Value {
    let mut r = json!({
        "ruleId": f.rule_id,
        "ruleIndex": rule_index,
        "level": level(f.level),
        "message": {"text": f.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri_path(&f.file), "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": f.line.max(1), "startColumn": f.column.max(1)}
            }
        }],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {
            "severity": f.severity.name(),
            "kind": f.kind.name(),
        }
    });
    if let Some(res) = &f.resource {
        r["locations"][0]["logicalLocations"] = json!([{"name": res, "kind": "resource"}]);
        r["properties"]["resource"] = json!(res);
    }
    if let Some(p) = &f.path {
        r["properties"]["path"] = json!(p);
    }
    let related = related_locations(f);
    if !related.is_empty() {
        r["relatedLocations"] = json!(related);
    }
    if let Some(m) = &f.module {
        r["properties"]["module"] = json!(m);
    }
    if let Some(rem) = &f.remediation {
        r["properties"]["remediation"] = json!(rem);
    }
    if !f.frameworks.is_empty() {
        r["properties"]["frameworks"] = json!(f.frameworks);
    }
    if let Some(s) = &f.suppression {
        let mut sup = json!({
            "kind": if s.kind.in_source() { "inSource" } else { "external" },
            "status": "accepted",
            "justification": s.justification,
            "properties": {"verdictKind": s.kind.name()},
        });
        if let Some(o) = &s.owner {
            sup["properties"]["owner"] = json!(o);
        }
        if let Some(e) = &s.expires {
            sup["properties"]["expires"] = json!(e);
        }
        if let Some(src) = &s.source {
            sup["properties"]["source"] = json!(src);
        }
        r["suppressions"] = json!([sup]);
    }
    r
}

/// Where else a finding is: each module call that leads to it (a finding in
/// a module is about one call of it), and the Helm template a rendered
/// document came from.
fn related_locations(f: &Finding) -> Vec<Value> {
    let mut out: Vec<Value> = f
        .call_chain
        .iter()
        .map(|c| {
            json!({
                "physicalLocation": {
                    "artifactLocation": {"uri": uri_path(&c.file), "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": c.line.max(1), "startColumn": c.column.max(1)}
                },
                "message": {"text": format!("{} is called here", c.module)}
            })
        })
        .collect();
    if let Some(t) = &f.source_template {
        out.push(json!({
            "physicalLocation": {
                "artifactLocation": {"uri": uri_path(t), "uriBaseId": "%SRCROOT%"}
            },
            "message": {"text": format!("rendered from the Helm template {t}")}
        }));
    }
    for (i, loc) in out.iter_mut().enumerate() {
        loc["id"] = json!(i);
    }
    out
}

/// Percent-encode what a URI reference may not hold; keep `/`.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b'+'
            | b'@'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b','
            | b';'
            | b'='
            | b':' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn root_uri(root: &std::path::Path) -> String {
    let mut s = root.to_string_lossy().replace('\\', "/");
    if !s.starts_with('/') {
        s.insert(0, '/');
    }
    if !s.ends_with('/') {
        s.push('/');
    }
    format!("file://{}", uri_path(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded_relative_paths() {
        assert_eq!(uri_path("k8s/my app.yaml"), "k8s/my%20app.yaml");
        assert_eq!(uri_path("a/b#c.json"), "a/b%23c.json");
        assert_eq!(root_uri(std::path::Path::new("/w/repo")), "file:///w/repo/");
    }

    #[test]
    fn names_are_identifier_like() {
        assert_eq!(
            pascal_name("deny", "Privileged container"),
            "PrivilegedContainer"
        );
        assert_eq!(pascal_name("deny", "!!"), "deny");
    }
}
