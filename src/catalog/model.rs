//! What the catalogue says, independent of how it is drawn: the rules in
//! natural id order, and per framework each control with the rules that
//! cover it. Both renderers read only this.

use std::collections::{BTreeMap, BTreeSet};

use crate::policy::Rule;

use crate::natural;

/// Where the policies came from, for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Builtin,
    Paths(Vec<String>),
}

#[derive(Debug)]
pub struct Catalog<'a> {
    pub title: String,
    pub version: &'static str,
    pub source: Source,
    /// The policies' digest and bundles (revision, digest, signature):
    /// which exact policies this catalogue describes.
    pub provenance: crate::policy::Provenance,
    /// Every rule, in natural id order.
    pub rules: Vec<Entry<'a>>,
    /// Every framework a rule names, in natural order.
    pub frameworks: Vec<Framework<'a>>,
    /// Indices into `rules` of the rules that name no framework.
    pub unmapped: Vec<usize>,
}

/// One rule and what the catalogue derives from it.
#[derive(Debug)]
pub struct Entry<'a> {
    pub rule: &'a Rule,
    /// Unique in the document: `rule-VD-K8S-001`.
    pub anchor: String,
    /// Its frameworks in natural order, each with its controls in natural
    /// order, without repeats.
    pub frameworks: Vec<(&'a str, Vec<&'a str>)>,
}

impl Entry<'_> {
    /// The title, or the rule name when METADATA gives none (as `verdict rules` shows it).
    pub fn title(&self) -> &str {
        self.rule.title.as_deref().unwrap_or(&self.rule.name)
    }

    pub fn kinds(&self) -> Option<Vec<&'static str>> {
        self.rule
            .kinds
            .as_ref()
            .map(|ks| ks.iter().map(|k| k.name()).collect())
    }

    /// `file:line` of the rule's definition.
    pub fn location(&self) -> String {
        format!("{}:{}", self.rule.file, self.rule.line)
    }

    /// The rule path a scan evaluates: `data.<package>.<rule>`.
    pub fn rule_path(&self) -> String {
        format!("data.{}.{}", self.rule.package, self.rule.name)
    }
}

#[derive(Debug)]
pub struct Framework<'a> {
    pub name: &'a str,
    pub anchor: String,
    pub controls: Vec<Control<'a>>,
    /// Rules that name the framework but no control of it.
    pub without_control: Vec<usize>,
    /// How many distinct rules map to the framework.
    pub rule_count: usize,
    /// "38 of 63" when verdict has the framework's control list (counted
    /// as `verdict rules --framework` counts), else the number of controls
    /// the rules name.
    pub covered: String,
}

#[derive(Debug)]
pub struct Control<'a> {
    pub id: &'a str,
    /// Indices into `Catalog::rules`, in natural id order.
    pub rules: Vec<usize>,
}

impl<'a> Catalog<'a> {
    pub fn new(title: &str, source: Source, rules: &'a BTreeMap<String, Rule>) -> Catalog<'a> {
        let mut sorted: Vec<&Rule> = rules.values().collect();
        sorted.sort_by(|a, b| natural::cmp(&a.id, &b.id));
        let mut anchors = Anchors::default();
        let entries: Vec<Entry<'a>> = sorted
            .into_iter()
            .map(|rule| Entry {
                rule,
                anchor: anchors.make("rule-", &rule.id),
                frameworks: frameworks_of(rule),
            })
            .collect();

        // framework → control → rule indices; rule order is kept because
        // entries are visited in order.
        type Controls<'b> = BTreeMap<&'b str, Vec<usize>>;
        let mut by_framework: BTreeMap<&str, (Controls<'a>, Vec<usize>, BTreeSet<usize>)> =
            BTreeMap::new();
        let mut unmapped = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if e.frameworks.is_empty() {
                unmapped.push(i);
            }
            for (fw, controls) in &e.frameworks {
                let (by_control, without, all) = by_framework.entry(fw).or_default();
                all.insert(i);
                if controls.is_empty() {
                    without.push(i);
                }
                for c in controls {
                    by_control.entry(c).or_default().push(i);
                }
            }
        }
        let mut frameworks: Vec<Framework<'a>> = by_framework
            .into_iter()
            .map(|(name, (by_control, without_control, all))| {
                let mut controls: Vec<Control<'a>> = by_control
                    .into_iter()
                    .map(|(id, rules)| Control { id, rules })
                    .collect();
                controls.sort_by(|a, b| natural::cmp(a.id, b.id));
                let covered = super::coverage::of(name, rules)
                    .and_then(|cov| Some((cov.covered.len(), cov.reference?.controls.len())))
                    .map_or_else(
                        || controls.len().to_string(),
                        |(n, total)| format!("{n} of {total}"),
                    );
                Framework {
                    covered,
                    name,
                    anchor: String::new(),
                    controls,
                    without_control,
                    rule_count: all.len(),
                }
            })
            .collect();
        frameworks.sort_by(|a, b| natural::cmp(a.name, b.name));
        for f in &mut frameworks {
            f.anchor = anchors.make("framework-", f.name);
        }
        Catalog {
            title: title.to_string(),
            version: env!("CARGO_PKG_VERSION"),
            source,
            provenance: Default::default(),
            rules: entries,
            frameworks,
            unmapped,
        }
    }

    /// How many (framework, control) pairs the rules cover.
    pub fn control_count(&self) -> usize {
        self.frameworks.iter().map(|f| f.controls.len()).sum()
    }
}

fn frameworks_of(rule: &Rule) -> Vec<(&str, Vec<&str>)> {
    let mut out: Vec<(&str, Vec<&str>)> = rule
        .frameworks
        .iter()
        .map(|(fw, controls)| {
            let mut cs: Vec<&str> = controls.iter().map(String::as_str).collect();
            cs.sort_by(|a, b| natural::cmp(a, b));
            cs.dedup();
            (fw.as_str(), cs)
        })
        .collect();
    out.sort_by(|a, b| natural::cmp(a.0, b.0));
    out
}

/// Fragment ids that are safe in an attribute and a URL without escaping,
/// and unique even when two ids differ only in characters that are not.
#[derive(Default)]
struct Anchors(BTreeSet<String>);

impl Anchors {
    fn make(&mut self, prefix: &str, name: &str) -> String {
        let slug: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let base = format!("{prefix}{slug}");
        let mut anchor = base.clone();
        let mut n = 2;
        while !self.0.insert(anchor.clone()) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        anchor
    }
}

/// A piece of METADATA text: plain, or a `code span` the author marked
/// with backticks (CommonMark's rule: a closing run of the same length).
#[derive(Debug, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Code(&'a str),
}

