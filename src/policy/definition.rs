//! Rule definitions with identities of their own. Conftest files put many
//! `deny` definitions in one package, each under its own METADATA, and OPA
//! reads each definition's annotations as its own; but a rule's value does
//! not say which definition produced an element. So when the definitions of
//! one rule name carry more than one identity, each identity is evaluated
//! through a generated rule holding only its definitions.

use std::collections::BTreeMap;

use super::metadata::Annotation;
use super::{Form, ModuleInfo, PolicyFile, RuleDef};

/// The package of the generated rules that stand in for `default` definitions.
pub(crate) const DEFAULTS_PACKAGE: &str = "verdict_internal_defaults";

/// What a generated copy's name adds to the rule's: `deny__verdict_def_2`.
const COPY_MARK: &str = "__verdict_def_";

/// An engine message with generated copies called by the rule's own name,
/// since the user wrote `deny`, not `deny__verdict_def_2` (lines and columns
/// are the user's file's, but for columns after the name on a head's line).
pub(crate) fn user_names(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(COPY_MARK) {
        out.push_str(&rest[..i]);
        rest = rest[i + COPY_MARK.len()..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

/// A definition of a deny/warn/violation rule and its own METADATA block
/// (the annotation and the line of its `# METADATA` marker), if it has one.
#[derive(Clone, Copy)]
pub(crate) struct Def<'a> {
    pub file: &'a str,
    pub rule: &'a RuleDef,
    pub meta: Option<&'a (Annotation, u32)>,
}

/// The definitions of one rule name that share an identity.
#[derive(Debug, PartialEq)]
pub(crate) struct Identity {
    pub id: String,
    /// Indices into the rule's definitions, in load order.
    pub defs: Vec<usize>,
}

#[derive(PartialEq)]
enum Key<'a> {
    Id(&'a str),
    Described(&'a Annotation),
    Plain,
}

/// Group a rule's definitions into identities and name each one:
/// - METADATA with `custom.id`: that id (definitions declaring the same id
///   are one identity, described by the first one's block);
/// - no METADATA block: all such definitions share `base` (the package's id,
///   or `<package>.<rule>`) and the package's metadata;
/// - METADATA without an id: definitions whose blocks say the same are one
///   identity, named `base` when it is the rule's only identity without an
///   id, else `base.<title in kebab case>`, or `base.<N>` (N the 1-based
///   position of its first definition) when it has no title or shares it.
///
/// A title is steadier than a position (definitions move); `custom.id` is
/// the stable choice and what the README recommends.
pub(crate) fn identities(defs: &[Def<'_>], base: &str) -> Vec<Identity> {
    fn key<'a>(d: &Def<'a>) -> Key<'a> {
        match d.meta {
            Some((a, _)) => match &a.custom.id {
                Some(id) => Key::Id(id),
                None => Key::Described(a),
            },
            None => Key::Plain,
        }
    }
    let mut groups: Vec<(Key<'_>, Vec<usize>)> = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        let k = key(d);
        match groups.iter_mut().find(|(g, _)| *g == k) {
            Some((_, members)) => members.push(i),
            None => groups.push((k, vec![i])),
        }
    }
    let plain = groups.iter().any(|(k, _)| *k == Key::Plain);
    let slugs: Vec<String> = groups
        .iter()
        .filter_map(|(k, _)| match k {
            Key::Described(a) => Some(slug(a.title.as_deref().unwrap_or(""))),
            _ => None,
        })
        .collect();
    groups
        .into_iter()
        .map(|(k, members)| {
            let id = match k {
                Key::Id(id) => id.to_string(),
                Key::Plain => base.to_string(),
                Key::Described(_) if !plain && slugs.len() == 1 => base.to_string(),
                Key::Described(a) => {
                    let s = slug(a.title.as_deref().unwrap_or(""));
                    if !s.is_empty() && slugs.iter().filter(|o| **o == s).count() == 1 {
                        format!("{base}.{s}")
                    } else {
                        format!("{base}.{}", members[0] + 1)
                    }
                }
            };
            Identity { id, defs: members }
        })
        .collect()
}

/// `No latest tag!` → `no-latest-tag`.
fn slug(title: &str) -> String {
    title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// The generated rules for every split rule of a load, gathered per policy
/// file and turned into modules once all rules are planned.
#[derive(Default)]
pub(crate) struct Generated {
    /// Per policy file: the definitions (by where they start) its copy
    /// keeps, each with the generated name it is renamed to.
    keep: BTreeMap<String, Vec<(usize, String)>>,
    /// Rules of the defaults module.
    defaults: Vec<String>,
}

/// A rule path to evaluate for an identity, and whether its value is always
/// defined (a partial set rule).
pub(crate) type Target = (String, bool);

impl Generated {
    /// Plan how each identity of rule `name` in the package at `query` is
    /// evaluated: the identity's definitions are copied under a generated
    /// name (`deny__verdict_def_2`, which `rule_level` does not take for a
    /// rule of its own); a `default` definition becomes a rule that holds its
    /// value when no other definition is defined, as OPA applies a default.
    /// Returns the targets of each identity, in order.
    pub fn split(
        &mut self,
        query: &str,
        name: &str,
        defs: &[Def<'_>],
        identities: &[Identity],
    ) -> Vec<Vec<Target>> {
        let mut out: Vec<Vec<Target>> = identities.iter().map(|_| Vec::new()).collect();
        let mut copies = Vec::new();
        let mut default = None;
        for (k, identity) in identities.iter().enumerate() {
            let members = || identity.defs.iter().filter_map(|&i| defs.get(i));
            let generated = format!("{name}{COPY_MARK}{}", k + 1);
            let mut set = true;
            let mut any = false;
            for d in members() {
                match &d.rule.form {
                    Form::Default(value) => {
                        // Rego allows one default per rule; a second is the
                        // engine's error to report, not ours.
                        default.get_or_insert((k, value.clone()));
                    }
                    Form::Spec | Form::Func => {
                        any = true;
                        set &= d.rule.set;
                        self.keep
                            .entry(d.file.to_string())
                            .or_default()
                            .push((d.rule.span.start, generated.clone()));
                    }
                }
            }
            if any {
                let target = format!("{query}.{generated}");
                copies.push(target.clone());
                out[k].push((target, set));
            }
        }
        if let Some((k, value)) = default {
            let helper = format!("d{}", self.defaults.len());
            // `_ = x` holds whenever x is defined, even as `false`.
            let mut conditions: Vec<String> = copies
                .iter()
                .map(|c| format!("\tcount([1 | _ = {c}]) == 0\n"))
                .collect();
            if conditions.is_empty() {
                conditions.push("\ttrue\n".into());
            }
            self.defaults.push(format!(
                "{helper} := {value} if {{\n{}}}\n",
                conditions.concat()
            ));
            out[k].push((format!("data.{DEFAULTS_PACKAGE}.{helper}"), false));
        }
        out
    }

    /// The generated modules: per policy file with kept definitions, its
    /// text with every other rule blanked and the kept ones renamed (so each
    /// kept line and column stays where it was, and an evaluation error
    /// names the place in the user's file), under the same name; then the
    /// defaults module. Err names a file whose rule spans do not fit its text.
    pub fn modules<'t>(
        &self,
        infos: &[ModuleInfo],
        text_of: impl Fn(&str) -> Option<&'t str>,
    ) -> Result<Vec<PolicyFile>, String> {
        let mut out = Vec::new();
        for m in infos {
            let Some(keep) = self.keep.get(&m.file) else {
                continue;
            };
            let text = text_of(&m.file)
                .and_then(|t| masked(t, &m.rules, keep))
                .ok_or_else(|| m.file.clone())?;
            out.push(PolicyFile {
                name: m.file.clone(),
                text,
            });
        }
        if !self.defaults.is_empty() {
            out.push(PolicyFile {
                name: format!("<{DEFAULTS_PACKAGE}>"),
                text: format!(
                    "package {DEFAULTS_PACKAGE}\n\nimport rego.v1\n\n{}",
                    self.defaults.join("\n")
                ),
            });
        }
        Ok(out)
    }
}

/// `text` with only the `keep` rules (by where they start), each renamed;
/// every other rule becomes spaces, byte for byte, line breaks kept. Package,
/// imports and comments stay. None if a span does not fit the text.
fn masked(text: &str, rules: &[RuleDef], keep: &[(usize, String)]) -> Option<String> {
    let mut ordered: Vec<&RuleDef> = rules.iter().collect();
    ordered.sort_by_key(|r| r.span.start);
    let mut out = String::with_capacity(text.len() + 32 * keep.len());
    let mut at = 0;
    for r in ordered {
        out.push_str(text.get(at..r.span.start)?);
        let body = text.get(r.span.clone())?;
        match keep.iter().find(|(start, _)| *start == r.span.start) {
            Some((_, new)) => {
                let head = r.name_at.checked_sub(r.span.start)?;
                let after = head + r.name.len();
                if body.get(head..after)? != r.name {
                    return None;
                }
                out.push_str(body.get(..head)?);
                out.push_str(new);
                out.push_str(body.get(after..)?);
            }
            None => {
                for c in body.chars() {
                    if c == '\n' {
                        out.push('\n');
                    } else {
                        out.extend(std::iter::repeat_n(' ', c.len_utf8()));
                    }
                }
            }
        }
        at = r.span.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(text: &str, name: &str, at: &str) -> RuleDef {
        let start = text.find(at).unwrap_or(0);
        RuleDef {
            name: name.into(),
            line: 1,
            set: true,
            form: Form::Spec,
            span: start..start + at.len(),
            name_at: start + at.find(name).unwrap_or(0),
        }
    }

    #[test]
    fn messages_call_copies_by_the_rule_name() {
        assert_eq!(
            user_names("12 | deny__verdict_def_2 := \"c\" at deny_x__verdict_def_10"),
            "12 | deny := \"c\" at deny_x"
        );
    }

    #[test]
    fn a_copy_keeps_the_kept_rules_in_place_and_blanks_the_rest() {
        let text = "package p\n\ndeny contains \"a\" if {\n\ttrue\n}\n\n# é\nwarn contains \"é\"\n";
        let a = rule(text, "deny", "deny contains \"a\" if {\n\ttrue\n}");
        let b = rule(text, "warn", "warn contains \"é\"");
        let got = masked(text, &[a, b], &[(11, "deny__verdict_def_1".into())]);
        let blank = " ".repeat("warn contains \"é\"".len());
        let want = format!(
            "package p\n\ndeny__verdict_def_1 contains \"a\" if {{\n\ttrue\n}}\n\n# é\n{blank}\n"
        );
        assert_eq!(got.as_deref(), Some(want.as_str()));
        assert_eq!(got.map(|g| g.lines().count()), Some(text.lines().count()));
    }

    fn described(title: Option<&str>, id: Option<&str>, severity: &str) -> (Annotation, u32) {
        let mut a = Annotation {
            title: title.map(String::from),
            ..Annotation::default()
        };
        a.custom.id = id.map(String::from);
        a.custom.severity = Some(severity.into());
        (a, 1)
    }

    #[test]
    fn identities_follow_ids_then_what_the_blocks_say() {
        let r = RuleDef {
            name: "deny".into(),
            line: 1,
            set: true,
            form: Form::Spec,
            span: 0..0,
            name_at: 0,
        };
        let x = described(Some("X"), Some("X-1"), "high");
        let x_again = described(Some("X, again"), Some("X-1"), "low");
        let latest = described(Some("No latest tag!"), None, "low");
        let untitled = described(None, None, "high");
        let def = |meta| Def {
            file: "p.rego",
            rule: &r,
            meta,
        };
        let ids = |defs: &[Def<'_>]| -> Vec<(String, Vec<usize>)> {
            identities(defs, "p.deny")
                .into_iter()
                .map(|i| (i.id, i.defs))
                .collect()
        };
        let defs = [
            def(Some(&x)),
            def(None),
            def(Some(&latest)),
            def(Some(&x_again)),
            def(Some(&untitled)),
            def(None),
            def(Some(&latest)),
        ];
        assert_eq!(
            ids(&defs),
            vec![
                ("X-1".into(), vec![0, 3]),
                ("p.deny".into(), vec![1, 5]),
                ("p.deny.no-latest-tag".into(), vec![2, 6]),
                ("p.deny.5".into(), vec![4]),
            ]
        );
        // The only identity without an id takes the base name.
        assert_eq!(
            ids(&[def(Some(&x)), def(Some(&latest))]),
            vec![("X-1".into(), vec![0]), ("p.deny".into(), vec![1])]
        );
    }
}
