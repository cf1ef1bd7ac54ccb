//! Policies: load `.rego` files and data into one prepared regorus engine,
//! read their METADATA, and build the registry of rules a scan evaluates.

pub(crate) mod definition;
pub mod metadata;
pub mod reads;
mod registry_cache;
mod scope;
pub mod testing;

pub use scope::{Prepared, Scope, Scopes};

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use regorus::Engine;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::finding::{Level, Severity};
use crate::kind::Kind;
use metadata::Annotation;

static BUILTIN: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/policies");

/// A policy's text and the name it is reported under.
#[derive(Debug, Clone)]
pub struct PolicyFile {
    pub name: String,
    pub text: String,
}

/// A rule the gate knows: its identity and everything METADATA said about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub package: String,
    pub name: String,
    pub level: Level,
    pub severity: Severity,
    pub title: Option<String>,
    pub description: Option<String>,
    pub remediation: Option<String>,
    pub related_resources: Vec<String>,
    pub frameworks: BTreeMap<String, Vec<String>>,
    pub kinds: Option<Vec<Kind>>,
    pub response: Option<Value>,
    /// An input that triggers the rule, for `verdict rules ID`.
    pub example: Option<String>,
    pub file: String,
    pub line: u32,
}

impl Rule {
    /// The kinds it applies to, as listings show them (`any` when all).
    pub fn kinds_label(&self) -> String {
        self.kinds.as_ref().map_or("any".to_string(), |ks| {
            ks.iter().map(|k| k.name()).collect::<Vec<_>>().join(",")
        })
    }
}

/// One evaluation of a deny/warn/violation rule inside a package and the
/// rule id its results carry (unless a result names its own `id`). A rule
/// whose definitions have identities of their own is one entry per identity.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PackageRule {
    /// The rule as written (`deny`, `deny_foo`): what findings and conftest
    /// exceptions name.
    pub name: String,
    /// The rule path evaluated: `data.main.deny`, or a generated rule holding
    /// only this identity's definitions.
    pub target: String,
    pub level: Level,
    pub id: String,
    pub kinds: Option<Vec<Kind>>,
    /// Every body is a partial set rule (`deny contains …`): its value is a
    /// set even when no body holds, never undefined.
    pub always_defined: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Package {
    /// Dotted name, e.g. `main` or `verdict.kubernetes.privileged`.
    pub name: String,
    /// The rule-path prefix for `eval_rule`, e.g. `data.main`.
    pub query: String,
    pub kinds: Option<Vec<Kind>>,
    pub rules: Vec<PackageRule>,
    pub has_exception: bool,
}

impl Package {
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.as_ref().is_none_or(|ks| ks.contains(&kind))
    }

    /// `--combine` evaluates the packages written for its cross-document
    /// view (`kinds: [combined]`) and those that name no kind.
    pub fn reads_combined(&self) -> bool {
        self.applies_to(Kind::Combined)
    }
}

/// Everything evaluation needs: the prepared engine and the registry.
#[derive(Clone)]
pub struct PolicySet {
    pub packages: Vec<Package>,
    pub rules: BTreeMap<String, Rule>,
    /// The policy files loaded, for questions about their source.
    pub sources: Vec<PolicyFile>,
    pub provenance: Provenance,
    /// What an engine for some of the packages is rebuilt from.
    basis: std::sync::Arc<scope::Basis>,
    /// `--disable`d rule ids and severity overrides, for those engines.
    disabled: Vec<String>,
    severities: BTreeMap<String, Severity>,
    /// The engines evaluation uses, prepared on first use.
    scopes: std::sync::OnceLock<scope::Scopes>,
    /// Scope Terraform documents by the provider families they hold (off
    /// only to check that scoping changes no finding).
    provider_scopes: bool,
}

/// A generated rule whose value is the list of the `entries`' values, in order.
#[derive(Clone, Debug)]
pub struct Aggregate {
    /// Its rule path, for `eval_rule`.
    pub rule: String,
    /// `(package index, Some(rule index))`, or `(package index, None)` for
    /// the package's `exception` rule.
    pub entries: Vec<(usize, Option<usize>)>,
}

const AGGREGATE_PACKAGE: &str = "verdict_internal_aggregate";

