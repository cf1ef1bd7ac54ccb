//! Terraform folders in a scan: read each module folder, follow its local
//! module calls to the folders they name (inside or outside the scanned
//! paths, as Terraform would), evaluate every root module with what it calls
//! (`crate::terraform`), run the policies on each module instance, and send
//! every finding back to the module file and line it is about, with the
//! calls that lead there.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde_json::Value;

use super::{load, rehome, Loaded, Outcome, Read, Reads, ScanOptions};
use crate::diagnostic::Diagnostic;
use crate::discover::{Excludes, Input};
use crate::eval::{Evaluator, Source};
use crate::finding::{CallSite, Finding};
use crate::kind::Kind;
use crate::parse::Document;
use crate::policy::PolicySet;
use crate::source_map::{self, PosTree, Position};
use crate::terraform::{self, merge::Module, Instance};

/// Folders one scan follows module calls into, beyond those it walked.
const MAX_FOLDERS: usize = 4096;

/// A `.tf` or `.tf.json` file: part of its folder's module.
pub(super) fn is_module_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".tf") || name.ends_with(".tf.json")
}

struct Folder {
    /// Canonical, to recognise a folder reached by two relative paths.
    dir: PathBuf,
    /// Its variable files, in the order Terraform reads them (walked
    /// folders only).
    var_files: Option<Vec<PathBuf>>,
    files: Vec<Loaded>,
    merged: Module,
    /// Found by the walk (a candidate root module), not only called.
    scanned: bool,
    outcome: Outcome,
}

/// What a scan's Terraform stage works from.
pub(super) struct Job<'a> {
    pub pool: &'a rayon::ThreadPool,
    pub opts: &'a ScanOptions,
    pub root: &'a Path,
    pub excludes: &'a Excludes,
    pub reads: &'a Reads,
    /// The files the walk found (canonical): variable files count only if seen.
    pub walked: &'a HashSet<PathBuf>,
}

pub(super) fn folders(job: &Job<'_>, units: &[Vec<Input>], policies: &PolicySet) -> Vec<Outcome> {
    let Job {
        pool,
        opts,
        root,
        excludes,
        reads,
        walked,
    } = *job;
    let mut folders: Vec<Folder> = pool.install(|| {
        units
            .par_iter()
            .map(|inputs| {
                let mut f = load_folder(inputs, opts, root, reads, true);
                f.var_files = Some(var_files(&f.dir, inputs, walked, root, excludes));
                f
            })
            .collect()
    });
    let links = if opts.terraform_eval {
        follow_calls(&mut folders, opts, root, excludes, reads)
    } else {
        HashMap::new()
    };
    // Only walked folders have variable files; only evaluation reads them.
    let config = configure(&folders, links, |f| match opts.terraform_eval {
        true => f.var_files.clone().unwrap_or_default(),
        false => Vec::new(),
    });
    let mut inputs = opts.terraform_inputs.clone();
    inputs.files_root.get_or_insert_with(|| root.to_path_buf());
    let evaluate = |roots: &[usize]| -> Vec<terraform::Evaluation> {
        pool.install(|| {
            roots
                .par_iter()
                .map(|&r| match opts.terraform_eval {
                    true => terraform::evaluate(&config, r, &inputs),
                    false => terraform::Evaluation::as_written(&config, r),
                })
                .collect()
        })
    };
    let mine = shard_share(&folders, &config.links, root, opts.shard);
    let mut evaluated: Vec<(usize, terraform::Evaluation)> = Vec::new();
    let mut todo = roots(&folders, &config.links);
    todo.retain(|&r| mine[r]);
    // A walked folder no call made an instance of (the caller's `for_each`
    // is empty, a limit was reached) is judged as a root module of its own,
    // with its defaults: what the walk found is never left unjudged.
    while !todo.is_empty() {
        let done = evaluate(&todo);
        evaluated.extend(todo.iter().copied().zip(done));
        // Another shard's folders are that shard's to cover.
        let covered: HashSet<usize> = evaluated
            .iter()
            .flat_map(|(_, e)| e.instances.iter().filter(|i| i.created).map(|i| i.folder))
            .chain((0..folders.len()).filter(|&i| !mine[i]))
            .collect();
        todo = uncovered(&folders, &config.links, &covered);
    }
    let mut warnings = Vec::new();
    let mut instances: Vec<Instance> = Vec::new();
    for (r, e) in evaluated {
        if let Some(first) = folders[r].files.first() {
            for limit in e.limits {
                warnings.push(Diagnostic::new(
                    crate::diagnostic::Code::TerraformLimit,
                    &first.file,
                    limit,
                ));
            }
        }
        // A switched-off call of a walked folder: that folder is judged as
        // a root instead (above), not twice.
        instances.extend(
            e.instances
                .into_iter()
                .filter(|i| i.created || !folders[i.folder].scanned),
        );
    }
    if !opts.evaluate {
        // `--no-eval`: each module instance is built, none judged.
        instances.clear();
    }
    let judged: Vec<(Vec<Finding>, Vec<Diagnostic>)> = pool.install(|| {
        instances
            .into_par_iter()
            .map_init(
                || Evaluator::new(policies, opts.timeout),
                |ev, inst| judge(ev, inst, &folders),
            )
            .collect()
    });
    let mut out: Vec<Outcome> = folders
        .into_iter()
        .zip(mine)
        .filter_map(|(f, mine)| mine.then_some(f.outcome))
        .collect();
    let mut found = Outcome {
        warnings,
        ..Outcome::default()
    };
    for (findings, diagnostics) in judged {
        found.findings.extend(findings);
        found.diagnostics.extend(diagnostics);
    }
    out.push(found);
    out
}

