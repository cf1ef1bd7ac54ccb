//! `verdict rules --framework KEY`: which of a framework's controls the
//! loaded rules cover, by which rules, and which controls no rule covers yet.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::frameworks::{self, Reference};
use crate::natural;
use crate::policy::Rule;

#[derive(Debug)]
pub struct Coverage<'a> {
    /// The key as the rules spell it (or as asked, when no rule names it).
    pub key: String,
    /// The framework's published control list, when verdict has it.
    pub reference: Option<&'static Reference>,
    /// Controls with at least one rule: in the framework's order when the
    /// list is known, else in natural order.
    pub covered: Vec<Covered<'a>>,
    /// Listed controls that no rule covers.
    pub uncovered: Vec<&'static (String, String)>,
    /// Controls rules name that the published list does not have (a
    /// mistyped or out-of-version mapping).
    pub unlisted: Vec<Covered<'a>>,
    /// Rules that name the framework but no control of it.
    pub without_control: Vec<&'a Rule>,
    /// How many distinct rules map to the framework.
    pub rule_count: usize,
}

#[derive(Debug)]
pub struct Covered<'a> {
    pub id: String,
    pub title: String,
    pub rules: Vec<&'a Rule>,
}

/// The coverage of framework `key` by `rules`; `None` when neither a rule
/// nor a control list knows the key.
pub fn of<'a>(key: &str, rules: &'a BTreeMap<String, Rule>) -> Option<Coverage<'a>> {
    let reference = frameworks::find(key);
    let mut sorted: Vec<&Rule> = rules.values().collect();
    sorted.sort_by(|a, b| natural::cmp(&a.id, &b.id));
    let mut spelled = None;
    let mut by_control: BTreeMap<String, Vec<&Rule>> = BTreeMap::new();
    let mut unlisted: BTreeMap<String, Vec<&Rule>> = BTreeMap::new();
    let mut without_control = Vec::new();
    let mut rule_count = 0;
    for rule in sorted {
        let Some((name, controls)) = rule
            .frameworks
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key.trim()))
        else {
            continue;
        };
        spelled.get_or_insert_with(|| name.clone());
        rule_count += 1;
        if controls.is_empty() {
            without_control.push(rule);
        }
        for c in controls {
            let (target, id) = match reference.map(|r| r.resolve(c)) {
                Some(Some(listed)) => (&mut by_control, listed.to_string()),
                Some(None) => (&mut unlisted, c.clone()),
                None => (&mut by_control, c.clone()),
            };
            let list = target.entry(id).or_default();
            if !list.iter().any(|r| r.id == rule.id) {
                list.push(rule);
            }
        }
    }
    if spelled.is_none() && reference.is_none() {
        return None;
    }
    let naturally = |m: BTreeMap<String, Vec<&'a Rule>>| {
        let mut v: Vec<Covered<'a>> = m
            .into_iter()
            .map(|(id, rules)| Covered {
                id,
                title: String::new(),
                rules,
            })
            .collect();
        v.sort_by(|a, b| natural::cmp(&a.id, &b.id));
        v
    };
    let (covered, uncovered) = match reference {
        Some(r) => {
            let mut covered = Vec::new();
            let mut uncovered = Vec::new();
            for control in &r.controls {
                match by_control.remove(&control.0) {
                    Some(rules) => covered.push(Covered {
                        id: control.0.clone(),
                        title: control.1.clone(),
                        rules,
                    }),
                    None => uncovered.push(control),
                }
            }
            (covered, uncovered)
        }
        None => (naturally(by_control), Vec::new()),
    };
    Some(Coverage {
        key: reference
            .map(|r| r.key.clone())
            .or(spelled)
            .unwrap_or_else(|| key.to_string()),
        reference,
        covered,
        uncovered,
        unlisted: naturally(unlisted),
        without_control,
        rule_count,
    })
}

impl Coverage<'_> {
    /// "38 of 63 controls covered by 52 rules" (no total without a list).
    pub fn summary(&self) -> String {
        let rules = plural(self.rule_count, "rule");
        match self.reference {
            Some(r) => format!(
                "{} of {} controls covered by {rules}",
                self.covered.len(),
                r.controls.len()
            ),
            None => format!(
                "{} covered by {rules} (verdict has no control list for this framework, so the controls no rule covers cannot be named)",
                plural(self.covered.len(), "control"),
            ),
        }
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        match self.reference {
            Some(r) => s.push_str(&format!("{} ({})\n", r.label(), self.key)),
            None => s.push_str(&format!("{}\n", self.key)),
        }
        s.push_str(&format!("{}\n", self.summary()));
        if let Some(r) = self.reference {
            if !r.scope.is_empty() {
                s.push_str(&format!("scope: {}\n", r.scope));
            }
            if !r.source.is_empty() {
                s.push_str(&format!("source: {}\n", r.source));
            }
        }
        let width = self
            .covered
            .iter()
            .map(|c| c.id.len())
            .chain(self.uncovered.iter().map(|c| c.0.len()))
            .chain(self.unlisted.iter().map(|c| c.id.len()))
            .max()
            .unwrap_or(2);
        let ids = |rules: &[&Rule]| {
            rules
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.covered.is_empty() {
            s.push_str("\nCOVERED\n");
            for c in &self.covered {
                if c.title.is_empty() {
                    s.push_str(&format!("  {:width$}  {}\n", c.id, ids(&c.rules)));
                } else {
                    s.push_str(format!("  {:width$}  {}", c.id, c.title).trim_end());
                    s.push_str(&format!("\n  {:width$}    {}\n", "", ids(&c.rules)));
                }
            }
        }
        if !self.uncovered.is_empty() {
            s.push_str(&format!("\nNOT COVERED ({})\n", self.uncovered.len()));
            for (id, title) in &self.uncovered {
                s.push_str(format!("  {id:width$}  {title}").trim_end());
                s.push('\n');
            }
        }
        if !self.unlisted.is_empty() {
            s.push_str("\nNOT IN THE FRAMEWORK'S LIST (check these mappings)\n");
            for c in &self.unlisted {
                s.push_str(&format!("  {:width$}  {}\n", c.id, ids(&c.rules)));
            }
        }
        if !self.without_control.is_empty() {
            s.push_str(&format!(
                "\nNO CONTROL NAMED\n  {}\n",
                ids(&self.without_control)
            ));
        }
        s
    }

    pub fn to_json(&self) -> Value {
        let control = |c: &Covered<'_>| {
            json!({
                "id": c.id,
                "title": c.title,
                "rules": c.rules.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            })
        };
        json!({
            "framework": self.key,
            "title": self.reference.map(|r| r.title.as_str()),
            "version": self.reference.map(|r| r.version.as_str()),
            "source": self.reference.map(|r| r.source.as_str()),
            "scope": self.reference.map(|r| r.scope.as_str()),
            "total": self.reference.map(|r| r.controls.len()),
            "covered_count": self.covered.len(),
            "rule_count": self.rule_count,
            "covered": self.covered.iter().map(control).collect::<Vec<_>>(),
            "uncovered": self.uncovered.iter().map(|(id, title)| json!({"id": id, "title": title})).collect::<Vec<_>>(),
            "unlisted": self.unlisted.iter().map(control).collect::<Vec<_>>(),
            "without_control": self.without_control.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        })
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
