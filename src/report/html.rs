//! `--format html`: one self-contained page for people and auditors — the
//! verdict and its gate, counts, a severity chart, findings by file and by
//! rule, suppressed findings with why, inputs that could not be evaluated,
//! and a compliance view per framework and control.
//!
//! The page loads nothing: CSS, JS and the SVG chart are inline, and its
//! Content-Security-Policy allows only that one script and style (by hash),
//! so a string that slipped past escaping still could not load or run
//! anything. The template renders everything, so the page reads the same
//! with JavaScript off; the script only filters rows and switches views.
//! The template auto-escapes every value; only our own CSS, JS and the
//! `tojson` data block are marked safe.

mod compliance;

use std::collections::BTreeMap;

use base64::Engine as _;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde_json::{json, Value as Json};
use sha2::{Digest, Sha256};

use super::Report;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{Finding, Severity};
use crate::policy::Rule;
use crate::verdict::FailOn;

const TEMPLATE_NAME: &str = "report.html.j2";
const TEMPLATE: &str = include_str!("html/report.html.j2");
const STYLE: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");

/// Most severe first, as the chart and the filter list them.
const SEVERITIES: [Severity; 5] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
    Severity::Info,
];

/// Width in px of a full bar in the severity chart.
const BAR_WIDTH: usize = 320;
/// Width in px of a framework's pass/fail/waived strip.
const STRIP_WIDTH: usize = 160;

pub fn render(report: &Report<'_>) -> String {
    match try_render(report) {
        Ok(page) => page,
        // The template is compiled into the binary and rendered by the unit
        // tests, so this is a bug; still hand back a page that says so
        // rather than half a report.
        Err(e) => format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>verdict report</title>\
             <p>The HTML report could not be rendered: {}. The JSON and SARIF reports hold the \
             same results.</p></html>\n",
            minijinja::HtmlEscape(&e.to_string())
        ),
    }
}

fn try_render(report: &Report<'_>) -> Result<String, minijinja::Error> {
    let mut env = Environment::new();
    // Whatever the template is named, it is HTML: every value a policy or
    // an input wrote is escaped unless the template says otherwise.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    // A misspelt field is an error in the tests, not a silently empty cell.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()?,
    );
    env.add_template(TEMPLATE_NAME, TEMPLATE)?;
    let mut ctx = context(report);
    if let Json::Object(map) = &mut ctx {
        map.insert("csp".into(), Json::String(content_security_policy()));
    }
    let mut value = to_value(&ctx);
    // Our own stylesheet and script go in as written: they are what the
    // policy's hashes allow.
    value = minijinja::context! {
        style => Value::from_safe_string(STYLE.to_owned()),
        script => Value::from_safe_string(SCRIPT.to_owned()),
        ..value
    };
    env.get_template(TEMPLATE_NAME)?.render(value)
}

/// No network, no plugins, no forms; only the page's own script and style.
fn content_security_policy() -> String {
    let hash = |s: &str| {
        let digest = Sha256::digest(s.as_bytes());
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        )
    };
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src data:; \
         base-uri 'none'; form-action 'none'",
        hash(SCRIPT),
        hash(STYLE)
    )
}

