//! Evaluation: one prepared engine cloned per worker; each document is set
//! as `input` and every applicable deny/warn/violation rule is evaluated
//! with `eval_rule`. Results become findings located through the source map.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use regorus::utils::limits::ExecutionTimerConfig;
use serde_json::{Map, Value};

use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{self, Finding, Severity, Suppression, SuppressionKind};
use crate::kind::Kind;
use crate::parse::Document;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::policy::{Package, PackageRule, PolicySet, Prepared, Rule, Scope, Scopes};
use crate::source_map::{self, LineIndex, Position, Segment};

/// The file a document came from, as reports show it.
pub struct Source<'a> {
    /// Relative to the scan root, `/`-separated.
    pub file: &'a str,
    pub kind: Kind,
    pub text: &'a str,
    pub lines: &'a LineIndex,
    /// JSON Lines records are told apart by content, not by their order.
    pub multi_document: bool,
}

/// A worker's evaluator: its own clone of each prepared engine it needs,
/// sharing them (and their registries) with the other workers.
pub struct Evaluator {
    scopes: Scopes,
    /// By scope (kind, and for Terraform the provider families).
    engines: HashMap<Scope, Local>,
    timeout: Duration,
}

/// A worker's copy of one prepared engine.
struct Local {
    engine: regorus::Engine,
    prepared: Arc<Prepared>,
}

impl Evaluator {
    pub fn new(set: &PolicySet, timeout: Duration) -> Self {
        Evaluator {
            scopes: set.scopes(),
            engines: HashMap::new(),
            timeout,
        }
    }

    /// Evaluate one document with every package whose kinds match.
    pub fn document(
        &mut self,
        src: &Source<'_>,
        doc: &Document,
    ) -> Result<Vec<Finding>, Diagnostic> {
        let kind = src.kind;
        let scope = self.scopes.scope_of(kind, &doc.value);
        self.run(scope, src, doc, |p| p.applies_to(kind), true)
    }

    /// `--combine`: one input holding every document, for the packages that
    /// do not restrict `kinds` (a kind-specific policy expects one document).
    pub fn combined(
        &mut self,
        src: &Source<'_>,
        doc: &Document,
    ) -> Result<Vec<Finding>, Diagnostic> {
        self.run(Scope::WHOLE, src, doc, Package::reads_combined, false)
    }

    fn run(
        &mut self,
        scope: Scope,
        src: &Source<'_>,
        doc: &Document,
        select: impl Fn(&Package) -> bool,
        rule_kinds: bool,
    ) -> Result<Vec<Finding>, Diagnostic> {
        let scopes = &self.scopes;
        let local = self.engines.entry(scope).or_insert_with_key(|scope| {
            let prepared = scopes.prepared(scope);
            Local {
                engine: prepared.engine.clone(),
                prepared,
            }
        });
        let timeout = self.timeout;
        local.run(timeout, src, doc, select, rule_kinds)
    }
}

