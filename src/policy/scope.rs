//! Engines scoped to one input kind. regorus's cost per evaluation, and the
//! cost of preparing an engine, grow with the number of modules loaded; a
//! scan that meets only Kubernetes manifests should pay for the Kubernetes
//! packages and the helpers they reach, not for the whole library. Each
//! kind's engine is built on first use and shared by every worker.
//!
//! Terraform is scoped once more, by provider: regorus walks every loaded
//! module on each `data.` reference it has not evaluated yet, so a module
//! instance of AWS resources judged with the Azure and Google packages loaded
//! too costs 2–3× what it needs. A package whose text names resource types
//! of some provider families (`"aws_…"`, `"azurerm_…"`, `"google_…"`) is
//! loaded for the documents that hold a resource, data source or provider
//! block of one of them; a package that names none is loaded for every
//! document. Finer still, by resource type: a package whose text, or the
//! text of a helper it reaches, names resource types (`"aws_s3_bucket"`,
//! `input.resource.aws_s3_bucket`, a prefix such as `"aws_s3_bucket_"` or
//! `sprintf("aws_%s", …)`) is loaded for the documents holding a resource or
//! data source of one of those types. Whatever names no type is loaded for
//! every document, so a package is left out only when none of the types it
//! could be about is present.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use regorus::Engine;
use serde_json::Value;

use super::{
    aggregate_module, build, reachable, Aggregate, LoadOptions, ModuleInfo, Package, PolicyFile,
    PolicySet, Rule, AGGREGATE_PACKAGE,
};
use crate::finding::Severity;
use crate::kind::Kind;

/// A prepared engine and the registry of the packages it holds.
pub struct Prepared {
    pub engine: Engine,
    pub packages: Vec<Package>,
    pub rules: BTreeMap<String, Rule>,
    pub aggregates: HashMap<Kind, Aggregate>,
}

/// What a policy set was loaded from, to load part of it again.
pub(super) struct Basis {
    pub files: Vec<PolicyFile>,
    pub infos: Vec<ModuleInfo>,
    pub data: Vec<(String, Value)>,
    pub opts: LoadOptions,
}

/// Which scoped engine evaluates a document: its kind (`None`: the whole
/// set) and, for Terraform, the provider families it holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scope {
    kind: Option<Kind>,
    families: Families,
    /// The packages (indices into the set's) a Terraform document's
    /// resource types call for; `None`: by `families`.
    packages: Option<Arc<[u16]>>,
}

impl Scope {
    /// Every package, for `--combine`.
    pub const WHOLE: Scope = Scope {
        kind: None,
        families: Families::ANY,
        packages: None,
    };
}

/// At most this many type-scoped engines per run: past it, documents are
/// judged by their provider families' engine (each engine holds its
/// modules' syntax trees).
const MAX_TYPE_SCOPES: usize = 48;

/// The resource types of every provider family, as prefixes of names.
const TYPE_PREFIXES: [&str; 5] = ["aws_", "azurerm_", "azuread_", "azapi_", "google_"];

/// A policy text without its `#` comments (a type named in a comment is
/// not one the code looks for).
fn code_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let (mut quoted, mut escaped, mut raw) = (false, false, false);
        let mut end = line.len();
        for (i, c) in line.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' if quoted => escaped = true,
                '"' if !raw => quoted = !quoted,
                '`' if !quoted => raw = !raw,
                '#' if !quoted && !raw => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        out.push_str(&line[..end]);
        out.push('\n');
    }
    out
}

/// The resource types a policy's code names: whole names, and prefixes (a
/// name ending in `_`, or followed by what builds a name: `%`, `*`, `(`…).
fn named_types(text: &str, exact: &mut Vec<String>, prefixes: &mut Vec<String>) {
    let ident = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_';
    let code = code_of(text);
    let text = code.as_str();
    let bytes = text.as_bytes();
    for p in TYPE_PREFIXES {
        for (at, _) in text.match_indices(p) {
            if at > 0 && ident(bytes[at - 1]) {
                continue;
            }
            let end = bytes[at..]
                .iter()
                .position(|&c| !ident(c))
                .map_or(bytes.len(), |n| at + n);
            let name = &text[at..end];
            let closes = matches!(
                bytes.get(end),
                None | Some(
                    b'"' | b'.'
                        | b'['
                        | b']'
                        | b','
                        | b')'
                        | b':'
                        | b'}'
                        | b'='
                        | b' '
                        | b'\t'
                        | b'\n'
                        | b'\r'
                )
            );
            if name.ends_with('_') || !closes {
                prefixes.push(name.to_string());
            } else {
                exact.push(name.to_string());
            }
        }
    }
}