/// The inputs policies see for a Terraform root module folder: each module
/// instance's address, folder and evaluated document (`verdict parse DIR`).
pub fn root_inputs(
    dir: &Path,
    opts: &ScanOptions,
    reads: &Reads,
) -> Result<Vec<(String, String, Value)>, Vec<Diagnostic>> {
    let root = super::scan_root(opts);
    let inputs = inputs_of(dir);
    let mut folders = vec![load_folder(&inputs, opts, &root, reads, true)];
    if !folders[0].outcome.diagnostics.is_empty() {
        return Err(std::mem::take(&mut folders[0].outcome.diagnostics));
    }
    let none = Excludes::none();
    folders[0].var_files = Some(var_files(dir, &inputs, &HashSet::new(), &root, &none));
    let links = match opts.terraform_eval {
        true => follow_calls(&mut folders, opts, &root, &none, reads),
        false => HashMap::new(),
    };
    let config = configure(&folders, links, |f| f.var_files.clone().unwrap_or_default());
    let mut inputs = opts.terraform_inputs.clone();
    inputs.files_root.get_or_insert_with(|| root.clone());
    let evaluation = match opts.terraform_eval {
        true => terraform::evaluate(&config, 0, &inputs),
        false => terraform::Evaluation::as_written(&config, 0),
    };
    Ok(evaluation
        .instances
        .into_iter()
        .map(|i| {
            let shown = shown_dir(&config.folders[i.folder].dir, &root);
            (i.address, shown, i.value)
        })
        .collect())
}

/// The evaluation stage's view of the loaded folders, each root module
/// with the variable files `var_files` picks for it.
fn configure(
    folders: &[Folder],
    links: HashMap<(usize, String), usize>,
    var_files: impl Fn(&Folder) -> Vec<PathBuf>,
) -> terraform::Config {
    terraform::Config {
        folders: folders
            .iter()
            .map(|f| terraform::Folder {
                dir: f.dir.clone(),
                value: f.merged.value.clone(),
                tfvars: var_files(f)
                    .iter()
                    .filter_map(|p| var_file(p).ok())
                    .collect(),
            })
            .collect(),
        links,
    }
}

fn shown_dir(dir: &Path, root: &Path) -> String {
    let abs = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    match abs.strip_prefix(root) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".to_owned(),
        _ => super::relative(dir, root),
    }
}