impl Local {
    fn run(
        &mut self,
        timeout: Duration,
        src: &Source<'_>,
        doc: &Document,
        select: impl Fn(&Package) -> bool,
        rule_kinds: bool,
    ) -> Result<Vec<Finding>, Diagnostic> {
        let started = Instant::now();
        let input = regorus::Value::from(doc.value.clone());
        self.engine.set_input(input);
        let prepared = Arc::clone(&self.prepared);
        let packages = &prepared.packages;
        let selected: Vec<usize> = (0..packages.len())
            .filter(|&i| select(&packages[i]))
            .collect();
        let applies = |pkg: &Package, rule: &PackageRule| {
            !(rule_kinds
                && rule
                    .kinds
                    .as_ref()
                    .is_some_and(|ks| !ks.contains(&src.kind)))
                && select(pkg)
        };
        let eval = |engine: &mut regorus::Engine, target: &str, query: &str| {
            eval_rule(engine, timeout, target, query, src, doc, started)
        };

        // One evaluation for every rule that applies to this kind, so helper
        // rules shared by many checks are computed once per document. If it
        // fails, the rules are evaluated one by one to name the one at fault.
        let aggregate = if rule_kinds {
            prepared.aggregates.get(&src.kind)
        } else {
            None
        };
        let mut values: HashMap<(usize, Option<usize>), Value> = Default::default();
        let mut done = false;
        if let Some(agg) = aggregate {
            if let Ok(Value::Array(items)) = eval(&mut self.engine, &agg.rule, &agg.rule) {
                for (entry, v) in agg.entries.iter().zip(items) {
                    values.insert(*entry, v);
                }
                done = true;
            }
        }
        if !done {
            for &pi in &selected {
                let pkg = &packages[pi];
                if pkg.has_exception {
                    let query = format!("{}.exception", pkg.query);
                    let v = eval(&mut self.engine, &query, &query)?;
                    values.insert((pi, None), v);
                }
                for (ri, rule) in pkg.rules.iter().enumerate() {
                    if applies(pkg, rule) {
                        // Named as written: a generated rule is ours, not the user's.
                        let shown = format!("{}.{}", pkg.query, rule.name);
                        let v = eval(&mut self.engine, &rule.target, &shown)?;
                        values.insert((pi, Some(ri)), v);
                    }
                }
            }
        }

        let mut out = Vec::new();
        for &pi in &selected {
            let pkg = &packages[pi];
            let exceptions = values
                .get(&(pi, None))
                .map(exception_names)
                .unwrap_or_default();
            for (ri, rule) in pkg.rules.iter().enumerate() {
                if !applies(pkg, rule) {
                    continue;
                }
                let Some(value) = values.remove(&(pi, Some(ri))) else {
                    continue;
                };
                let query = format!("{}.{}", pkg.query, rule.name);
                let excepted = exceptions
                    .iter()
                    .any(|n| n == conftest_exception_name(&rule.name));
                for element in results(value) {
                    let mut f = finding(&prepared.rules, rule, &query, element, src, doc)
                        .map_err(|m| Diagnostic::new(Code::BadResult, src.file, m))?;
                    if excepted {
                        f.suppression = Some(Suppression {
                            kind: SuppressionKind::Exception,
                            justification: format!(
                                "{}.exception names `{}`",
                                pkg.query,
                                conftest_exception_name(&rule.name)
                            ),
                            owner: None,
                            expires: None,
                            source: None,
                        });
                    }
                    out.push(f);
                }
            }
        }
        Ok(out)
    }
}

/// Evaluate the rule at `target`; messages call it `query`.
fn eval_rule(
    engine: &mut regorus::Engine,
    timeout: Duration,
    target: &str,
    query: &str,
    src: &Source<'_>,
    doc: &Document,
    started: Instant,
) -> Result<Value, Diagnostic> {
    let remaining = timeout.saturating_sub(started.elapsed());
    let place = doc.positions.pos;
    let timeout_diag = || {
        Diagnostic::new(
                Code::Timeout,
                src.file,
                format!(
                    "policies ran longer than the {:?} limit on this document (stopped in {query}); raise --timeout or fix the policy",
                    timeout
                ),
            )
            .at(place.line, place.column)
    };
    if remaining.is_zero() {
        return Err(timeout_diag());
    }
    engine.set_execution_timer_config(ExecutionTimerConfig {
        limit: remaining,
        check_interval: NonZeroU32::MIN.saturating_add(63),
    });
    match engine.eval_rule(target.to_string()) {
        Ok(v) => serde_json::to_value(&v)
            .map_err(|e| Diagnostic::new(Code::PolicyError, src.file, format!("{query}: {e}"))),
        Err(e) => {
            let text = crate::policy::definition::user_names(&format!("{e:#}"));
            if text.contains("time limit")
                || text.contains("timed out")
                || text.contains("execution time")
            {
                return Err(timeout_diag());
            }
            Err(Diagnostic::new(
                Code::PolicyError,
                src.file,
                format!("evaluating {query}: {text}"),
            )
            .at(place.line, place.column))
        }
    }
}

