//! The control lists of the frameworks the library maps to (CIS benchmarks,
//! NIST 800-53, PCI DSS, …), embedded from `frameworks/*.tsv`: what a
//! framework asks for, so coverage can be told as "covered of total" and the
//! controls no rule covers yet can be named.
//!
//! A file is `# key: value` header lines (title, version, source, scope) then
//! one `ID<TAB>Title` line per control in the framework's own order.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use include_dir::{include_dir, Dir};

static FILES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/src/catalog/frameworks");

/// One framework's published control list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The key rules use in `custom.frameworks` (`CIS-AWS-3.0`).
    pub key: String,
    pub title: String,
    pub version: String,
    pub source: String,
    /// What the list includes (e.g. base controls only).
    pub scope: String,
    /// `(id, title)` in the framework's order.
    pub controls: Vec<(String, String)>,
}

impl Reference {
    /// Parse one control list; `key` is its file stem.
    pub fn parse(key: &str, text: &str) -> Result<Reference, String> {
        let mut header = BTreeMap::new();
        let mut controls: Vec<(String, String)> = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            if let Some(rest) = line.strip_prefix('#') {
                if let Some((k, v)) = rest.split_once(':') {
                    header
                        .entry(k.trim().to_ascii_lowercase())
                        .or_insert_with(|| v.trim().to_string());
                }
                continue;
            }
            let (id, title) = line.split_once('\t').unwrap_or((line, ""));
            let id = id.trim();
            if id.is_empty() {
                return Err(format!("{key}.tsv:{}: a control without an id", n + 1));
            }
            if !seen.insert(id.to_string()) {
                return Err(format!("{key}.tsv:{}: control {id} listed twice", n + 1));
            }
            controls.push((id.to_string(), title.trim().to_string()));
        }
        let field = |k: &str| header.get(k).cloned().unwrap_or_default();
        Ok(Reference {
            key: key.to_string(),
            title: field("title"),
            version: field("version"),
            source: field("source"),
            scope: field("scope"),
            controls,
        })
    }

    /// The listed control a rule's control id counts toward: itself, or for
    /// a control enhancement (`AC-6(10)`) listed only by its base, the base.
    pub fn resolve<'a>(&'a self, control: &str) -> Option<&'a str> {
        let found = |id: &str| {
            self.controls
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(id))
                .map(|(c, _)| c.as_str())
        };
        found(control.trim()).or_else(|| {
            let base = control.split_once('(')?.0.trim();
            found(base)
        })
    }

    /// "CIS Amazon Web Services Foundations Benchmark 3.0.0".
    pub fn label(&self) -> String {
        match (self.title.is_empty(), self.version.is_empty()) {
            (true, _) => self.key.clone(),
            (false, true) => self.title.clone(),
            (false, false) => format!("{} {}", self.title, self.version),
        }
    }
}

/// Every embedded control list, by key. A malformed file is a build mistake
/// that the tests catch; at run time it is left out rather than fatal.
pub fn all() -> &'static BTreeMap<String, Reference> {
    static ALL: OnceLock<BTreeMap<String, Reference>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "tsv"))
            .filter_map(|f| {
                let key = f.path().file_stem()?.to_str()?;
                Reference::parse(key, f.contents_utf8()?).ok()
            })
            .map(|r| (r.key.clone(), r))
            .collect()
    })
}

/// The control list for a framework key, matched case-insensitively.
pub fn find(key: &str) -> Option<&'static Reference> {
    all()
        .values()
        .find(|r| r.key.eq_ignore_ascii_case(key.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_list_parses_with_a_title_and_controls() {
        assert!(all().len() >= 5, "{:?}", all().keys().collect::<Vec<_>>());
        for f in FILES.files() {
            let key = f.path().file_stem().and_then(|s| s.to_str()).unwrap_or("?");
            let text = f.contents_utf8().unwrap_or("");
            let r = Reference::parse(key, text).unwrap_or_else(|e| panic!("{e}"));
            assert!(!r.title.is_empty(), "{key}: no title");
            assert!(!r.source.is_empty(), "{key}: no source");
            assert!(!r.controls.is_empty(), "{key}: no controls");
        }
    }

    #[test]
    fn enhancements_count_toward_their_base_control() {
        let r = Reference::parse(
            "NIST",
            "# title: NIST\nAC-6\tLeast Privilege\nAC-6(1)\tAuthorize Access\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.resolve("AC-6(1)"), Some("AC-6(1)"));
        assert_eq!(r.resolve("AC-6(10)"), Some("AC-6"));
        assert_eq!(r.resolve("ac-6"), Some("AC-6"));
        assert_eq!(r.resolve("AC-7"), None);
        assert!(Reference::parse("X", "A\tone\nA\ttwice\n").is_err());
    }
}