fn load_folder(
    inputs: &[Input],
    opts: &ScanOptions,
    root: &Path,
    reads: &Reads,
    scanned: bool,
) -> Folder {
    let dir = inputs
        .iter()
        .find_map(|i| match i {
            Input::File { path, .. } => path.parent().map(Path::to_path_buf),
            Input::Stdin => None,
        })
        .unwrap_or_default();
    let dir = dir.canonicalize().unwrap_or(dir);
    let mut outcome = Outcome::default();
    let mut files = Vec::new();
    for input in inputs {
        match load(input, opts, root, reads) {
            Read::File(mut l) => {
                outcome.files += 1;
                outcome.warnings.append(&mut l.warnings);
                outcome.directives.append(&mut l.directives);
                outcome.inputs.extend(l.input_digest());
                outcome.documents += l.documents.len();
                files.push(*l);
            }
            Read::Skipped(why) => *outcome.skipped.entry(why).or_default() += 1,
            Read::Failed(d) => {
                outcome.files += 1;
                outcome.diagnostics.push(d);
            }
        }
    }
    let docs: Vec<&Value> = files
        .iter()
        .flat_map(|l| l.documents.iter().map(|d| &d.value))
        .collect();
    let merged = Module::merge(&docs);
    Folder {
        var_files: None,
        dir,
        files,
        merged,
        scanned,
        outcome,
    }
}

/// Load the folders local module calls name and link each call to its
/// folder: `(calling folder, call name)` → called folder.
fn follow_calls(
    folders: &mut Vec<Folder>,
    opts: &ScanOptions,
    root: &Path,
    excludes: &Excludes,
    reads: &Reads,
) -> HashMap<(usize, String), usize> {
    let mut index: HashMap<PathBuf, usize> = folders
        .iter()
        .enumerate()
        .map(|(i, f)| (f.dir.clone(), i))
        .collect();
    let mut links = HashMap::new();
    let mut i = 0;
    while i < folders.len() {
        for (name, _, source) in terraform::local_calls(&folders[i].merged.value) {
            let Ok(target) = folders[i].dir.join(&source).canonicalize() else {
                continue;
            };
            let j = match index.get(&target) {
                Some(&j) => j,
                None => {
                    let rel = target.strip_prefix(root).unwrap_or(&target);
                    if folders.len() >= MAX_FOLDERS || !target.is_dir() || excludes.matches(rel) {
                        continue;
                    }
                    let inputs = module_files(&target);
                    if inputs.is_empty() {
                        continue;
                    }
                    folders.push(load_folder(&inputs, opts, root, reads, false));
                    index.insert(target, folders.len() - 1);
                    folders.len() - 1
                }
            };
            links.entry((i, name)).or_insert(j);
        }
        i += 1;
    }
    links
}

/// A folder named on its own (`verdict parse DIR`): its files as if named.
fn inputs_of(dir: &Path) -> Vec<Input> {
    module_files(dir)
        .into_iter()
        .map(|i| match i {
            Input::File { path, .. } => Input::File {
                path,
                explicit: true,
            },
            other => other,
        })
        .collect()
}

/// A folder's `.tf`/`.tf.json` files, for a module the walk did not reach.
fn module_files(dir: &Path) -> Vec<Input> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_module_file(p))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| Input::File {
            path,
            explicit: false,
        })
        .collect()
}