fn finding(
    rules: &BTreeMap<String, Rule>,
    rule: &PackageRule,
    query: &str,
    element: Value,
    src: &Source<'_>,
    doc: &Document,
) -> Result<Finding, String> {
    let (message, mut obj) = match element {
        Value::String(s) => (s, Map::new()),
        Value::Object(mut obj) => {
            let msg = match obj.remove("msg").or_else(|| obj.remove("message")) {
                Some(Value::String(s)) => s,
                Some(other) => other.to_string(),
                None => {
                    return Err(format!(
                        "{query} returned an object without a `msg` field: {}",
                        Value::Object(obj)
                    ))
                }
            };
            (msg, obj)
        }
        Value::Bool(true) => (String::new(), Map::new()),
        other => {
            return Err(format!(
                "{query} returned {other}; expected a string or an object with `msg`"
            ))
        }
    };
    let default_id = rule.id.clone();
    let rule_id = match obj.remove("id") {
        Some(Value::String(id)) => id,
        Some(other) => return Err(format!("{query} returned a non-string `id`: {other}")),
        None => default_id.clone(),
    };
    let meta = rules.get(&rule_id).or_else(|| rules.get(&default_id));
    let severity = match obj.remove("severity") {
        Some(Value::String(s)) => Severity::parse(&s).ok_or_else(|| {
            format!(
                "{query} returned unknown severity `{s}` (expected one of {})",
                Severity::NAMES
            )
        })?,
        Some(other) => return Err(format!("{query} returned a non-string `severity`: {other}")),
        None => meta.map_or(rule.level.default_severity(), |m| m.severity),
    };
    let message = if message.is_empty() {
        meta.and_then(|m| m.title.clone())
            .unwrap_or_else(|| format!("{query} is true"))
    } else {
        message
    };
    let path = match obj.remove("path") {
        None | Some(Value::Null) => None,
        Some(p) => Some(parse_path(&p).ok_or_else(|| {
            format!("{query} returned a `path` that is not a list of keys and indices: {p}")
        })?),
    };
    let (pos, pointer) = match &path {
        Some(p) => (
            source_map::resolve(&doc.value, &doc.positions, p).pos,
            Some(source_map::pointer(p)),
        ),
        None => (doc.positions.pos, None),
    };
    let resource = match obj.remove("resource") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Null) | None => default_resource(src.kind, &doc.value, path.as_deref()),
        Some(other) => Some(other.to_string()),
    };
    let remediation = match obj.remove("remediation") {
        Some(Value::String(s)) => Some(s),
        _ => meta.and_then(|m| m.remediation.clone()),
    };
    let locator = match (&resource, &pointer) {
        (Some(r), _) => r.clone(),
        (None, Some(p)) if src.multi_document => format!("#{}{p}", doc.index),
        (None, Some(p)) => p.clone(),
        (None, None) if src.multi_document => format!("#{}", doc.index),
        (None, None) => String::new(),
    };
    let fingerprint = finding::fingerprint(&rule_id, src.file, &locator, &message);
    Ok(Finding {
        query: query.to_string(),
        level: meta.map_or(rule.level, |m| m.level),
        severity,
        message,
        file: src.file.to_string(),
        line: pos.line,
        column: pos.column,
        kind: src.kind,
        document: doc.index,
        path: pointer,
        resource,
        remediation,
        frameworks: meta.map(|m| m.frameworks.clone()).unwrap_or_default(),
        fingerprint,
        snippet: snippet(src, pos),
        suppression: None,
        properties: obj,
        rule_id,
        module: None,
        call_chain: Vec::new(),
        source_template: None,
    })
}

/// A finding made for one document, moved onto another that the policies
/// cannot tell apart from it (see `stream`'s decision reuse): its snippet
/// comes from the new text. Only valid where `reads_document` is false.
pub fn carry_over(f: &Finding, src: &Source<'_>) -> Finding {
    let mut f = f.clone();
    f.snippet = snippet(src, Position::new(f.line, f.column));
    f
}

fn snippet(src: &Source<'_>, pos: Position) -> Option<String> {
    let line = src.lines.line_text(src.text, pos.line)?;
    Some(line.chars().take(300).collect())
}

/// A rule's value as a list of result elements.
fn results(value: Value) -> Vec<Value> {
    match value {
        Value::Array(items) => items,
        Value::Bool(false) | Value::Null => Vec::new(),
        Value::Object(ref o) if o.is_empty() => Vec::new(),
        other => vec![other],
    }
}

/// conftest's `exception[_][_] == name`: the rule name less a failure prefix.
fn conftest_exception_name(rule: &str) -> &str {
    rule.strip_prefix("deny_")
        .or_else(|| rule.strip_prefix("violation_"))
        .unwrap_or(rule)
}

fn exception_names(v: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Value::Array(outer) = v {
        for inner in outer {
            match inner {
                Value::Array(names) => {
                    out.extend(names.iter().filter_map(|n| n.as_str().map(String::from)))
                }
                Value::String(s) => out.push(s.clone()),
                _ => {}
            }
        }
    }
    out
}

