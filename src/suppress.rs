//! Suppression with accountability, strongest first: inline
//! `# verdict:ignore[ID] reason` comments, waivers (reason, owner, expiry),
//! then a baseline. Suppressed findings stay in reports, marked with why;
//! stale suppressions (unused ignores, unused or expired waivers) are reported.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use globset::{Glob, GlobMatcher};
use serde::{Deserialize, Serialize};

use crate::config::Waiver;
use crate::date::Date;
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::{Finding, Suppression, SuppressionKind};

/// One `verdict:ignore[...]` comment.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Directive {
    pub file: String,
    pub line: u32,
    pub ids: Vec<String>,
    pub reason: String,
}

const MARKER: &str = "verdict:ignore[";

/// Every ignore directive in a text whose syntax has `#` or `//` comments.
pub fn directives(file: &str, text: &str) -> Vec<Directive> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find(MARKER) {
            let before = rest[..at].trim_end();
            let after = &rest[at + MARKER.len()..];
            // Only inside a comment: the marker directly follows `#` or `//`.
            if before.ends_with('#') || before.ends_with("//") {
                if let Some(close) = after.find(']') {
                    let ids: Vec<String> = after[..close]
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect();
                    if !ids.is_empty() {
                        out.push(Directive {
                            file: file.to_string(),
                            line: i as u32 + 1,
                            ids,
                            reason: after[close + 1..].trim().to_string(),
                        });
                    }
                }
            }
            rest = after;
        }
    }
    out
}

/// What the gate should honour, resolved from flags and the config file.
#[derive(Debug, Default)]
pub struct Policy {
    pub inline: bool,
    pub waivers: Vec<Waiver>,
    pub baseline: Option<Baseline>,
    pub today: Option<Date>,
    pub warn_days: u32,
}

/// Apply suppressions in order of strength; return the warnings about
/// suppressions themselves.
pub fn apply(
    findings: &mut [Finding],
    directives: &[Directive],
    policy: &Policy,
) -> Vec<Diagnostic> {
    apply_tracked(findings, directives, policy).0
}

/// How one waiver fared in a run: which findings it covered (or, expired,
/// would have covered). A sharded scan reports these so `verdict merge` can
/// say what the waiver did across all the shards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WaiverUse {
    pub rule: String,
    pub owner: String,
    /// `file:line` of the waiver.
    pub source: String,
    pub expires: Option<String>,
    pub expired: bool,
    /// Days until it expires, when that is within the warning window.
    pub expiring_in: Option<i64>,
    pub matched: Vec<Matched>,
}

/// A finding a waiver matched, by its report order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Matched {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub rule_id: String,
    pub message: String,
}

impl Matched {
    fn of(f: &Finding) -> Matched {
        Matched {
            file: f.file.clone(),
            line: f.line,
            column: f.column,
            rule_id: f.rule_id.clone(),
            message: f.message.clone(),
        }
    }
}

/// The warnings a run's waivers deserve: expired, unused, expiring soon.
pub fn waiver_notes(uses: &[WaiverUse]) -> Vec<Diagnostic> {
    let mut notes = Vec::new();
    for w in uses {
        let (file, line) = split_source(&w.source);
        let (code, message) = if w.expired {
            let list: Vec<String> = w
                .matched
                .iter()
                .map(|m| format!("{}:{} {}", m.file, m.line, m.rule_id))
                .collect();
            let what = if list.is_empty() {
                "it matches no finding any more; remove it".to_string()
            } else {
                format!("these findings count again: {}", list.join(", "))
            };
            (
                Code::WaiverExpired,
                format!(
                    "waiver for {} (owner {}) expired on {}; {what}",
                    w.rule,
                    w.owner,
                    w.expires.as_deref().unwrap_or_default()
                ),
            )
        } else if w.matched.is_empty() {
            (
                Code::UnusedWaiver,
                format!(
                    "waiver for {} (owner {}) matches no finding; remove it",
                    w.rule, w.owner
                ),
            )
        } else if let Some(left) = w.expiring_in {
            let n = w.matched.len();
            (
                Code::WaiverExpiring,
                format!(
                    "waiver for {} (owner {}) expires on {}, in {left} day{}; {n} finding{} will count again",
                    w.rule,
                    w.owner,
                    w.expires.as_deref().unwrap_or_default(),
                    if left == 1 { "" } else { "s" },
                    if n == 1 { "" } else { "s" }
                ),
            )
        } else {
            continue;
        };
        notes.push(Diagnostic::new(code, file, message).at(line, 1));
    }
    notes
}