/// The template's context. Built as JSON (serde_json is at hand, and the
/// `tojson` block is a slice of it), then handed to minijinja.
fn context(report: &Report<'_>) -> Json {
    let v = report.verdict;
    let scan = report.scan;
    let open: Vec<&Finding> = scan
        .findings
        .iter()
        .filter(|f| f.suppression.is_none())
        .collect();
    let suppressed: Vec<&Finding> = scan
        .findings
        .iter()
        .filter(|f| f.suppression.is_some())
        .collect();
    let anchors = rule_anchors(&open);
    let row = |f: &Finding| finding(report, f, &anchors);

    let counts = json!({
        "files": scan.files,
        "skipped": scan.skipped_total(),
        "skipped_reasons": scan.skipped.iter()
            .map(|(why, n)| json!({"why": why.name(), "count": n}))
            .collect::<Vec<_>>(),
        "documents": scan.documents,
        "findings": v.findings,
        "open": open.len(),
        "errors": v.errors,
        "warnings": v.warnings,
        "suppressed": v.suppressed,
        "failing": v.failing,
        "input_errors": v.input_errors,
        "rules": report.rules.len(),
    });
    let severities = severity_chart(&scan.findings);
    let by_file = group_by_file(&open, &row);
    let by_rule = group_by_rule(report, &open, &row, &anchors);
    let compliance = compliance_view(report, &anchors);
    let warnings: Vec<Json> = scan
        .warnings
        .iter()
        .filter(|d| report.options.report_unused_ignores || d.code != Code::UnusedIgnore)
        .map(diagnostic)
        .collect();

    // What a script (ours, or one scraping the page) may read without
    // parsing tables.
    let data = json!({
        "verdict": v.outcome,
        "fail_on": v.fail_on.name(),
        "summary": counts,
        "severities": severities.iter()
            .map(|s| (s["name"].as_str().unwrap_or_default().to_owned(), s["open"].clone()))
            .collect::<serde_json::Map<_, _>>(),
        "rules": by_rule.iter()
            .map(|r| json!({"id": r["id"], "title": r["title"], "severity": r["severity"], "open": r["count"]}))
            .collect::<Vec<_>>(),
    });

    json!({
        "version": env!("CARGO_PKG_VERSION"),
        // Which exact policies judged: what an auditor checks first.
        "policy": scan.policy.as_ref().map(|p| json!({
            "digest": p.digest,
            "bundles": p.bundles.iter().map(|b| json!({
                "path": b.path,
                "revision": b.revision,
                "digest": b.digest,
                "signature": b.signature.describe(),
            })).collect::<Vec<_>>(),
        })),
        "verdict": {
            "outcome": v.outcome,
            "label": v.outcome.label(),
            "exit_code": v.outcome.exit_code(),
            "fail_on": v.fail_on.name(),
            "gate": gate(v.fail_on),
            "failing": v.failing,
        },
        "counts": counts,
        "severities": severities,
        "chart": {
            "bar": BAR_WIDTH,
            "height": SEVERITIES.len() * 34 + 8,
        },
        "filters": {
            "rules": by_rule.iter()
                .map(|r| json!({
                    "id": r["id"],
                    "short_title": r["title"].as_str().map(|t| truncate(t, 60)),
                    "count": r["count"],
                }))
                .collect::<Vec<_>>(),
            "files": by_file.iter()
                .map(|g| json!({"file": g["file"], "count": g["count"]}))
                .collect::<Vec<_>>(),
        },
        "by_file": by_file,
        "by_rule": by_rule,
        "suppressed": suppressed.iter().map(|f| row(f)).collect::<Vec<_>>(),
        "input_errors": scan.diagnostics.iter().map(diagnostic).collect::<Vec<_>>(),
        "warnings": warnings,
        "notes": scan.notes.iter().map(diagnostic).collect::<Vec<_>>(),
        "compliance": compliance,
        "data": data,
    })
}

/// What `--fail-on` lets through, in words.
fn gate(fail_on: FailOn) -> String {
    match fail_on {
        FailOn::Error => "any deny or violation finding fails".into(),
        FailOn::Warning => "any finding fails, warnings too".into(),
        FailOn::Never => "findings never fail; inputs that could not be evaluated still do".into(),
        FailOn::Critical | FailOn::High | FailOn::Medium | FailOn::Low => {
            format!("any finding of severity {} or above fails", fail_on.name())
        }
    }
}

