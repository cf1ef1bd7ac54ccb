//! The scan pipeline: discover → read → detect kind → parse → evaluate, in
//! parallel per file. Only findings and diagnostics leave a worker, so memory
//! stays flat however many files there are.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rayon::prelude::*;
use serde_json::{json, Value};

use crate::diagnostic::{Code, Diagnostic};
use crate::discover::{self, Excludes, Input};
use crate::eval::{Evaluator, Source};
use crate::finding::{self, Finding};
use crate::kind::{self, Kind, Syntax};
use crate::parse::{self, Document, ParseError};
use crate::policy::PolicySet;
use crate::shard::Shard;
use crate::source_map::{LineIndex, PosTree, Position};
use crate::suppress::{self, Directive};

mod cache;
mod terraform;

pub use cache::default_dir as default_cache_dir;
use cache::Cache;

pub use terraform::var_file;

/// The evaluated inputs of a Terraform root module folder, per module instance.
pub fn terraform_inputs(
    dir: &Path,
    opts: &ScanOptions,
) -> Result<Vec<(String, String, Value)>, Vec<Diagnostic>> {
    terraform::root_inputs(dir, opts, &Reads::all())
}

#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub paths: Vec<PathBuf>,
    pub kind: Option<Kind>,
    pub exclude: Vec<String>,
    pub jobs: Option<usize>,
    /// Per-document evaluation time limit.
    pub timeout: Duration,
    pub combine: bool,
    pub max_file_size: u64,
    /// Paths in reports are relative to this; default: see [`scan_root`].
    pub root: Option<PathBuf>,
    /// Evaluate the `.tf` files of a folder together, as one module.
    pub terraform_modules: bool,
    /// Evaluate Terraform statically (variables, locals, module calls)
    /// before the policies run; `false` is `--terraform-raw`.
    pub terraform_eval: bool,
    /// Variable values for root modules (`--tf-var-file`, `--tf-var`, …).
    pub terraform_inputs: crate::terraform::Inputs,
    /// Named files are passed over as a walk would pass them (`--skip-unknown`).
    pub skip_unknown: bool,
    /// Evaluate only this share of the inputs (`--shard K/N`).
    pub shard: Option<Shard>,
    /// Record each input file's SHA-256 (for the decision log).
    pub digest_inputs: bool,
    /// Run the policies; `false` (`--no-eval`) stops after parsing, the
    /// floor a scan's cost is measured against.
    pub evaluate: bool,
    /// Keep and reuse each file's result in this folder (`--cache`).
    pub cache: Option<PathBuf>,
}

impl Default for ScanOptions {
    fn default() -> Self {
        ScanOptions {
            paths: vec![PathBuf::from(".")],
            kind: None,
            exclude: Vec::new(),
            jobs: None,
            timeout: Duration::from_secs(10),
            combine: false,
            max_file_size: 256 * 1024 * 1024,
            root: None,
            terraform_modules: true,
            terraform_eval: true,
            terraform_inputs: crate::terraform::Inputs::default(),
            skip_unknown: false,
            shard: None,
            digest_inputs: false,
            evaluate: true,
            cache: None,
        }
    }
}

/// What a scan found, before any report or gate.
#[derive(Debug, Default)]
pub struct ScanResult {
    pub root: PathBuf,
    pub findings: Vec<Finding>,
    pub diagnostics: Vec<Diagnostic>,
    /// Remarks that do not fail the run (e.g. an unknown CloudFormation tag).
    pub warnings: Vec<Diagnostic>,
    /// What was passed over and how to scan it instead (a Helm chart).
    pub notes: Vec<Diagnostic>,
    /// `verdict:ignore[...]` comments found in the inputs.
    pub directives: Vec<Directive>,
    pub files: usize,
    pub documents: usize,
    /// Files passed over, by why.
    pub skipped: std::collections::BTreeMap<Skip, usize>,
    /// The share of the inputs this result covers (`--shard K/N`).
    pub shard: Option<Shard>,
    /// How each waiver was used (filled in by the suppression step).
    pub waivers: Vec<crate::suppress::WaiverUse>,
    /// A digest of what the scan covered and how it judged: shards of one
    /// scan share it.
    pub scope: Option<String>,
    /// Each input file read, with its SHA-256 (`digest_inputs`), by file.
    pub inputs: Vec<InputDigest>,
    /// Which policies judged it (set by the command that loaded them).
    pub policy: Option<crate::policy::Provenance>,
}