/// [`apply`], also saying how each waiver was used.
pub fn apply_tracked(
    findings: &mut [Finding],
    directives: &[Directive],
    policy: &Policy,
) -> (Vec<Diagnostic>, Vec<WaiverUse>) {
    let mut notes = Vec::new();
    let mut uses = Vec::new();
    let today = policy.today.unwrap_or_else(Date::today);

    if policy.inline {
        let mut by_file: HashMap<&str, Vec<(usize, &Directive)>> = HashMap::new();
        for (i, d) in directives.iter().enumerate() {
            by_file.entry(d.file.as_str()).or_default().push((i, d));
        }
        let mut used: BTreeSet<(usize, String)> = BTreeSet::new();
        for f in findings.iter_mut().filter(|f| f.suppression.is_none()) {
            let Some(ds) = by_file.get(f.file.as_str()) else {
                continue;
            };
            let hit = ds.iter().find(|(_, d)| {
                (d.line == f.line || d.line + 1 == f.line) && d.ids.contains(&f.rule_id)
            });
            if let Some((i, d)) = hit {
                used.insert((*i, f.rule_id.clone()));
                f.suppression = Some(Suppression {
                    kind: SuppressionKind::Inline,
                    justification: if d.reason.is_empty() {
                        format!("inline ignore at {}:{} (no reason given)", d.file, d.line)
                    } else {
                        d.reason.clone()
                    },
                    owner: None,
                    expires: None,
                    source: Some(format!("{}:{}", d.file, d.line)),
                });
            }
        }
        for (i, d) in directives.iter().enumerate() {
            let unused: Vec<&str> = d
                .ids
                .iter()
                .filter(|id| !used.contains(&(i, (*id).clone())))
                .map(String::as_str)
                .collect();
            if !unused.is_empty() {
                notes.push(
                    Diagnostic::new(
                        Code::UnusedIgnore,
                        &d.file,
                        format!(
                            "`verdict:ignore[{}]` matches no finding on this line or the next",
                            unused.join(",")
                        ),
                    )
                    .at(d.line, 1),
                );
            }
        }
    }

    for w in &policy.waivers {
        let matcher = WaiverMatcher::new(w);
        let covered: Vec<usize> = findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.suppression.is_none() && matcher.matches(f))
            .map(|(i, _)| i)
            .collect();
        let expired = !w.in_force(today);
        let expiring_in = w
            .expires
            .map(|e| today.days_until(e))
            .filter(|left| *left <= i64::from(policy.warn_days));
        uses.push(WaiverUse {
            rule: w.rule.clone(),
            owner: w.owner.clone(),
            source: w.source.clone(),
            expires: w.expires.map(|d| d.to_string()),
            expired,
            expiring_in,
            matched: covered.iter().map(|&i| Matched::of(&findings[i])).collect(),
        });
        if !expired {
            for i in covered {
                findings[i].suppression = Some(matcher.suppression());
            }
        }
    }
    notes.extend(waiver_notes(&uses));

    if let Some(b) = &policy.baseline {
        for f in findings.iter_mut().filter(|f| f.suppression.is_none()) {
            if b.fingerprints.contains(&f.fingerprint) {
                f.suppression = Some(Suppression {
                    kind: SuppressionKind::Baseline,
                    justification: format!("recorded in the baseline {}", b.file),
                    owner: None,
                    expires: None,
                    source: Some(b.file.clone()),
                });
            }
        }
    }
    (notes, uses)
}

fn split_source(source: &str) -> (&str, u32) {
    match source.rsplit_once(':') {
        Some((f, l)) => (f, l.parse().unwrap_or(1)),
        None => (source, 1),
    }
}

/// One waiver, its globs compiled.
pub struct WaiverMatcher<'a> {
    waiver: &'a Waiver,
    rule: Option<GlobMatcher>,
    path: Option<GlobMatcher>,
}