fn finding(report: &Report<'_>, f: &Finding, anchors: &BTreeMap<&str, String>) -> Json {
    let rule = report.rules.get(&f.rule_id);
    let remediation = f
        .remediation
        .as_deref()
        .or(rule.and_then(|r| r.remediation.as_deref()))
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let line = f.line.max(1);
    json!({
        "rule": f.rule_id,
        "anchor": anchors.get(f.rule_id.as_str()),
        "title": rule.and_then(|r| r.title.as_deref()),
        "severity": f.severity.name(),
        "level": f.level.name(),
        "file": f.file,
        "line": line,
        "location": format!("{}:{line}", f.file),
        "location_parts": break_points(&format!("{}:{line}", f.file)),
        "resource": f.resource,
        "message": f.message,
        "remediation": remediation,
        "module": f.module,
        "template": f.source_template,
        "fails_gate": f.suppression.is_none() && report.verdict.fail_on.fails(f),
        "suppression": f.suppression.as_ref().map(|s| json!({
            "kind": s.kind.name(),
            "reason": s.justification,
            "owner": s.owner,
            "expires": s.expires,
            "source": s.source,
        })),
    })
}

/// Open and suppressed counts per severity, with bar widths in px: the
/// longest bar is the most findings of any severity.
fn severity_chart(findings: &[Finding]) -> Vec<Json> {
    let tally: Vec<(Severity, usize, usize)> = SEVERITIES
        .iter()
        .map(|&s| {
            let of = findings.iter().filter(|f| f.severity == s);
            let open = of.clone().filter(|f| f.suppression.is_none()).count();
            (s, open, of.count() - open)
        })
        .collect();
    let max = tally
        .iter()
        .map(|(_, o, s)| o + s)
        .max()
        .unwrap_or(0)
        .max(1);
    // A severity with findings always gets a visible sliver.
    let scale = |n: usize| match n {
        0 => 0,
        n => ((n * BAR_WIDTH + max / 2) / max).max(3),
    };
    tally
        .into_iter()
        .map(|(s, open, suppressed)| {
            let open_w = scale(open);
            let total_w = scale(open + suppressed).max(open_w);
            json!({
                "name": s.name(),
                "open": open,
                "suppressed": suppressed,
                "open_w": open_w,
                "suppressed_w": total_w - open_w,
            })
        })
        .collect()
}

/// An `id` for each rule with open findings, for links from the compliance
/// view to the rule's group: the rule id reduced to characters a URL
/// fragment keeps as they are, made unique if two ids reduce alike.
fn rule_anchors<'a>(open: &[&'a Finding]) -> BTreeMap<&'a str, String> {
    let mut ids: Vec<&str> = open.iter().map(|f| f.rule_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut taken = std::collections::BTreeSet::new();
    ids.into_iter()
        .map(|id| {
            let base: String = id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let mut anchor = format!("rule-{base}");
            let mut n = 2;
            while !taken.insert(anchor.clone()) {
                anchor = format!("rule-{base}-{n}");
                n += 1;
            }
            (id, anchor)
        })
        .collect()
}