/// The generated module behind the aggregates. Each rule's value is read
/// through a helper that falls back to `null`, so one undefined rule does not
/// make the whole list undefined.
fn aggregate_module(package: &str, packages: &[Package]) -> (String, HashMap<Kind, Aggregate>) {
    let mut text = format!("package {package}\n\nimport rego.v1\n\n");
    let mut helpers: Vec<((usize, Option<usize>), String)> = Vec::new();
    for (pi, pkg) in packages.iter().enumerate() {
        // A rule that may be undefined is read through a helper rule; a
        // partial set rule directly (each extra rule costs regorus a few µs
        // per document, which a stream of events feels).
        let mut add = |entry: (usize, Option<usize>), target: String, defined: bool| {
            if defined {
                helpers.push((entry, target));
                return;
            }
            let name = format!("v{}", helpers.len());
            text.push_str(&format!(
                "{name} := x if {{\n\tx := {target}\n}} else := null\n\n"
            ));
            helpers.push((entry, name));
        };
        if pkg.has_exception {
            add((pi, None), format!("{}.exception", pkg.query), false);
        }
        for (ri, rule) in pkg.rules.iter().enumerate() {
            add((pi, Some(ri)), rule.target.clone(), rule.always_defined);
        }
    }
    let mut aggregates = HashMap::new();
    for kind in Kind::ALL {
        let entries: Vec<((usize, Option<usize>), &String)> = helpers
            .iter()
            .filter(|((pi, ri), _)| {
                let pkg = &packages[*pi];
                pkg.applies_to(kind)
                    && ri.is_none_or(|ri| {
                        pkg.rules[ri]
                            .kinds
                            .as_ref()
                            .is_none_or(|ks| ks.contains(&kind))
                    })
            })
            .map(|(e, n)| (*e, n))
            .collect();
        if entries.is_empty() {
            continue;
        }
        let name = format!("kind_{}", kind.name().replace('-', "_"));
        let list: Vec<&str> = entries.iter().map(|(_, n)| n.as_str()).collect();
        // One item per line: regorus refuses lines over 1,024 columns.
        text.push_str(&format!("{name} := [\n\t{},\n]\n\n", list.join(",\n\t")));
        aggregates.insert(
            kind,
            Aggregate {
                rule: format!("data.{package}.{name}"),
                entries: entries.into_iter().map(|(e, _)| e).collect(),
            },
        );
    }
    (text, aggregates)
}

#[derive(Debug, Default, Clone)]
pub struct LoadOptions {
    /// `--policy` paths; empty means the built-in library.
    pub policies: Vec<PathBuf>,
    pub data: Vec<PathBuf>,
    pub rego_v0: bool,
    /// `--namespace` globs; empty means every package with rules.
    pub namespaces: Vec<String>,
    /// Load only what one input kind needs (the packages for that kind and
    /// the helper packages they reach): `stream` evaluates a single kind, and
    /// regorus's cost per evaluation grows with the number of loaded modules.
    pub only_kind: Option<Kind>,
    /// Verify every policy bundle against this public key before loading
    /// anything; with a key, only signed bundles are accepted.
    pub verification_key: Option<PathBuf>,
    /// Keep the built-in library's registry in this folder (the result
    /// cache's) and read it from there.
    pub cache: Option<PathBuf>,
}

#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("{path}: {message}")]
    Read { path: String, message: String },
    #[error("{0}")]
    Compile(String),
    #[error("{file}:{line}: {message}")]
    Metadata {
        file: String,
        line: u32,
        message: String,
    },
    #[error("{0}")]
    Data(String),
    #[error("no policies found in {0}")]
    Empty(String),
    #[error("invalid --namespace pattern `{0}`")]
    Namespace(String),
    #[error("{0}")]
    Bundle(String),
}

impl PolicySet {
    /// What of `input` the loaded policies can read (a scan of their
    /// source; asked by `stream` only, so not done at every load).
    pub fn input_reads(&self) -> reads::InputReads {
        reads::input_reads(
            self.sources
                .iter()
                .map(|f| (f.name.as_str(), f.text.as_str())),
        )
    }

    /// Stop evaluating these rule ids; returns the ids no loaded rule has.
    pub fn disable(&mut self, ids: &[String]) -> Vec<String> {
        let unknown = ids
            .iter()
            .filter(|id| !self.rules.contains_key(*id))
            .cloned()
            .collect();
        for pkg in &mut self.packages {
            pkg.rules.retain(|r| !ids.contains(&r.id));
        }
        self.packages.retain(|p| !p.rules.is_empty());
        self.rules.retain(|id, _| !ids.contains(id));
        self.disabled.extend(ids.iter().cloned());
        self.scopes = Default::default();
        unknown
    }

    /// Replace rules' severities; returns the ids no loaded rule has.
    pub fn override_severities(&mut self, overrides: &BTreeMap<String, Severity>) -> Vec<String> {
        let mut unknown = Vec::new();
        for (id, sev) in overrides {
            match self.rules.get_mut(id) {
                Some(r) => r.severity = *sev,
                None => unknown.push(id.clone()),
            }
            self.severities.insert(id.clone(), *sev);
        }
        self.scopes = Default::default();
        unknown
    }
}