/// An input file as the decision log records it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct InputDigest {
    pub file: String,
    pub sha256: String,
}

impl ScanResult {
    /// How many files were passed over, for whatever reason.
    pub fn skipped_total(&self) -> usize {
        self.skipped.values().sum()
    }

    fn skip(&mut self, why: Skip, n: usize) {
        if n > 0 {
            *self.skipped.entry(why).or_default() += n;
        }
    }
}

/// A file read and parsed, ready to evaluate.
pub(crate) struct Loaded {
    file: String,
    text: String,
    lines: LineIndex,
    kind: Kind,
    documents: Vec<Document>,
    multi_document: bool,
    warnings: Vec<Diagnostic>,
    directives: Vec<Directive>,
    /// The SHA-256 of the bytes read, when asked for.
    digest: Option<String>,
}

pub fn scan(opts: &ScanOptions, policies: &PolicySet) -> Result<ScanResult, String> {
    let excludes = Excludes::new(&opts.exclude)?;
    let mut found = discover::discover(&opts.paths, &excludes, opts.kind.is_some());
    if opts.skip_unknown {
        for input in &mut found.inputs {
            if let Input::File { explicit, .. } = input {
                *explicit = false;
            }
        }
    }
    // Before sharding: a Terraform root reads the variable files the walk
    // found, whichever shard they fall in. (`--combine` has no Terraform stage.)
    let walked: std::collections::HashSet<PathBuf> = found
        .inputs
        .iter()
        .filter(|_| !opts.combine)
        .filter_map(|i| match i {
            Input::File {
                path,
                explicit: false,
            } => path.canonicalize().ok(),
            _ => None,
        })
        .collect();
    let root = scan_root(opts);
    // Each shard reports only what belongs to its own inputs, so the
    // shards' reports add up to the whole scan's.
    let owns = |key: &str| opts.shard.is_none_or(|s| s.owns(key));
    if opts.shard.is_some() {
        if opts.combine {
            return Err(
                "--shard cannot split a --combine scan: every document is one input".into(),
            );
        }
        if found.inputs.iter().any(|i| matches!(i, Input::Stdin)) {
            return Err("--shard cannot split stdin; scan it in one job".into());
        }
        found.errors.retain(|d| owns(&d.file));
        found.warnings.retain(|d| owns(&d.file));
        found.inputs.retain(|i| match i {
            Input::File { path, .. }
                if !(opts.terraform_modules && terraform::is_module_file(path)) =>
            {
                owns(&crate::shard::key(path, &root))
            }
            _ => true,
        });
    }
    let mut result = ScanResult {
        root: root.clone(),
        diagnostics: found.errors,
        warnings: found.warnings,
        shard: opts.shard,
        ..ScanResult::default()
    };
    if opts.shard.is_none_or(|s| s.is_first()) {
        result.skip(Skip::UnknownKind, found.skipped);
    }
    for (chart, templates) in &found.charts {
        // Run inside the chart itself: `helm template .`.
        let shown = if chart.canonicalize().ok().as_deref() == Some(root.as_path()) {
            ".".to_owned()
        } else {
            relative(chart, &root)
        };
        if !owns(&shown) {
            continue;
        }
        result.skip(Skip::HelmTemplate, *templates);
        result.notes.push(Diagnostic::new(
            Code::HelmChart,
            shown.clone(),
            format!(
                "chart {shown}: {templates} template{} not evaluated; scan rendered output: `helm template {shown} | verdict scan - --kind kubernetes`",
                if *templates == 1 { "" } else { "s" }
            ),
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.unwrap_or(0))
        .stack_size(16 * 1024 * 1024)
        .build()
        .map_err(|e| e.to_string())?;

    let reads = Reads::new(policies, opts.combine);
    if opts.combine {
        let loaded: Vec<Read> = pool.install(|| {
            found
                .inputs
                .par_iter()
                .map(|i| load(i, opts, &root, &reads))
                .collect()
        });
        let mut files = Vec::new();
        for l in loaded {
            match l {
                Read::File(mut f) => {
                    result.warnings.append(&mut f.warnings);
                    result.directives.append(&mut f.directives);
                    result.inputs.extend(f.input_digest());
                    files.push(*f)
                }
                Read::Skipped(why) => result.skip(why, 1),
                Read::Failed(d) => result.diagnostics.push(d),
            }
        }
        result.files = files.len();
        result.documents = files.iter().map(|f| f.documents.len()).sum();
        if opts.evaluate {
            match combined(&files, policies, opts.timeout) {
                Ok(f) => result.findings = f,
                Err(d) => result.diagnostics.push(d),
            }
        }
    } else {
        let (files, folders) = units(&found.inputs, opts.terraform_modules);
        let cache = opts
            .cache
            .as_deref()
            .and_then(|dir| Cache::open(dir, policies, opts));
        let mut outcomes: Vec<Outcome> = pool.install(|| {
            files
                .par_iter()
                .map_init(
                    || Evaluator::new(policies, opts.timeout),
                    |ev, input| one_file(ev, input, opts, &root, &reads, cache.as_ref()),
                )
                .collect()
        });
        let job = terraform::Job {
            pool: &pool,
            opts,
            root: &root,
            excludes: &excludes,
            reads: &reads,
            walked: &walked,
        };
        outcomes.extend(terraform::folders(&job, &folders, policies));
        if let Some(c) = cache {
            pool.install(|| c.flush());
        }
        for o in outcomes {
            for (why, n) in o.skipped {
                result.skip(why, n);
            }
            result.directives.extend(o.directives);
            result.files += o.files;
            result.documents += o.documents;
            result.findings.extend(o.findings);
            result.diagnostics.extend(o.diagnostics);
            result.warnings.extend(o.warnings);
            result.inputs.extend(o.inputs);
        }
    }
    result.inputs.sort_by(|a, b| a.file.cmp(&b.file));
    result.inputs.dedup();
    finding::sort(&mut result.findings);
    result.diagnostics.sort();
    result.warnings.sort();
    result.notes.sort();
    Ok(result)
}

/// What one unit of work (a file, a Terraform folder) contributes.
#[derive(Default)]
struct Outcome {
    files: usize,
    documents: usize,
    /// Files passed over, by why.
    skipped: std::collections::BTreeMap<Skip, usize>,
    findings: Vec<Finding>,
    diagnostics: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    directives: Vec<Directive>,
    inputs: Vec<InputDigest>,
}

impl Outcome {
    fn skipped(why: Skip) -> Outcome {
        Outcome {
            skipped: [(why, 1)].into(),
            ..Outcome::default()
        }
    }

    /// A file that could not be read or parsed.
    fn failed(d: Diagnostic) -> Outcome {
        Outcome {
            files: 1,
            diagnostics: vec![d],
            ..Outcome::default()
        }
    }
}

fn one_file(
    ev: &mut Evaluator,
    input: &Input,
    opts: &ScanOptions,
    root: &Path,
    reads: &Reads,
    cache: Option<&Cache>,
) -> Outcome {
    if let Some(skip) = passed_over(input, opts, reads) {
        return Outcome::skipped(skip);
    }
    let raw = match read_input(input, opts, root) {
        Ok(raw) => raw,
        Err(d) => return Outcome::failed(d),
    };
    let digest = (cache.is_some() || opts.digest_inputs).then(|| sha256(&raw.bytes));
    let key = cache
        .zip(digest.as_deref())
        .map(|(c, d)| c.key(&raw.file, raw.explicit, d));
    let file = raw.file.clone();
    // As `load` records it: the digest of a file that parsed.
    let recorded = |parsed: bool| match (&digest, opts.digest_inputs && parsed) {
        (Some(d), true) => vec![InputDigest {
            file: file.clone(),
            sha256: d.clone(),
        }],
        _ => Vec::new(),
    };
    if let Some((mut hit, parsed)) = cache.zip(key.as_deref()).and_then(|(c, k)| c.get(k)) {
        hit.inputs = recorded(parsed);
        return hit;
    }
    let (mut outcome, parsed) = match parse_input(raw, None, opts, reads) {
        Ok(loaded) => (judge_file(ev, loaded, opts), true),
        Err(Ok(skip)) => (Outcome::skipped(skip), false),
        Err(Err(d)) => (Outcome::failed(d), false),
    };
    if let (Some(c), Some(k)) = (cache, &key) {
        c.put(k, &outcome, parsed);
    }
    outcome.inputs = recorded(parsed);
    outcome
}

/// Evaluate every document of a file read and parsed (`--no-eval`: none).
fn judge_file(ev: &mut Evaluator, loaded: Loaded, opts: &ScanOptions) -> Outcome {
    let src = Source {
        file: &loaded.file,
        kind: loaded.kind,
        text: &loaded.text,
        lines: &loaded.lines,
        multi_document: loaded.multi_document,
    };
    let mut findings = Vec::new();
    let mut diagnostics = Vec::new();
    let templates = match loaded.kind.natural_syntax() {
        Syntax::Yaml if opts.evaluate => {
            crate::helm::source_templates(&loaded.text, &loaded.documents)
        }
        _ => Vec::new(),
    };
    for doc in loaded.documents.iter().filter(|_| opts.evaluate) {
        match ev.document(&src, doc) {
            Ok(mut f) => {
                let template = templates.iter().find(|(i, _)| *i == doc.index);
                if let Some((_, t)) = template {
                    for finding in &mut f {
                        finding.source_template = Some(t.clone());
                    }
                }
                findings.extend(f)
            }
            Err(d) => diagnostics.push(d),
        }
    }
    Outcome {
        files: 1,
        documents: loaded.documents.len(),
        inputs: Vec::new(),
        findings,
        diagnostics,
        warnings: loaded.warnings,
        directives: loaded.directives,
        skipped: Default::default(),
    }
}

impl Loaded {
    pub(crate) fn input_digest(&self) -> Option<InputDigest> {
        self.digest.as_ref().map(|d| InputDigest {
            file: self.file.clone(),
            sha256: d.clone(),
        })
    }
}

/// What is evaluated together: single files, and the `.tf`/`.tf.json` files
/// of each folder (a Terraform module).
fn units(inputs: &[Input], terraform_modules: bool) -> (Vec<Input>, Vec<Vec<Input>>) {
    let mut files = Vec::new();
    let mut folders: Vec<Vec<Input>> = Vec::new();
    let mut index: std::collections::BTreeMap<PathBuf, usize> = Default::default();
    for input in inputs {
        let dir = match input {
            Input::File { path, .. } if terraform_modules && terraform::is_module_file(path) => {
                path.parent().map(Path::to_path_buf)
            }
            _ => None,
        };
        match dir {
            Some(d) => match index.get(&d) {
                Some(&i) => folders[i].push(input.clone()),
                None => {
                    index.insert(d, folders.len());
                    folders.push(vec![input.clone()]);
                }
            },
            None => files.push(input.clone()),
        }
    }
    (files, folders)
}

/// Which input kinds the selected policies can see: a walk passes over a
/// file of a kind nothing reads instead of parsing it (a `tsconfig.json` with
/// comments cannot fail a Kubernetes gate).
pub(crate) struct Reads {
    kinds: Vec<Kind>,
}

impl Reads {
    pub(crate) fn new(policies: &PolicySet, combine: bool) -> Reads {
        let kinds = Kind::ALL
            .into_iter()
            .filter(|&k| {
                policies.packages.iter().any(|p| {
                    let reads_k = || {
                        p.applies_to(k)
                            && p.rules
                                .iter()
                                .any(|r| r.kinds.as_ref().is_none_or(|ks| ks.contains(&k)))
                    };
                    match (combine, &p.kinds) {
                        (false, _) | (true, None) => reads_k(),
                        // Written for the combined view: it reads documents
                        // of every kind.
                        (true, Some(_)) => p.reads_combined(),
                    }
                })
            })
            .collect();
        Reads { kinds }
    }

    /// Every kind (`verdict parse`, which shows what a policy would see).
    pub(crate) fn all() -> Reads {
        Reads {
            kinds: Kind::ALL.to_vec(),
        }
    }

    fn sees(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// Why a file was passed over.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Skip {
    /// Not a kind verdict knows.
    UnknownKind,
    /// A kind no selected policy reads.
    NotRead,
    /// A Helm chart's template (only `helm template` renders it).
    HelmTemplate,
}

impl Skip {
    pub const ALL: [Skip; 3] = [Skip::UnknownKind, Skip::NotRead, Skip::HelmTemplate];

    pub fn from_name(name: &str) -> Option<Skip> {
        Skip::ALL.into_iter().find(|s| s.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Skip::UnknownKind => "unknown-kind",
            Skip::NotRead => "kind-not-read",
            Skip::HelmTemplate => "helm-template",
        }
    }
}

/// An input read: parsed, passed over, or not readable.
pub(crate) enum Read {
    File(Box<Loaded>),
    Skipped(Skip),
    Failed(Diagnostic),
}

/// Read and parse one input.
fn load(input: &Input, opts: &ScanOptions, root: &Path, reads: &Reads) -> Read {
    if let Some(skip) = passed_over(input, opts, reads) {
        return Read::Skipped(skip);
    }
    let raw = match read_input(input, opts, root) {
        Ok(raw) => raw,
        Err(d) => return Read::Failed(d),
    };
    let digest = opts.digest_inputs.then(|| sha256(&raw.bytes));
    match parse_input(raw, digest, opts, reads) {
        Ok(l) => Read::File(Box::new(l)),
        Err(Ok(skip)) => Read::Skipped(skip),
        Err(Err(d)) => Read::Failed(d),
    }
}

/// A walked file whose name says no selected policy reads it: passed over
/// unread.
fn passed_over(input: &Input, opts: &ScanOptions, reads: &Reads) -> Option<Skip> {
    match input {
        Input::File {
            path,
            explicit: false,
        } if opts.kind.is_none() && !kind::candidates(path).into_iter().any(|k| reads.sees(k)) => {
            Some(Skip::NotRead)
        }
        _ => None,
    }
}

/// An input's bytes, before anything is made of them.
struct Raw {
    /// As reports name it.
    file: String,
    path: PathBuf,
    bytes: Vec<u8>,
    /// Named on the command line (or stdin), not found by a walk.
    explicit: bool,
}

fn sha256(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    crate::bundle::signature::hex(&Sha256::digest(bytes))
}

fn read_input(input: &Input, opts: &ScanOptions, root: &Path) -> Result<Raw, Diagnostic> {
    let (file, path, bytes, explicit) = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(opts.max_file_size + 1)
                .read_to_end(&mut buf)
                .map_err(|e| Diagnostic::new(Code::ReadError, "-", e.to_string()))?;
            ("-".to_string(), PathBuf::from("-"), buf, true)
        }
        Input::File { path, explicit } => {
            let file = relative(path, root);
            let meta = std::fs::metadata(path)
                .map_err(|e| Diagnostic::new(Code::ReadError, &file, e.to_string()))?;
            if meta.len() > opts.max_file_size {
                return Err(Diagnostic::new(
                    Code::TooLarge,
                    &file,
                    format!(
                        "file is {} bytes, over the --max-file-size limit of {}",
                        meta.len(),
                        opts.max_file_size
                    ),
                ));
            }
            let bytes = std::fs::read(path)
                .map_err(|e| Diagnostic::new(Code::ReadError, &file, e.to_string()))?;
            (file, path.clone(), bytes, *explicit)
        }
    };
    if bytes.len() as u64 > opts.max_file_size {
        return Err(Diagnostic::new(
            Code::TooLarge,
            &file,
            format!(
                "input is over the --max-file-size limit of {}",
                opts.max_file_size
            ),
        ));
    }
    Ok(Raw {
        file,
        path,
        bytes,
        explicit,
    })
}

/// Detect and parse an input read; `Err(Ok(skip))`: a walked file passed
/// over.
fn parse_input(
    raw: Raw,
    digest: Option<String>,
    opts: &ScanOptions,
    reads: &Reads,
) -> Result<Loaded, Result<Skip, Diagnostic>> {
    let Raw {
        file,
        path,
        bytes,
        explicit,
    } = raw;
    let text = String::from_utf8(bytes).map_err(|e| {
        Err(Diagnostic::new(
            Code::ReadError,
            &file,
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        ))
    })?;
    let parsed = match parse::parse(&text, &path, opts.kind) {
        Ok(p) if !explicit && opts.kind.is_none() && !reads.sees(p.kind) => {
            return Err(Ok(Skip::NotRead))
        }
        Ok(p) => p,
        Err(ParseError::UnknownKind) if !explicit => return Err(Ok(Skip::UnknownKind)),
        Err(ParseError::Syntax(_))
            if !explicit
                && opts.kind.is_none()
                && commented_json_nobody_reads(&text, &path, reads) =>
        {
            return Err(Ok(Skip::NotRead))
        }
        Err(e) => {
            let code = match e {
                ParseError::Syntax(_) => Code::ParseError,
                ParseError::UnknownKind => Code::UnknownKind,
            };
            let message = match &e {
                ParseError::Syntax(s) => s.message.clone(),
                other => other.to_string(),
            };
            let d = Diagnostic::new(code, &file, message);
            return Err(Err(match e.position() {
                Some((l, c)) => d.at(l, c),
                None => d,
            }));
        }
    };
    let lines = LineIndex::new(&text);
    let multi_document =
        parsed.documents.len() > 1 || matches!(parsed.kind, Kind::Falco | Kind::Jsonl | Kind::Ocsf);
    let warnings = parsed
        .warnings
        .into_iter()
        .map(|w| Diagnostic::new(Code::UnknownTag, &file, w.message).at(w.line, w.column))
        .collect();
    // Only formats with comments can carry an inline ignore.
    let directives = match parsed.syntax {
        Syntax::Yaml | Syntax::Toml | Syntax::Hcl | Syntax::Dockerfile | Syntax::Jsonc => {
            suppress::directives(&file, &text)
        }
        Syntax::Json | Syntax::JsonLines => Vec::new(),
    };
    Ok(Loaded {
        digest,
        warnings,
        directives,
        file,
        lines,
        text,
        kind: parsed.kind,
        multi_document,
        documents: parsed.documents,
    })
}

/// A `.json` file that is not JSON but JSON with comments or trailing commas
/// (VS Code settings, `.eslintrc.json`, …) of a kind no policy reads: what
/// editors accept is not a broken input.
fn commented_json_nobody_reads(text: &str, path: &Path, reads: &Reads) -> bool {
    let is_json =
        kind::from_path(path).is_some_and(|h| h.syntax == Syntax::Json && h.kind.is_none());
    if !is_json {
        return false;
    }
    match parse::json::parse_jsonc(text) {
        Ok((value, _)) => {
            kind::from_content(Syntax::Json, path, &[&value]) == Kind::Json
                && !reads.sees(Kind::Json)
        }
        Err(_) => false,
    }
}

/// `--combine`: every document in one input, `[{path, kind, contents}]`;
/// a result's `path` that starts with an index lands in that document's file.
fn combined(
    files: &[Loaded],
    policies: &PolicySet,
    timeout: Duration,
) -> Result<Vec<Finding>, Diagnostic> {
    let mut items = Vec::new();
    let mut children = Vec::new();
    let mut owners = Vec::new();
    for (fi, f) in files.iter().enumerate() {
        for d in &f.documents {
            items.push(json!({"path": f.file, "kind": f.kind.name(), "contents": d.value}));
            let at = d.positions.pos;
            children.push(PosTree {
                pos: at,
                children: vec![PosTree::leaf(at), PosTree::leaf(at), d.positions.clone()],
            });
            owners.push(fi);
        }
    }
    let Some(first) = files.first() else {
        return Ok(Vec::new());
    };
    let doc = Document {
        index: 0,
        value: Value::Array(items),
        positions: PosTree {
            pos: Position::new(1, 1),
            children,
        },
    };
    let src = Source {
        file: &first.file,
        kind: Kind::Combined,
        text: &first.text,
        lines: &first.lines,
        multi_document: false,
    };
    let mut ev = Evaluator::new(policies, timeout);
    let findings = ev.combined(&src, &doc)?;
    // Re-home each finding in the file its path entered.
    Ok(findings
        .into_iter()
        .map(|mut f| {
            let idx = f.path.as_deref().and_then(|p| {
                p.trim_start_matches('/')
                    .split('/')
                    .next()?
                    .parse::<usize>()
                    .ok()
            });
            if let Some(owner) = idx.and_then(|i| owners.get(i)).and_then(|o| files.get(*o)) {
                f.kind = owner.kind;
                let locator = f.resource.clone().or(f.path.clone()).unwrap_or_default();
                let pos = Position::new(f.line, f.column);
                rehome(&mut f, owner, pos, &locator);
            }
            f
        })
        .collect())
}

/// Move a finding evaluated on a merged input to the file and place it is
/// about, with that file's source line and a fingerprint for that file.
fn rehome(f: &mut Finding, owner: &Loaded, pos: Position, locator: &str) {
    f.file = owner.file.clone();
    f.line = pos.line;
    f.column = pos.column;
    f.snippet = owner
        .lines
        .line_text(&owner.text, pos.line)
        .map(|l| l.chars().take(300).collect());
    f.fingerprint = finding::fingerprint(&f.rule_id, &f.file, locator, &f.message);
}

/// Reports name files relative to this: `--root`, else the working
/// directory when every input is inside it (so SARIF URIs match the
/// repository checkout), else the inputs' deepest common folder.
pub fn scan_root(opts: &ScanOptions) -> PathBuf {
    if let Some(r) = &opts.root {
        return r.canonicalize().unwrap_or_else(|_| r.clone());
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let abs: Vec<PathBuf> = opts
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| p.canonicalize().ok())
        .collect();
    if abs.is_empty() || abs.iter().all(|p| p.starts_with(&cwd)) {
        return cwd;
    }
    let mut common: PathBuf = if abs[0].is_dir() {
        abs[0].clone()
    } else {
        abs[0].parent().map(Path::to_path_buf).unwrap_or_default()
    };
    for p in &abs[1..] {
        while !p.starts_with(&common) {
            if !common.pop() {
                break;
            }
        }
    }
    common
}

/// A path relative to the scan root with `/` separators.
pub fn relative(path: &Path, root: &Path) -> String {
    let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let rel = abs.strip_prefix(root).unwrap_or(path);
    let s = rel
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    if s.is_empty() {
        path.display().to_string()
    } else {
        s
    }
}