/// A result's `path`: a list of keys and indices, or a dotted string
/// (`spec.containers[0].image`) for convenience.
fn parse_path(v: &Value) -> Option<Vec<Segment>> {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Some(Segment::Key(s.clone())),
                Value::Number(n) => n.as_u64().map(|n| Segment::Index(n as usize)),
                _ => None,
            })
            .collect(),
        Value::String(s) => {
            let mut out = Vec::new();
            for part in s.split('.').filter(|p| !p.is_empty()) {
                let mut rest = part;
                if let Some(i) = rest.find('[') {
                    if i > 0 {
                        out.push(Segment::Key(rest[..i].to_string()));
                    }
                    rest = &rest[i..];
                    while let Some(stripped) = rest.strip_prefix('[') {
                        let end = stripped.find(']')?;
                        let inner = &stripped[..end];
                        out.push(match inner.parse::<usize>() {
                            Ok(n) => Segment::Index(n),
                            Err(_) => Segment::Key(inner.trim_matches(['"', '\'']).to_string()),
                        });
                        rest = &stripped[end + 1..];
                    }
                } else {
                    out.push(Segment::Key(rest.to_string()));
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// Whether findings of this kind take something from the document that the
/// policies did not return (the default resource below).
pub fn reads_document(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Kubernetes | Kind::Cloudformation | Kind::Terraform | Kind::TerraformPlan
    )
}

/// What a finding is about when the policy did not say: the object a
/// Kubernetes document declares, or the CloudFormation resource a path enters.
fn default_resource(kind: Kind, doc: &Value, path: Option<&[Segment]>) -> Option<String> {
    match kind {
        Kind::Kubernetes => {
            let k = doc.get("kind")?.as_str()?;
            let meta = doc.get("metadata");
            let name = meta
                .and_then(|m| m.get("name"))
                .and_then(Value::as_str)
                .unwrap_or("");
            match meta
                .and_then(|m| m.get("namespace"))
                .and_then(Value::as_str)
            {
                Some(ns) => Some(format!("{k}/{ns}/{name}")),
                None => Some(format!("{k}/{name}")),
            }
        }
        Kind::Cloudformation => match path? {
            [Segment::Key(r), Segment::Key(name), ..] if r == "Resources" => Some(name.clone()),
            _ => None,
        },
        // Terraform addresses: `aws_s3_bucket.logs`, `data.x.y`, `module.vpc`;
        // in an evaluated module instance or `for_each` resource, the address
        // the evaluation recorded (`module.db.aws_db_instance.this["a"]`).
        Kind::Terraform => {
            let meta = doc.get(crate::terraform::META_KEY);
            let module = meta
                .and_then(|m| m.get("module"))
                .and_then(Value::as_str)
                .filter(|m| !m.is_empty());
            let within = |local: String| match module {
                Some(m) => format!("{m}.{local}"),
                None => local,
            };
            match path? {
                [Segment::Key(r), Segment::Key(t), Segment::Key(n), rest @ ..]
                    if r == "resource" || r == "data" =>
                {
                    let recorded = match rest.first() {
                        Some(Segment::Index(i)) => meta
                            .and_then(|m| m.get("addresses")?.get(r)?.get(t)?.get(n)?.get(*i))
                            .and_then(Value::as_str),
                        _ => None,
                    };
                    Some(match (recorded, r.as_str()) {
                        (Some(a), _) => a.to_owned(),
                        (None, "data") => within(format!("data.{t}.{n}")),
                        (None, _) => within(format!("{t}.{n}")),
                    })
                }
                [Segment::Key(r), Segment::Key(n), ..] if r == "module" => {
                    Some(within(format!("module.{n}")))
                }
                _ => None,
            }
        }
        // A plan: the address of the innermost resource object the path enters.
        Kind::TerraformPlan => {
            let mut v = doc;
            let mut address = None;
            for seg in path? {
                v = match (v, seg) {
                    (Value::Object(m), Segment::Key(k)) => m.get(k)?,
                    (Value::Array(a), Segment::Index(i)) => a.get(*i)?,
                    _ => break,
                };
                if let Some(a) = v.get("address").and_then(Value::as_str) {
                    address = Some(a.to_string());
                }
            }
            address
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_come_as_lists_or_dotted_strings() {
        let k = |s: &str| Segment::Key(s.into());
        assert_eq!(
            parse_path(&json!(["spec", "containers", 0, "image"])),
            Some(vec![
                k("spec"),
                k("containers"),
                Segment::Index(0),
                k("image")
            ])
        );
        assert_eq!(
            parse_path(&json!("spec.containers[1].image")),
            Some(vec![
                k("spec"),
                k("containers"),
                Segment::Index(1),
                k("image")
            ])
        );
        assert_eq!(parse_path(&json!([true])), None);
    }

    #[test]
    fn conftest_exceptions_strip_only_failure_prefixes() {
        assert_eq!(conftest_exception_name("deny_run_as_root"), "run_as_root");
        assert_eq!(conftest_exception_name("violation_x"), "x");
        assert_eq!(conftest_exception_name("warn_x"), "warn_x");
        assert_eq!(conftest_exception_name("deny"), "deny");
    }

    #[test]
    fn kubernetes_resources_name_the_object() {
        let d = json!({"kind":"Deployment","metadata":{"name":"web","namespace":"prod"}});
        assert_eq!(
            default_resource(Kind::Kubernetes, &d, None).as_deref(),
            Some("Deployment/prod/web")
        );
    }
}