pub fn spans(s: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut text_start = 0;
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let open = run_len(bytes, i);
        let content = i + open;
        let mut j = content;
        let close = loop {
            match bytes[j..].iter().position(|&b| b == b'`') {
                None => break None,
                Some(k) => {
                    let at = j + k;
                    let n = run_len(bytes, at);
                    if n == open {
                        break Some(at);
                    }
                    j = at + n;
                }
            }
        };
        match close {
            Some(end) => {
                if text_start < i {
                    out.push(Span::Text(&s[text_start..i]));
                }
                out.push(Span::Code(strip_one_space(&s[content..end])));
                i = end + open;
                text_start = i;
            }
            // An unmatched run is literal text.
            None => i = content,
        }
    }
    if text_start < s.len() {
        out.push(Span::Text(&s[text_start..]));
    }
    out
}

fn run_len(bytes: &[u8], at: usize) -> usize {
    bytes[at..].iter().take_while(|&&b| b == b'`').count()
}

/// CommonMark drops one space on each side of a code span's content when
/// both are there and the content is not all spaces.
fn strip_one_space(s: &str) -> &str {
    if s.len() >= 2 && s.starts_with(' ') && s.ends_with(' ') && !s.trim().is_empty() {
        &s[1..s.len() - 1]
    } else {
        s
    }
}

/// Text as paragraphs: split at blank lines, each paragraph's lines and
/// runs of white space (and control characters) joined by one space.
pub fn paragraphs(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in s.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(one_line(&current.join(" ")));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(one_line(&current.join(" ")));
    }
    out
}

/// Line breaks, tabs and control characters become single spaces: a
/// title or a table cell is one line.
pub fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backtick_spans_are_code_and_unmatched_backticks_are_text() {
        assert_eq!(
            spans("Set `privileged: false` or ``a`b``."),
            [
                Span::Text("Set "),
                Span::Code("privileged: false"),
                Span::Text(" or "),
                Span::Code("a`b"),
                Span::Text("."),
            ]
        );
        assert_eq!(spans("a ` b"), [Span::Text("a ` b")]);
        assert_eq!(spans("``x` y"), [Span::Text("``x` y")]);
        assert_eq!(spans("`` `x` ``"), [Span::Code("`x`")]);
    }

    #[test]
    fn paragraphs_split_at_blank_lines_and_join_lines() {
        assert_eq!(
            paragraphs("one\ntwo\t three\n\n\n  four\r\n"),
            ["one two three", "four"]
        );
        assert!(paragraphs(" \n").is_empty());
    }

    #[test]
    fn anchors_stay_unique_and_url_safe() {
        let mut a = Anchors::default();
        assert_eq!(a.make("rule-", "VD-K8S-001"), "rule-VD-K8S-001");
        assert_eq!(a.make("rule-", "main.deny"), "rule-main.deny");
        assert_eq!(a.make("rule-", "a b"), "rule-a-b");
        assert_eq!(a.make("rule-", "a/b"), "rule-a-b-2");
        assert_eq!(a.make("rule-", "<x>\"é"), "rule--x---");
    }

    #[test]
    fn only_plain_web_urls_become_links() {
        assert!(crate::report::is_web_link("https://example.com/a?b=c#d"));
        assert!(!crate::report::is_web_link("javascript:alert(1)"));
        assert!(!crate::report::is_web_link("https://e.com/\"><script>"));
        assert!(!crate::report::is_web_link("see https://e.com"));
    }
}