/// A root module's own variable files, in the order Terraform reads them:
/// `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)`
/// by name. In a walk, only those the walk found (not gitignored, not
/// excluded): a developer's untracked local file must not change the gate.
fn var_files(
    dir: &Path,
    inputs: &[Input],
    walked: &HashSet<PathBuf>,
    root: &Path,
    excludes: &Excludes,
) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let named = inputs
        .iter()
        .all(|i| matches!(i, Input::File { explicit: true, .. }));
    let mut auto: Vec<PathBuf> = Vec::new();
    let mut fixed: Vec<PathBuf> = Vec::new();
    for e in entries.filter_map(Result::ok) {
        let path = e.path();
        let usable = if named {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            !excludes.matches(rel)
        } else {
            path.canonicalize().is_ok_and(|p| walked.contains(&p))
        };
        if !usable {
            continue;
        }
        let name = e.file_name().to_string_lossy().into_owned();
        if name == "terraform.tfvars" || name == "terraform.tfvars.json" {
            fixed.push(path);
        } else if name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json") {
            auto.push(path);
        }
    }
    fixed.sort_by_key(|p| p.extension().is_some_and(|e| e == "json"));
    auto.sort();
    fixed.into_iter().chain(auto).collect()
}

/// A `.tfvars` or `.tfvars.json` file's values (`--tf-var-file` too).
pub fn var_file(path: &Path) -> Result<Value, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    let parsed = crate::parse::parse(&text, path, Some(Kind::Terraform)).map_err(|e| {
        match e.position() {
            Some((l, c)) => format!("{shown}:{l}:{c}: {e}"),
            None => format!("{shown}: {e}"),
        }
    })?;
    parsed
        .documents
        .into_iter()
        .next()
        .map(|d| d.value)
        .ok_or_else(|| format!("{shown}: no values"))
}