/// Load policies and data and prepare the engine once. Bundles are
/// verified (with `verification_key`) before anything of them is used.
pub fn load(opts: &LoadOptions) -> Result<PolicySet, PolicyError> {
    let sources = collect_sources(opts)?;
    let opts = &LoadOptions {
        rego_v0: opts.rego_v0 || sources.rego_v0,
        ..opts.clone()
    };
    let mut data = sources.data;
    for path in &opts.data {
        data.extend(data_documents(path)?);
    }
    let files = sources.files;
    // The built-in library is tested whole: its registry may come from the
    // cache. Policies of the user's are compiled and prepared here, so that
    // their errors are load errors, not one error per input file.
    let cache = opts
        .cache
        .as_deref()
        .filter(|_| opts.policies.is_empty() && opts.only_kind.is_none());
    let key = registry_cache::key(&sources.provenance.digest, opts);
    let kept = cache.and_then(|dir| registry_cache::get(dir, &key));
    let (loaded, infos, packages, rules) = match kept {
        Some(k) => (files, k.infos, k.packages, k.rules),
        None => {
            let (mut engine, (mut packages, mut rules)) = build(&files, &data, opts)?;
            let mut loaded = files;
            let mut infos = modules(&mut engine)?;
            if let Some(kind) = opts.only_kind {
                let keep = reachable(&loaded, &infos, &packages, kind);
                if keep.len() < loaded.len() {
                    loaded = keep;
                    (engine, (packages, rules)) = build(&loaded, &data, opts)?;
                    infos = modules(&mut engine)?;
                }
            }
            if !opts.policies.is_empty() {
                let (text, _) = aggregate_module(AGGREGATE_PACKAGE, &packages);
                engine
                    .add_policy(format!("<{AGGREGATE_PACKAGE}>"), text)
                    .map_err(|e| PolicyError::Compile(format!("internal aggregate: {e:#}")))?;
                engine
                    .eval_query("true".to_string(), false)
                    .map_err(|e| PolicyError::Compile(format!("{e:#}")))?;
            }
            if let Some(dir) = cache {
                registry_cache::put(dir, &key, &packages, &rules, &infos);
            }
            (loaded, infos, packages, rules)
        }
    };
    let basis = scope::Basis {
        files: loaded.clone(),
        infos,
        data,
        opts: opts.clone(),
    };
    Ok(PolicySet {
        packages,
        rules,
        sources: loaded,
        provenance: sources.provenance,
        basis: std::sync::Arc::new(basis),
        disabled: Vec::new(),
        severities: BTreeMap::new(),
        scopes: Default::default(),
        // The library's scoping is checked against its fixtures; a user's
        // policies may name resource types for other reasons.
        provider_scopes: opts.policies.is_empty(),
    })
}

/// Which policies ran, as an auditor asks it: the bundles (revision,
/// digest, signature) and one digest over every policy and data file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// `sha256:` over the loaded policy files' names and texts and the data.
    pub digest: String,
    pub bundles: Vec<crate::bundle::BundleRef>,
}

/// The policies and data to load, read and (for bundles) verified.
struct Sources {
    files: Vec<PolicyFile>,
    /// Documents from bundles, each already placed under its folder's path.
    data: Vec<(String, Value)>,
    rego_v0: bool,
    provenance: Provenance,
}

fn collect_sources(opts: &LoadOptions) -> Result<Sources, PolicyError> {
    let mut sources = Sources {
        files: Vec::new(),
        data: Vec::new(),
        rego_v0: false,
        provenance: Provenance::default(),
    };
    if opts.policies.is_empty() {
        if opts.verification_key.is_some() {
            return Err(PolicyError::Bundle(
                "--verification-key verifies policy bundles: give the bundle with --policy B.tar.gz".into(),
            ));
        }
        sources.files = builtin_files();
    }
    for path in &opts.policies {
        if crate::bundle::is_bundle(path) {
            let (bundle, reference) =
                crate::bundle::open_for_loading(path, opts.verification_key.as_ref())
                    .map_err(PolicyError::Bundle)?;
            let policies = bundle.policies().map_err(PolicyError::Bundle)?;
            if policies.is_empty() {
                return Err(PolicyError::Empty(bundle.path.clone()));
            }
            sources
                .files
                .extend(policies.into_iter().map(|(name, text)| PolicyFile {
                    name: bundle.source_name(&name),
                    text,
                }));
            sources
                .data
                .extend(bundle.data().map_err(PolicyError::Bundle)?);
            sources.rego_v0 |= bundle.manifest.rego_version == Some(0);
            sources.provenance.bundles.push(reference);
        } else if opts.verification_key.is_some() {
            return Err(PolicyError::Bundle(format!(
                "{}: not a policy bundle; with --verification-key only signed bundles are loaded",
                path.display()
            )));
        } else {
            sources
                .files
                .extend(collect_files(std::slice::from_ref(path))?);
        }
    }
    sources.provenance.digest = digest(&sources.files, &sources.data, &opts.data)?;
    Ok(sources)
}