fn group_by_file(open: &[&Finding], row: &dyn Fn(&Finding) -> Json) -> Vec<Json> {
    let mut groups: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in open {
        groups.entry(f.file.as_str()).or_default().push(f);
    }
    groups
        .into_iter()
        .map(|(file, mut findings)| {
            findings.sort_by_key(|f| (f.line, f.column));
            json!({
                "file": file,
                "count": findings.len(),
                "worst": findings.iter().map(|f| f.severity).max().map(Severity::name),
                "findings": findings.iter().map(|f| row(f)).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// Rules with open findings, most severe first, then by id.
fn group_by_rule(
    report: &Report<'_>,
    open: &[&Finding],
    row: &dyn Fn(&Finding) -> Json,
    anchors: &BTreeMap<&str, String>,
) -> Vec<Json> {
    let mut groups: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in open {
        groups.entry(f.rule_id.as_str()).or_default().push(f);
    }
    let mut groups: Vec<(&str, Vec<&Finding>, Severity)> = groups
        .into_iter()
        .map(|(id, findings)| {
            let worst = findings
                .iter()
                .map(|f| f.severity)
                .max()
                .unwrap_or(Severity::Info);
            (id, findings, worst)
        })
        .collect();
    groups.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(b.0)));
    groups
        .into_iter()
        .map(|(id, findings, worst)| {
            let rule = report.rules.get(id);
            json!({
                "id": id,
                "anchor": anchors.get(id),
                "title": rule.and_then(|r| r.title.as_deref()),
                "severity": worst.name(),
                "description": rule.and_then(|r| r.description.as_deref()).map(str::trim),
                "remediation": rule.and_then(|r| r.remediation.as_deref()).map(str::trim),
                "links": rule.map(doc_links).unwrap_or_default(),
                "frameworks": rule.map(|r| r.frameworks.iter()
                    .map(|(name, controls)| json!({"name": name, "controls": controls.join(", ")}))
                    .collect::<Vec<_>>()).unwrap_or_default(),
                "count": findings.len(),
                "findings": findings.iter().map(|f| row(f)).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// The rule's `related_resources` that are web pages. Escaping keeps a
/// link's text harmless but not its target: a `javascript:` URL would run
/// on a click, so only http(s) links are kept.
fn doc_links(rule: &Rule) -> Vec<String> {
    rule.related_resources
        .iter()
        .filter(|u| super::is_web_link(u))
        .cloned()
        .collect()
}

fn compliance_view(report: &Report<'_>, anchors: &BTreeMap<&str, String>) -> Vec<Json> {
    use compliance::Status;
    // Linked when it has open findings (to its group); marked waived when
    // all it found is suppressed.
    let found: std::collections::BTreeSet<&str> = report
        .scan
        .findings
        .iter()
        .map(|f| f.rule_id.as_str())
        .collect();
    let rule_state = |id: &str| {
        if anchors.contains_key(id) {
            "open"
        } else if found.contains(id) {
            "waived"
        } else {
            "clean"
        }
    };
    compliance::compute(report.rules, &report.scan.findings)
        .into_iter()
        .map(|fw| {
            let (fail, waived, pass) = (
                fw.count(Status::Fail),
                fw.count(Status::Waived),
                fw.count(Status::Pass),
            );
            let total = fw.controls.len().max(1);
            let fail_w = (fail * STRIP_WIDTH).div_ceil(total);
            let waived_w = (waived * STRIP_WIDTH)
                .div_ceil(total)
                .min(STRIP_WIDTH - fail_w);
            json!({
                "name": fw.name,
                "fail": fail,
                "waived": waived,
                "pass": pass,
                "strip": {
                    "width": STRIP_WIDTH,
                    "fail": fail_w,
                    "waived": waived_w,
                    "pass": STRIP_WIDTH - fail_w - waived_w,
                },
                "controls": fw.controls.iter().map(|c| json!({
                    "id": c.id,
                    "status": c.status.name(),
                    "open": c.open,
                    "suppressed": c.suppressed,
                    "rules": c.rules.iter().map(|r| json!({
                        "id": r,
                        "anchor": anchors.get(r.as_str()),
                        "state": rule_state(r),
                        "title": report.rules.get(r).and_then(|r| r.title.as_deref()),
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect()
}

fn diagnostic(d: &Diagnostic) -> Json {
    let location = match d.line {
        Some(line) => format!("{}:{line}", d.file),
        None if d.file == "-" => "stdin".to_owned(),
        None => d.file.clone(),
    };
    json!({
        "location": location,
        "file": d.file,
        "code": d.code.name(),
        "description": d.code.description(),
        "message": d.message,
    })
}

/// A path cut after each `/`, so a narrow column wraps it between folders
/// rather than inside a name.
fn break_points(path: &str) -> Vec<&str> {
    path.split_inclusive('/').collect()
}

/// At most `max` characters, with an ellipsis when cut (a select's options
/// are as wide as the longest).
fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_owned(),
    }
}

/// serde_json's value as minijinja's (its `serde` feature is not enabled).
fn to_value(v: &Json) -> Value {
    match v {
        Json::Null => Value::from(()),
        Json::Bool(b) => Value::from(*b),
        Json::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Value::from(u),
            (None, Some(i)) => Value::from(i),
            _ => Value::from(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) => Value::from(s.as_str()),
        Json::Array(items) => items.iter().map(to_value).collect(),
        Json::Object(map) => map
            .iter()
            .map(|(k, v)| (k.clone(), to_value(v)))
            .collect::<BTreeMap<String, Value>>()
            .into(),
    }
}

#[cfg(test)]
mod tests;