/// Which folders are this shard's: a root module and every folder its calls
/// reach (transitively, either way) go to one shard together, so a finding
/// in a module lands in the shard that holds that module's inline ignores,
/// and a folder no call covers is judged exactly once. Keyed by the first
/// folder path of the group, relative to the scan root.
fn shard_share(
    folders: &[Folder],
    links: &HashMap<(usize, String), usize>,
    root: &Path,
    shard: Option<crate::shard::Shard>,
) -> Vec<bool> {
    let Some(shard) = shard else {
        return vec![true; folders.len()];
    };
    let mut group: Vec<usize> = (0..folders.len()).collect();
    fn find(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    for ((from, _), to) in links {
        let (a, b) = (find(&mut group, *from), find(&mut group, *to));
        group[a.max(b)] = a.min(b);
    }
    let mut key: HashMap<usize, String> = HashMap::new();
    for (i, f) in folders.iter().enumerate() {
        let g = find(&mut group, i);
        let path = crate::shard::key(&f.dir, root);
        let k = key.entry(g).or_insert_with(|| path.clone());
        if path < *k {
            *k = path;
        }
    }
    (0..folders.len())
        .map(|i| {
            let g = find(&mut group, i);
            shard.owns(&key[&g])
        })
        .collect()
}

/// Root modules: walked folders no other folder calls, and, so nothing goes
/// unevaluated, walked folders only reachable through a cycle of calls.
fn roots(folders: &[Folder], links: &HashMap<(usize, String), usize>) -> Vec<usize> {
    let called: HashSet<usize> = links
        .iter()
        .filter(|((from, _), to)| from != *to)
        .map(|(_, to)| *to)
        .collect();
    let mut roots: Vec<usize> = (0..folders.len())
        .filter(|i| folders[*i].scanned && !called.contains(i))
        .collect();
    let mut reached: HashSet<usize> = HashSet::new();
    let reach = |from: usize, reached: &mut HashSet<usize>| {
        let mut todo = vec![from];
        while let Some(f) = todo.pop() {
            if reached.insert(f) {
                todo.extend(links.iter().filter(|((a, _), _)| *a == f).map(|(_, b)| *b));
            }
        }
    };
    for &r in &roots {
        reach(r, &mut reached);
    }
    for (i, f) in folders.iter().enumerate() {
        if f.scanned && !reached.contains(&i) {
            roots.push(i);
            reach(i, &mut reached);
        }
    }
    roots
}

/// Walked folders no instance covers; of those, the ones no other such
/// folder calls (or, in a cycle, the first), to be evaluated as roots.
fn uncovered(
    folders: &[Folder],
    links: &HashMap<(usize, String), usize>,
    covered: &HashSet<usize>,
) -> Vec<usize> {
    let left: Vec<usize> = (0..folders.len())
        .filter(|i| folders[*i].scanned && !covered.contains(i))
        .collect();
    let called: HashSet<usize> = links
        .iter()
        .filter(|((from, _), to)| from != *to && left.contains(from))
        .map(|(_, to)| *to)
        .collect();
    let first: Vec<usize> = left
        .iter()
        .copied()
        .filter(|i| !called.contains(i))
        .collect();
    match (first.is_empty(), left.first()) {
        (true, Some(&i)) => vec![i],
        _ => first,
    }
}

/// Run the policies on one module instance; each finding goes back to the
/// file and line of the module it is in.
fn judge(
    ev: &mut Evaluator,
    inst: Instance,
    folders: &[Folder],
) -> (Vec<Finding>, Vec<Diagnostic>) {
    let Instance {
        folder,
        address,
        chain,
        value,
        anchors,
        ..
    } = inst;
    let folder = &folders[folder];
    let Some(first) = folder.files.first() else {
        return (Vec::new(), Vec::new());
    };
    let doc = Document {
        index: 0,
        value,
        positions: PosTree::leaf(Position::new(1, 1)),
    };
    let src = Source {
        file: &first.file,
        kind: Kind::Terraform,
        text: &first.text,
        lines: &first.lines,
        multi_document: false,
    };
    let chain = call_sites(&chain, folders);
    // The calls (their files and addresses, never lines) tell two calls of
    // one module apart: two findings, two fingerprints.
    let calls: Vec<String> = chain
        .iter()
        .map(|c| format!("{}:{}", c.file, c.module))
        .collect();
    let calls = calls.join(">");
    let found = match ev.document(&src, &doc) {
        Ok(found) => found,
        Err(d) => return (Vec::new(), vec![d]),
    };
    let out = found
        .into_iter()
        .map(|mut f| {
            let raw = f.path.as_deref().map(|p| {
                let evaluated = source_map::parse_pointer(p);
                source_map::pointer(&terraform::raw_path(&anchors, &evaluated))
            });
            let (owner, local) = locate(folder, raw.as_deref());
            let pos = position(owner, local.as_deref());
            let locator = f.resource.clone().or(local).unwrap_or_default();
            let locator = match calls.as_str() {
                "" => locator,
                c => format!("{c}|{locator}"),
            };
            rehome(&mut f, owner, pos, &locator);
            if !address.is_empty() {
                f.module = Some(address.clone());
            }
            f.call_chain = chain.clone();
            f
        })
        .collect();
    (out, Vec::new())
}

/// The file of a folder a merged pointer enters, and its pointer there.
fn locate<'f>(folder: &'f Folder, merged: Option<&str>) -> (&'f Loaded, Option<String>) {
    let target = merged.and_then(|p| folder.merged.locate(p));
    match target.and_then(|(i, local)| Some((folder.files.get(i)?, local))) {
        Some((owner, local)) => (owner, Some(local)),
        None => (&folder.files[0], None),
    }
}

fn position(owner: &Loaded, local: Option<&str>) -> Position {
    let Some(doc) = owner.documents.first() else {
        return Position::new(1, 1);
    };
    match local {
        Some(l) => terraform::merge::position(doc, l),
        None => doc.positions.pos,
    }
}

/// Each call on the way to an instance: the instance it makes and the
/// `module` block's place.
fn call_sites(chain: &[terraform::Call], folders: &[Folder]) -> Vec<CallSite> {
    let mut address = String::new();
    chain
        .iter()
        .map(|call| {
            if !address.is_empty() {
                address.push('.');
            }
            address.push_str(&call.address());
            let caller = &folders[call.caller];
            let pointer = format!("/module/{}/{}", escape(&call.name), call.block);
            let (owner, local) = locate(caller, Some(&pointer));
            let pos = position(owner, local.as_deref());
            CallSite {
                module: address.clone(),
                file: owner.file.clone(),
                line: pos.line,
                column: pos.column,
            }
        })
        .collect()
}

fn escape(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}