/// One digest over what the engine is given, in a stable order.
fn digest(
    files: &[PolicyFile],
    bundle_data: &[(String, Value)],
    data_paths: &[PathBuf],
) -> Result<String, PolicyError> {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let mut entry = |name: &str, bytes: &[u8]| {
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    for f in files {
        entry(&f.name, f.text.as_bytes());
    }
    for (name, value) in bundle_data {
        entry(name, value.to_string().as_bytes());
    }
    for path in data_paths {
        for file in data_files(path)? {
            let bytes = std::fs::read(&file).map_err(|e| PolicyError::Read {
                path: file.display().to_string(),
                message: e.to_string(),
            })?;
            entry(&file.display().to_string(), &bytes);
        }
    }
    Ok(format!(
        "sha256:{}",
        crate::bundle::signature::hex(&h.finalize())
    ))
}

/// The files one kind needs: those with rule packages for it, and the
/// helper packages they reach through `data.…` references and imports,
/// transitively. Everything is kept if a needed file names `data` without a
/// static path.
fn reachable(
    files: &[PolicyFile],
    infos: &[ModuleInfo],
    packages: &[Package],
    kind: Kind,
) -> Vec<PolicyFile> {
    let by_file: HashMap<&str, &ModuleInfo> = infos.iter().map(|m| (m.file.as_str(), m)).collect();
    let modules: Vec<Option<&ModuleInfo>> = files
        .iter()
        .map(|f| by_file.get(f.name.as_str()).copied())
        .collect();
    let mut needed: Vec<bool> = modules
        .iter()
        .map(|m| {
            m.is_none_or(|m| {
                packages
                    .iter()
                    .any(|p| p.name == m.package && p.applies_to(kind))
            })
        })
        .collect();
    // Each needed file is read for references once, when it becomes needed.
    let mut todo: Vec<usize> = (0..files.len()).filter(|&i| needed[i]).collect();
    while let Some(i) = todo.pop() {
        let Some(paths) = reads::data_refs(&files[i].text) else {
            return files.to_vec();
        };
        for (j, m) in modules.iter().enumerate() {
            let Some(m) = m.filter(|_| !needed[j]) else {
                continue;
            };
            // Components, not the dotted name: `lib["k8s.io"]` is two.
            let pkg = &m.components;
            if paths
                .iter()
                .any(|p| p.starts_with(pkg) || pkg.starts_with(p))
            {
                needed[j] = true;
                todo.push(j);
            }
        }
    }
    files
        .iter()
        .zip(needed)
        .filter(|(_, n)| *n)
        .map(|(f, _)| f.clone())
        .collect()
}

/// An engine holding `files` and `data` (bundle and `--data` documents, in
/// load order), and the registry of its rules.
fn build(
    files: &[PolicyFile],
    data: &[(String, Value)],
    opts: &LoadOptions,
) -> Result<(Engine, Registry), PolicyError> {
    // METADATA is read (YAML) while regorus parses the modules.
    let (engine, blocks) = rayon::join(
        || engine_with(files, &[], opts.rego_v0),
        || {
            use rayon::prelude::*;
            files
                .par_iter()
                .map(|f| (f.name.clone(), metadata::blocks(&f.text)))
                .collect::<HashMap<_, _>>()
        },
    );
    let mut engine = engine?;
    for (name, value) in data {
        engine
            .add_data(regorus::Value::from(value.clone()))
            .map_err(|e| PolicyError::Data(format!("{name}: {e}")))?;
    }
    let (registry, generated) = registry(&mut engine, files, blocks, &opts.namespaces)?;
    // Added after the registry is read, so it sees the user's modules only.
    for g in generated {
        engine.add_policy(g.name.clone(), g.text).map_err(|e| {
            PolicyError::Compile(format!(
                "{}: generated rules for definitions with their own METADATA: {}",
                g.name,
                definition::user_names(&format!("{e:#}"))
            ))
        })?;
    }
    Ok((engine, registry))
}

/// The embedded library (tests excluded).
pub fn builtin_files() -> Vec<PolicyFile> {
    let mut out = Vec::new();
    fn walk(dir: &Dir<'_>, out: &mut Vec<PolicyFile>) {
        for f in dir.files() {
            let path = f.path().to_string_lossy().replace('\\', "/");
            if path.ends_with(".rego") && !path.ends_with("_test.rego") {
                if let Some(text) = f.contents_utf8() {
                    out.push(PolicyFile {
                        name: format!("builtin:{path}"),
                        text: text.to_string(),
                    });
                }
            }
        }
        for d in dir.dirs() {
            walk(d, out);
        }
    }
    walk(&BUILTIN, &mut out);
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// `.rego` files under the given paths (recursively), skipping `*_test.rego`.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PolicyFile>, PolicyError> {
    let mut out = Vec::new();
    for root in paths {
        let found = rego_files(root, false)?;
        if found.is_empty() {
            return Err(PolicyError::Empty(root.display().to_string()));
        }
        out.extend(found);
    }
    Ok(out)
}

/// The `.rego` files under `root` in path order (or `root` itself when it
/// is a file); `*_test.rego` only `with_tests`.
pub(crate) fn rego_files(root: &Path, with_tests: bool) -> Result<Vec<PolicyFile>, PolicyError> {
    if root.is_file() {
        return Ok(vec![read_policy(root)?]);
    }
    if !root.is_dir() {
        return Err(PolicyError::Read {
            path: root.display().to_string(),
            message: "no such file or directory".into(),
        });
    }
    let mut found: Vec<PathBuf> = walkdir(root)?
        .into_iter()
        .filter(|p| {
            let n = p.to_string_lossy();
            n.ends_with(".rego") && (with_tests || !n.ends_with("_test.rego"))
        })
        .collect();
    found.sort();
    found.iter().map(|p| read_policy(p)).collect()
}

/// An engine with these policies and data, configured as every command uses it.
pub(crate) fn engine_with(
    files: &[PolicyFile],
    data: &[PathBuf],
    rego_v0: bool,
) -> Result<Engine, PolicyError> {
    let mut engine = Engine::new();
    engine.set_rego_v0(rego_v0);
    // OPA semantics: a builtin error makes the expression undefined, not the query fail.
    engine.set_strict_builtin_errors(false);
    for f in files {
        engine
            .add_policy(f.name.clone(), f.text.clone())
            .map_err(|e| PolicyError::Compile(format!("{e:#}")))?;
    }
    for path in data {
        load_data(&mut engine, path)?;
    }
    Ok(engine)
}

pub(crate) fn walkdir(root: &Path) -> Result<Vec<PathBuf>, PolicyError> {
    let mut out = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .follow_links(false)
        .build();
    for entry in walker {
        let entry = entry.map_err(|e| PolicyError::Read {
            path: root.display().to_string(),
            message: e.to_string(),
        })?;
        if entry.file_type().is_some_and(|t| t.is_file()) {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

fn read_policy(path: &Path) -> Result<PolicyFile, PolicyError> {
    let text = std::fs::read_to_string(path).map_err(|e| PolicyError::Read {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(PolicyFile {
        name: path.display().to_string(),
        text,
    })
}

/// `--data` files: JSON or YAML documents merged at the root of `data`, as in conftest.
/// The data files `--data PATH` names: the file, or a folder's JSON and
/// YAML files in path order.
fn data_files(path: &Path) -> Result<Vec<PathBuf>, PolicyError> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut f: Vec<PathBuf> = walkdir(path)?
        .into_iter()
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "yaml" | "yml")
            )
        })
        .collect();
    f.sort();
    Ok(f)
}

pub(crate) fn load_data(engine: &mut Engine, path: &Path) -> Result<(), PolicyError> {
    for (shown, value) in data_documents(path)? {
        engine
            .add_data(regorus::Value::from(value))
            .map_err(|e| PolicyError::Data(format!("{shown}: {e}")))?;
    }
    Ok(())
}

/// The documents of the data files `--data PATH` names, each with its file.
fn data_documents(path: &Path) -> Result<Vec<(String, Value)>, PolicyError> {
    let mut out = Vec::new();
    for file in data_files(path)? {
        let shown = file.display().to_string();
        let text = std::fs::read_to_string(&file).map_err(|e| PolicyError::Read {
            path: shown.clone(),
            message: e.to_string(),
        })?;
        let parsed = crate::parse::parse(&text, &file, None)
            .map_err(|e| PolicyError::Data(format!("{shown}:{e}")))?;
        for doc in parsed.documents {
            if !doc.value.is_object() {
                return Err(PolicyError::Data(format!(
                    "{shown}: a data document must be an object at the top level"
                )));
            }
            out.push((shown.clone(), doc.value));
        }
    }
    Ok(out)
}

fn rule_level(name: &str) -> Option<Level> {
    let suffix_ok = |rest: &str| {
        rest.is_empty()
            || (rest.starts_with('_')
                && rest[1..]
                    .split('_')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric())))
    };
    for (prefix, level) in [
        ("deny", Level::Error),
        ("violation", Level::Error),
        ("warn", Level::Warning),
    ] {
        if let Some(rest) = name.strip_prefix(prefix) {
            if suffix_ok(rest) {
                return Some(level);
            }
        }
    }
    None
}