/// Which Terraform packages each resource type calls for.
#[derive(Default)]
struct TypeIndex {
    exact: HashMap<String, Vec<u16>>,
    prefixes: Vec<(String, u16)>,
    /// Packages that name no type: every document's.
    generic: Vec<u16>,
}

impl TypeIndex {
    fn packages_for(&self, doc: &Value) -> Vec<u16> {
        let mut out = self.generic.clone();
        for section in ["resource", "data"] {
            let Some(types) = doc.get(section).and_then(Value::as_object) else {
                continue;
            };
            for t in types.keys() {
                if let Some(ps) = self.exact.get(t) {
                    out.extend(ps);
                }
                out.extend(
                    self.prefixes
                        .iter()
                        .filter(|(p, _)| t.starts_with(p.as_str()))
                        .map(|(_, i)| *i),
                );
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A set of provider families, as bits of [`FAMILIES`]; `ANY` is no
/// restriction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Families(u8);

impl Families {
    const ANY: Families = Families(u8::MAX);
    const NONE: Families = Families(0);
}

/// Provider families: the resource type prefixes a package's text names,
/// and the provider block names a document may configure them with.
const FAMILIES: [(&[&str], &[&str]); 3] = [
    (&["\"aws_"], &["aws"]),
    (
        &["\"azurerm_", "\"azuread_", "\"azapi_"],
        &["azurerm", "azuread", "azapi"],
    ),
    (&["\"google_"], &["google", "google-beta"]),
];

/// The families a package's policy text names resource types of.
fn named_families(text: &str) -> Families {
    let mut bits = 0;
    for (i, (literals, _)) in FAMILIES.iter().enumerate() {
        if literals.iter().any(|l| text.contains(l)) {
            bits |= 1 << i;
        }
    }
    Families(bits)
}

/// The families a Terraform document holds resources, data sources or
/// provider configurations of.
fn held_families(doc: &serde_json::Value) -> Families {
    let mut bits = 0;
    for (i, (literals, providers)) in FAMILIES.iter().enumerate() {
        let prefixes: Vec<&str> = literals.iter().map(|l| &l[1..]).collect();
        let typed = |section: &str| {
            doc.get(section)
                .and_then(Value::as_object)
                .is_some_and(|m| m.keys().any(|k| prefixes.iter().any(|p| k.starts_with(p))))
        };
        let configured = doc
            .get("provider")
            .and_then(Value::as_object)
            .is_some_and(|m| m.keys().any(|k| providers.contains(&k.as_str())));
        if typed("resource") || typed("data") || configured {
            bits |= 1 << i;
        }
    }
    Families(bits)
}

/// The engines of one policy set as evaluation uses them, one per
/// [`Scope`] met, built on first use; the whole set serves any scope whose
/// engine cannot be built. Cheap to clone: every worker holds one.
#[derive(Clone)]
pub struct Scopes(Arc<Inner>);

type Slot = Arc<OnceLock<Arc<Prepared>>>;

struct Inner {
    slots: Mutex<HashMap<Scope, Slot>>,
    packages: Vec<Package>,
    rules: BTreeMap<String, Rule>,
    basis: Arc<Basis>,
    disabled: Vec<String>,
    severities: BTreeMap<String, Severity>,
    /// By package name: the provider families its files name (built when a
    /// Terraform document is first met).
    families: OnceLock<HashMap<String, Families>>,
    by_provider: bool,
    types: OnceLock<TypeIndex>,
}

impl PolicySet {
    /// The engines that evaluate this set, shared by every holder.
    pub fn scopes(&self) -> Scopes {
        self.scopes
            .get_or_init(|| {
                Scopes(Arc::new(Inner {
                    slots: Mutex::default(),
                    packages: self.packages.clone(),
                    rules: self.rules.clone(),
                    basis: Arc::clone(&self.basis),
                    disabled: self.disabled.clone(),
                    severities: self.severities.clone(),
                    families: OnceLock::new(),
                    by_provider: self.provider_scopes,
                    types: OnceLock::new(),
                }))
            })
            .clone()
    }

    /// The engine that evaluates documents of `kind` (`None`: every package).
    pub fn prepared(&self, kind: Option<Kind>) -> Arc<Prepared> {
        let scopes = self.scopes();
        let scope = match kind {
            Some(k) => Scope {
                kind: Some(k),
                families: Families::ANY,
                packages: None,
            },
            None => Scope::WHOLE,
        };
        scopes.prepared(&scope)
    }
}

impl Scopes {
    /// Which engine judges `doc`, a document of `kind`.
    pub fn scope_of(&self, kind: Kind, doc: &Value) -> Scope {
        let inner = &self.0;
        if kind != Kind::Terraform || !inner.by_provider {
            return Scope {
                kind: Some(kind),
                families: Families::ANY,
                packages: None,
            };
        }
        let by_families = Scope {
            kind: Some(kind),
            families: held_families(doc),
            packages: None,
        };
        // Provider settings are judged by packages that may name no
        // resource type of their family: such a document gets them all.
        let configures = doc
            .get("provider")
            .and_then(Value::as_object)
            .is_some_and(|m| !m.is_empty());
        if configures {
            return by_families;
        }
        let held = by_families.families;
        let packages: Vec<u16> = inner
            .types()
            .packages_for(doc)
            .into_iter()
            .filter(|&i| {
                let named = inner
                    .packages
                    .get(usize::from(i))
                    .map_or(Families::NONE, |p| inner.named(&p.name));
                named == Families::NONE || named.0 & held.0 != 0
            })
            .collect();
        let packages: Arc<[u16]> = packages.into();
        let scope = Scope {
            packages: Some(packages),
            ..by_families.clone()
        };
        let slots = inner.slots.lock().unwrap_or_else(|e| e.into_inner());
        let typed = slots.keys().filter(|s| s.packages.is_some()).count();
        if slots.contains_key(&scope) || typed < MAX_TYPE_SCOPES {
            scope
        } else {
            by_families
        }
    }

    /// The engine of `scope`, built on first use.
    pub fn prepared(&self, scope: &Scope) -> Arc<Prepared> {
        let inner = &self.0;
        let slot = |s: &Scope| -> Slot {
            let mut slots = inner.slots.lock().unwrap_or_else(|e| e.into_inner());
            Arc::clone(slots.entry(s.clone()).or_default())
        };
        let whole = || Arc::clone(slot(&Scope::WHOLE).get_or_init(|| Arc::new(inner.whole())));
        match scope.kind {
            None => whole(),
            Some(k) => Arc::clone(
                slot(scope).get_or_init(|| inner.scoped(k, scope).map_or_else(whole, Arc::new)),
            ),
        }
    }
}

impl Inner {
    /// The provider families a package's files name.
    fn named(&self, package: &str) -> Families {
        let families = self.families.get_or_init(|| {
            let b = &self.basis;
            let texts: HashMap<&str, &str> = b
                .files
                .iter()
                .map(|f| (f.name.as_str(), f.text.as_str()))
                .collect();
            let mut out: HashMap<String, Families> = HashMap::new();
            for info in &b.infos {
                let named = texts
                    .get(info.file.as_str())
                    .map_or(Families::NONE, |t| named_families(t));
                out.entry(info.package.clone()).or_insert(Families::NONE).0 |= named.0;
            }
            out
        });
        families.get(package).copied().unwrap_or(Families::NONE)
    }

    /// The type index of the Terraform packages, built on first use.
    fn types(&self) -> &TypeIndex {
        self.types.get_or_init(|| {
            let b = &self.basis;
            let mut index = TypeIndex::default();
            for (i, pkg) in self.packages.iter().enumerate() {
                let Ok(i) = u16::try_from(i) else { break };
                if !pkg.applies_to(Kind::Terraform) {
                    continue;
                }
                let (mut exact, mut prefixes) = (Vec::new(), Vec::new());
                let own = |f: &PolicyFile| {
                    b.infos
                        .iter()
                        .any(|m| m.file == f.name && m.package == pkg.name)
                };
                // A package whose own code names no type may be about
                // anything (provider blocks, variables, module calls).
                let files = reachable(
                    &b.files,
                    &b.infos,
                    std::slice::from_ref(pkg),
                    Kind::Terraform,
                );
                for f in files.iter().filter(|f| own(f)) {
                    named_types(&f.text, &mut exact, &mut prefixes);
                }
                if exact.is_empty() && prefixes.is_empty() {
                    index.generic.push(i);
                    continue;
                }
                // Else the types its helpers look for count too.
                for f in files.iter().filter(|f| !own(f)) {
                    named_types(&f.text, &mut exact, &mut prefixes);
                }
                exact.sort();
                exact.dedup();
                for t in exact {
                    index.exact.entry(t).or_default().push(i);
                }
                prefixes.sort();
                prefixes.dedup();
                index.prefixes.extend(prefixes.into_iter().map(|p| (p, i)));
            }
            index
        })
    }

    /// Every package, with the disabled rules and severity overrides of the
    /// set. Built from the set's files on first use (the registry may have
    /// come from the cache, with no engine). If the tested library cannot
    /// be built, an engine without modules fails every evaluation: a
    /// policy error for each document, never a silent pass.
    fn whole(&self) -> Prepared {
        self.prepare(&self.basis.files).unwrap_or_else(|| Prepared {
            engine: Engine::new(),
            packages: self.packages.clone(),
            rules: self.rules.clone(),
            aggregates: HashMap::new(),
        })
    }

    /// The files `kind`'s packages need, loaded on their own; `None` when
    /// that is everything or cannot be built (the whole set serves instead).
    fn scoped(&self, kind: Kind, scope: &Scope) -> Option<Prepared> {
        let b = &self.basis;
        let families = scope.families;
        let wanted: Vec<Package> = match &scope.packages {
            Some(ps) => ps
                .iter()
                .filter_map(|&i| self.packages.get(usize::from(i)).cloned())
                .collect(),
            None => self
                .packages
                .iter()
                .filter(|p| {
                    families == Families::ANY || {
                        let named = self.named(&p.name);
                        named == Families::NONE || named.0 & families.0 != 0
                    }
                })
                .cloned()
                .collect(),
        };
        let keep = reachable(&b.files, &b.infos, &wanted, kind);
        if keep.len() == b.files.len() {
            return None;
        }
        self.prepare(&keep)
    }

    /// An engine holding `files`, prepared, and the registry of their
    /// packages as the set has them (rules disabled, severities overridden).
    fn prepare(&self, files: &[PolicyFile]) -> Option<Prepared> {
        let b = &self.basis;
        let (mut engine, (mut packages, mut rules)) = build(files, &b.data, &b.opts).ok()?;
        for pkg in &mut packages {
            pkg.rules.retain(|r| !self.disabled.contains(&r.id));
        }
        packages.retain(|p| !p.rules.is_empty());
        rules.retain(|id, _| !self.disabled.contains(id));
        for (id, sev) in &self.severities {
            if let Some(r) = rules.get_mut(id) {
                r.severity = *sev;
            }
        }
        let (text, aggregates) = aggregate_module(AGGREGATE_PACKAGE, &packages);
        engine
            .add_policy(format!("<{AGGREGATE_PACKAGE}>"), text)
            .ok()?;
        engine.eval_query("true".to_string(), false).ok()?;
        Some(Prepared {
            engine,
            packages,
            rules,
            aggregates,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::{scan, ScanOptions};

    #[test]
    fn comments_and_strings_are_told_apart() {
        let (mut exact, mut prefixes) = (Vec::new(), Vec::new());
        let text = "# aws_commented.x\nx := \"aws_s3_bucket\" # aws_also_commented\n\
                    y := input.resource.aws_instance\nz := sprintf(\"aws_%s\", [t])\n\
                    w := startswith(t, \"google_compute_\")\nv := \"a # aws_in_string\"\n";
        named_types(text, &mut exact, &mut prefixes);
        exact.sort();
        prefixes.sort();
        assert_eq!(exact, ["aws_in_string", "aws_instance", "aws_s3_bucket"]);
        assert_eq!(prefixes, ["aws_", "google_compute_"]);
    }

    /// Scoping Terraform documents by provider and resource type must not
    /// change a single finding: the built-in library's fixtures, scanned
    /// with the scoping and without.
    #[test]
    fn scoping_by_provider_and_type_changes_no_finding() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
        let opts = ScanOptions {
            paths: ["terraform", "terraform-modules", "iac"]
                .iter()
                .map(|d| root.join(d))
                .collect(),
            root: Some(root.clone()),
            ..ScanOptions::default()
        };
        let scoped = crate::policy::load(&LoadOptions::default()).unwrap();
        let mut whole = scoped.clone();
        whole.provider_scopes = false;
        whole.scopes = OnceLock::new();
        let a = scan(&opts, &scoped).unwrap();
        let b = scan(&opts, &whole).unwrap();
        assert!(a.findings.len() > 100, "{}", a.findings.len());
        assert_eq!(a.findings, b.findings);
        assert_eq!(a.diagnostics, b.diagnostics);
    }
}