impl<'a> WaiverMatcher<'a> {
    pub fn new(waiver: &'a Waiver) -> Self {
        let glob = |s: &str| Glob::new(s).ok().map(|g| g.compile_matcher());
        WaiverMatcher {
            waiver,
            rule: glob(&waiver.rule),
            path: waiver
                .path
                .as_deref()
                .and_then(|p| glob(p.trim_start_matches("./"))),
        }
    }

    pub fn in_force(&self, today: Date) -> bool {
        self.waiver.in_force(today)
    }

    /// What a finding it covers is marked with.
    pub fn suppression(&self) -> Suppression {
        let w = self.waiver;
        Suppression {
            kind: SuppressionKind::Waiver,
            justification: w.reason.clone(),
            owner: Some(w.owner.clone()),
            expires: w.expires.map(|d| d.to_string()),
            source: Some(w.source.clone()),
        }
    }

    pub fn matches(&self, f: &Finding) -> bool {
        let w = self.waiver;
        let rule_ok =
            w.rule == f.rule_id || self.rule.as_ref().is_some_and(|g| g.is_match(&f.rule_id));
        let path_ok = match (&w.path, &self.path) {
            (None, _) => true,
            (Some(p), m) => *p == f.file || m.as_ref().is_some_and(|g| g.is_match(&f.file)),
        };
        let resource_ok = w
            .resource
            .as_ref()
            .is_none_or(|r| f.resource.as_deref() == Some(r.as_str()));
        let fp_ok = w.fingerprint.as_ref().is_none_or(|fp| *fp == f.fingerprint);
        rule_ok && path_ok && resource_ok && fp_ok
    }
}

/// Fingerprints accepted as they are: only findings not in it gate.
#[derive(Debug, Clone, Default)]
pub struct Baseline {
    pub file: String,
    pub fingerprints: BTreeSet<String>,
}

#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<BaselineEntry>,
}

#[derive(Serialize, Deserialize)]
struct BaselineEntry {
    fingerprint: String,
    rule_id: String,
    file: String,
    message: String,
}

impl Baseline {
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
        let parsed: BaselineFile = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{shown}:{}:{}: not a verdict baseline: {e}",
                e.line(),
                e.column()
            )
        })?;
        if parsed.version != 1 {
            return Err(format!(
                "{shown}: baseline version {} is not supported (expected 1)",
                parsed.version
            ));
        }
        Ok(Baseline {
            file: shown,
            fingerprints: parsed.findings.into_iter().map(|e| e.fingerprint).collect(),
        })
    }

    /// The baseline for these findings: every one not suppressed otherwise.
    pub fn render(findings: &[Finding]) -> String {
        let mut entries: Vec<BaselineEntry> = findings
            .iter()
            .filter(|f| {
                f.suppression
                    .as_ref()
                    .is_none_or(|s| s.kind == SuppressionKind::Baseline)
            })
            .map(|f| BaselineEntry {
                fingerprint: f.fingerprint.clone(),
                rule_id: f.rule_id.clone(),
                file: f.file.clone(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort_by(|a, b| {
            (&a.file, &a.rule_id, &a.fingerprint).cmp(&(&b.file, &b.rule_id, &b.fingerprint))
        });
        entries.dedup_by(|a, b| a.fingerprint == b.fingerprint);
        let doc = BaselineFile {
            version: 1,
            findings: entries,
        };
        let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_read_from_comments_only() {
        let text = "a: 1 # verdict:ignore[VD-1, VD-2] accepted by sec team\n# verdict:ignore[VD-3]\nurl: \"x verdict:ignore[VD-4]\"\nresource \"x\" \"y\" { // verdict:ignore[VD-5] legacy\n";
        let d = directives("f.yaml", text);
        assert_eq!(d.len(), 3, "{d:?}");
        assert_eq!(d[0].ids, vec!["VD-1", "VD-2"]);
        assert_eq!(d[0].reason, "accepted by sec team");
        assert_eq!((d[1].line, d[1].reason.as_str()), (2, ""));
        assert_eq!((d[2].line, d[2].ids[0].as_str()), (4, "VD-5"));
    }
}