/// A rule-path prefix for `eval_rule`: `data.a.b`, bracketed where a
/// component is not an identifier.
pub(crate) fn query_prefix(components: &[String]) -> String {
    let mut q = String::from("data");
    for c in components {
        let ident = c
            .chars()
            .next()
            .is_some_and(|ch| ch.is_ascii_alphabetic() || ch == '_')
            && c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_');
        if ident {
            q.push('.');
            q.push_str(c);
        } else {
            q.push_str(&format!("[{}]", Value::String(c.clone())));
        }
    }
    q
}

#[derive(Serialize, Deserialize)]
pub(crate) struct ModuleInfo {
    pub file: String,
    pub package: String,
    pub components: Vec<String>,
    pub package_line: u32,
    pub rules: Vec<RuleDef>,
}

/// One definition of a rule in a module, as regorus's AST gives it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct RuleDef {
    /// The head's first component: `deny` for `deny contains …`, `deny[msg]`
    /// and `default deny := …`.
    pub name: String,
    pub line: u32,
    /// A partial set rule (`deny contains …`, v0 `deny[msg] { … }`).
    pub set: bool,
    pub form: Form,
    /// Bytes of the whole definition in its module's text: head, bodies and
    /// `else` chain (regorus ends a rule's span after its last body).
    pub span: Range<usize>,
    /// Where the name starts (after `default ` in a default rule).
    pub name_at: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) enum Form {
    Spec,
    /// A function (`f(x) := …`): not a conftest rule however it is named.
    Func,
    /// `default name := value`, with the value as written.
    Default(String),
}

pub(crate) fn modules(engine: &mut Engine) -> Result<Vec<ModuleInfo>, PolicyError> {
    let comps = engine
        .get_policy_package_components()
        .map_err(|e| PolicyError::Compile(e.to_string()))?;
    let mods = engine.get_modules();
    let mut out = Vec::new();
    for (m, c) in mods.iter().zip(comps) {
        let text = m.package.span.source.get_contents().as_str();
        let mut rules = Vec::new();
        for r in &m.policy {
            use regorus::unstable::{Rule as Ast, RuleHead};
            let span = r.span();
            let (head, set, form) = match r.as_ref() {
                Ast::Spec { head, .. } => match head {
                    RuleHead::Set { refr, .. } => (refr.span(), true, Form::Spec),
                    RuleHead::Compr { refr, .. } => (refr.span(), false, Form::Spec),
                    RuleHead::Func { refr, .. } => (refr.span(), false, Form::Func),
                },
                Ast::Default {
                    refr, args, value, ..
                } => {
                    let form = if args.is_empty() {
                        let v = value.span();
                        let (start, end) = quoted(text, v.start as usize, v.end as usize);
                        Form::Default(text.get(start..end).unwrap_or("null").to_string())
                    } else {
                        Form::Func
                    };
                    (refr.span(), false, form)
                }
            };
            let name: String = head
                .text()
                .chars()
                .take_while(|ch| ch.is_ascii_alphanumeric() || *ch == '_')
                .collect();
            let (_, end) = quoted(text, span.end as usize, span.end as usize);
            rules.push(RuleDef {
                name,
                line: span.line,
                set,
                form,
                span: span.start as usize..end,
                name_at: head.start as usize,
            });
        }
        out.push(ModuleInfo {
            file: c.source_file.clone(),
            package: c.components.join("."),
            components: c.components,
            package_line: m.package.span.line,
            rules,
        });
    }
    Ok(out)
}

/// regorus gives a string token the span of its contents, so a rule (or a
/// value) that ends in a string literal ends before its closing quote: widen
/// `start..end` over the quotes around it, if there are any.
fn quoted(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    match b.get(end) {
        Some(q @ (b'"' | b'`')) => {
            let opens = start > 0 && b.get(start - 1) == Some(q);
            (if opens { start - 1 } else { start }, end + 1)
        }
        _ => (start, end),
    }
}

type Registry = (Vec<Package>, BTreeMap<String, Rule>);

/// The registry of the selected packages, and the generated modules that
/// evaluate rules whose definitions have identities of their own.
fn registry(
    engine: &mut Engine,
    files: &[PolicyFile],
    mut blocks: HashMap<String, Result<Vec<metadata::Block>, metadata::MetadataError>>,
    namespaces: &[String],
) -> Result<(Registry, Vec<PolicyFile>), PolicyError> {
    let texts: HashMap<&str, &str> = files
        .iter()
        .map(|f| (f.name.as_str(), f.text.as_str()))
        .collect();
    let selector = namespace_selector(namespaces)?;
    let mut packages: Vec<Package> = Vec::new();
    let mut rules: BTreeMap<String, Rule> = BTreeMap::new();
    // Package-level annotations can sit in any file of the package.
    let mut package_meta: HashMap<String, (Annotation, String, u32)> = HashMap::new();
    // A definition's own block, by the definition's file and line.
    let mut rule_meta: HashMap<(&str, u32), (Annotation, u32)> = HashMap::new();

    let infos = modules(engine)?;
    for m in &infos {
        let file_blocks = blocks.remove(&m.file).unwrap_or(Ok(Vec::new()));
        let file_blocks = file_blocks.map_err(|e| PolicyError::Metadata {
            file: m.file.clone(),
            line: e.line,
            message: e.message,
        })?;
        for b in file_blocks {
            let scope = b.annotation.scope.as_deref();
            let is_package =
                matches!(scope, Some("package" | "subpackages")) || b.target_line == m.package_line;
            if is_package {
                package_meta.insert(m.package.clone(), (b.annotation, m.file.clone(), b.line));
                continue;
            }
            if !m.rules.iter().any(|r| r.line == b.target_line) {
                return Err(PolicyError::Metadata {
                    file: m.file.clone(),
                    line: b.line,
                    message: "METADATA block is not followed by a package or rule".into(),
                });
            }
            rule_meta.insert((m.file.as_str(), b.target_line), (b.annotation, b.line));
        }
    }

    // Every definition of each deny/warn/violation rule, per package, in
    // load order (files in path order, rules in source order).
    let mut found: Vec<(usize, &str, Level, Vec<definition::Def<'_>>)> = Vec::new();
    for m in &infos {
        if !selector(&m.package) {
            continue;
        }
        let pkg_idx = match packages.iter().position(|p| p.name == m.package) {
            Some(i) => i,
            None => {
                let (ann, file, line) = package_meta
                    .get(&m.package)
                    .cloned()
                    .unwrap_or_else(|| (Annotation::default(), m.file.clone(), m.package_line));
                let kinds = parse_kinds(ann.custom.kinds.clone(), &file, line)?;
                packages.push(Package {
                    name: m.package.clone(),
                    query: query_prefix(&m.components),
                    kinds,
                    rules: Vec::new(),
                    has_exception: false,
                });
                packages.len() - 1
            }
        };
        for r in &m.rules {
            if r.name == "exception" {
                packages[pkg_idx].has_exception = true;
                continue;
            }
            let Some(level) = rule_level(&r.name) else {
                continue;
            };
            let def = definition::Def {
                file: &m.file,
                rule: r,
                meta: rule_meta.get(&(m.file.as_str(), r.line)),
            };
            match found.iter_mut().find(|f| f.0 == pkg_idx && f.1 == r.name) {
                Some(f) => f.3.push(def),
                None => found.push((pkg_idx, &r.name, level, vec![def])),
            }
        }
    }

    let mut generated = definition::Generated::default();
    let mut seen_ids: HashMap<String, (String, u32)> = HashMap::new();
    for (pkg_idx, name, level, defs) in &found {
        let pkg = &packages[*pkg_idx];
        let pkg_ann = package_meta.get(&pkg.name).map(|p| &p.0);
        let base = pkg_ann
            .and_then(|a| a.custom.id.clone())
            .unwrap_or_else(|| format!("{}.{name}", pkg.name));
        let mut identities = definition::identities(defs, &base);
        // Only a rule with several identities pays for generated rules; a
        // function named like a rule is left to fail as it always has.
        let split = identities.len() > 1 && defs.iter().all(|d| d.rule.form != Form::Func);
        let targets = if split {
            generated.split(&pkg.query, name, defs, &identities)
        } else {
            identities.truncate(1);
            vec![vec![(
                format!("{}.{name}", pkg.query),
                defs.iter().all(|d| d.rule.set),
            )]]
        };
        let mut entries = Vec::new();
        for (identity, targets) in identities.iter().zip(targets) {
            let Some(first) = identity.defs.first().and_then(|&i| defs.get(i)) else {
                continue;
            };
            let (own, meta_line) = match first.meta {
                Some((a, l)) => (Some(a), *l),
                None => (None, first.rule.line),
            };
            let rule = build_rule(
                &identity.id,
                &pkg.name,
                name,
                *level,
                pkg_ann,
                own,
                first.file,
                first.rule.line,
                meta_line,
            )?;
            if let Some((other_file, other_line)) = seen_ids.get(&rule.id) {
                return Err(PolicyError::Metadata {
                    file: first.file.to_string(),
                    line: meta_line,
                    message: format!(
                        "duplicate rule id `{}` (also used at {other_file}:{other_line})",
                        rule.id
                    ),
                });
            }
            seen_ids.insert(rule.id.clone(), (first.file.to_string(), meta_line));
            for (target, always_defined) in targets {
                entries.push(PackageRule {
                    name: name.to_string(),
                    target,
                    level: *level,
                    id: rule.id.clone(),
                    kinds: rule.kinds.clone(),
                    always_defined,
                });
            }
            rules.insert(rule.id.clone(), rule);
        }
        packages[*pkg_idx].rules.extend(entries);
    }
    let generated = generated
        .modules(&infos, |f| texts.get(f).copied())
        .map_err(|file| {
            PolicyError::Compile(format!(
                "{file}: rule positions do not match the file's text"
            ))
        })?;
    packages.retain(|p| !p.rules.is_empty());
    packages.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(((packages, rules), generated))
}

/// A rule of identity `id`, defined first at `file:line` and described by
/// its own block at `file:meta_line` (the definition's line if none).
#[allow(clippy::too_many_arguments)]
fn build_rule(
    id: &str,
    package: &str,
    name: &str,
    level: Level,
    pkg: Option<&Annotation>,
    own: Option<&Annotation>,
    file: &str,
    line: u32,
    meta_line: u32,
) -> Result<Rule, PolicyError> {
    let meta_file = file;
    // Rule-level fields override package-level ones.
    let pick =
        |f: &dyn Fn(&Annotation) -> Option<String>| own.and_then(f).or_else(|| pkg.and_then(f));
    let severity = match pick(&|a| a.custom.severity.clone()) {
        Some(s) => Severity::parse(&s).ok_or_else(|| PolicyError::Metadata {
            file: meta_file.to_string(),
            line: meta_line,
            message: format!(
                "unknown severity `{s}` (expected one of {})",
                Severity::NAMES
            ),
        })?,
        None => level.default_severity(),
    };
    let kinds_src = own
        .and_then(|a| a.custom.kinds.clone())
        .or_else(|| pkg.and_then(|a| a.custom.kinds.clone()));
    let kinds = parse_kinds(kinds_src, meta_file, meta_line)?;
    let mut frameworks = BTreeMap::new();
    for a in [pkg, own].into_iter().flatten() {
        for (k, v) in &a.custom.frameworks {
            frameworks.insert(k.clone(), v.clone().into_vec());
        }
    }
    let related = own
        .filter(|a| !a.related_resources.is_empty())
        .or(pkg)
        .map(|a| {
            a.related_resources
                .iter()
                .map(|r| r.url().to_string())
                .collect()
        })
        .unwrap_or_default();
    Ok(Rule {
        id: id.to_string(),
        package: package.to_string(),
        name: name.to_string(),
        level,
        severity,
        title: pick(&|a| a.title.clone()),
        description: pick(&|a| a.description.clone()),
        remediation: pick(&|a| a.custom.remediation.clone()),
        related_resources: related,
        frameworks,
        kinds,
        response: own
            .and_then(|a| a.custom.response.clone())
            .or_else(|| pkg.and_then(|a| a.custom.response.clone())),
        example: pick(&|a| a.custom.example.clone()),
        file: file.to_string(),
        line,
    })
}

fn parse_kinds(
    kinds: Option<metadata::OneOrMany>,
    file: &str,
    line: u32,
) -> Result<Option<Vec<Kind>>, PolicyError> {
    let Some(kinds) = kinds else { return Ok(None) };
    kinds
        .into_vec()
        .iter()
        .map(|k| {
            k.parse::<Kind>().map_err(|message| PolicyError::Metadata {
                file: file.to_string(),
                line,
                message,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

type Selector = Box<dyn Fn(&str) -> bool>;

fn namespace_selector(patterns: &[String]) -> Result<Selector, PolicyError> {
    if patterns.is_empty() {
        return Ok(Box::new(|_| true));
    }
    let mut b = globset::GlobSetBuilder::new();
    for p in patterns {
        b.add(
            globset::GlobBuilder::new(p)
                .literal_separator(false)
                .build()
                .map_err(|_| PolicyError::Namespace(p.clone()))?,
        );
    }
    let set = b
        .build()
        .map_err(|e| PolicyError::Namespace(e.to_string()))?;
    Ok(Box::new(move |name| set.is_match(name)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conftest_rule_names_are_recognised() {
        assert_eq!(rule_level("deny"), Some(Level::Error));
        assert_eq!(rule_level("violation_no_root"), Some(Level::Error));
        assert_eq!(rule_level("warn_latest_tag"), Some(Level::Warning));
        assert_eq!(rule_level("denylist"), None);
        assert_eq!(rule_level("deny_"), None);
        assert_eq!(rule_level("allow"), None);
        // The generated copies of definitions with their own METADATA.
        assert_eq!(rule_level("deny__verdict_def_2"), None);
        assert_eq!(rule_level("warn_x__verdict_def_1"), None);
    }

    #[test]
    fn query_prefixes_bracket_odd_components() {
        assert_eq!(query_prefix(&["main".into()]), "data.main");
        assert_eq!(query_prefix(&["a".into(), "b-c".into()]), "data.a[\"b-c\"]");
    }

    /// Loading for one kind keeps the helpers its rules reach, so a helper
    /// that only other kinds use cannot stop a stream from reusing decisions.
    #[test]
    fn one_kind_loads_only_the_helpers_its_rules_reach() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let write = |name: &str, text: &str| {
            std::fs::write(dir.path().join(name), text).unwrap_or_else(|e| panic!("{e}"))
        };
        let rules = |helper: &str| {
            format!(
                "# METADATA\n# custom:\n#   kinds: [falco]\npackage rt\n\nimport rego.v1\n\ndeny contains input.rule if {helper}\n"
            )
        };
        write("used.rego", "package lib.used\n\nimport rego.v1\n\nshell if input.output_fields[\"proc.name\"] == \"sh\"\n");
        write(
            "other.rego",
            "package lib.other\n\nimport rego.v1\n\nall := object.get(input, \"x\", 1)\n",
        );
        write("k8s.rego", "# METADATA\n# custom:\n#   kinds: [kubernetes]\npackage k8s\n\nimport rego.v1\n\ndeny contains data.lib.other.all\n");
        let load_falco = || {
            load(&LoadOptions {
                policies: vec![dir.path().to_path_buf()],
                only_kind: Some(Kind::Falco),
                ..LoadOptions::default()
            })
            .unwrap_or_else(|e| panic!("{e}"))
        };
        write("rt.rego", &rules("data.lib.used.shell"));
        let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            load_falco().input_reads(),
            reads::InputReads::Paths(vec![path(&["output_fields", "proc.name"]), path(&["rule"])])
        );
        // A quoted package component with a dot in it is one component.
        write(
            "quoted.rego",
            "package lib[\"k8s.io\"]\n\nimport rego.v1\n\ntagged if \"x\" in input.tags\n",
        );
        write("rt.rego", &rules("data.lib[\"k8s.io\"].tagged"));
        assert_eq!(
            load_falco().input_reads(),
            reads::InputReads::Paths(vec![path(&["rule"]), path(&["tags"])])
        );
        write("rt.rego", &rules("data.lib.other.all"));
        assert!(matches!(
            load_falco().input_reads(),
            reads::InputReads::Everything(why) if why.ends_with("other.rego:5: reads the whole input")
        ));
    }
}
