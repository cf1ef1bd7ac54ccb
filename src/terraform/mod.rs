//! Static Terraform evaluation, between parsing and policy evaluation: each
//! root module is evaluated as `terraform plan` would read it, as far as the
//! configuration alone can tell — variables (defaults, `*.tfvars`,
//! `--tf-var-file`, `--tf-var`), `locals`, `count`/`for_each`, `dynamic`
//! blocks, the common functions, and calls to local modules with their
//! arguments, recursively. A known value replaces its `"${…}"` string in the
//! hcl2json shape policies read; an unknown one stays the string.
//!
//! Every module instance becomes a document of its own, with the module's
//! address and the calls that lead to it, so a finding inside a module points
//! at the module's own file and line and says which call it is about.

mod expr;
mod funcs;
pub mod merge;
mod types;
mod value;
mod world;

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::source_map::Segment;

pub use value::V;
pub use world::{evaluate, Evaluation};

/// One module folder: its `.tf`/`.tf.json` files merged (hcl2json shape).
#[derive(Debug)]
pub struct Folder {
    /// The folder, canonical (`path.module` is computed from it).
    pub dir: PathBuf,
    pub value: Value,
    /// The folder's own `terraform.tfvars`, `terraform.tfvars.json`,
    /// `*.auto.tfvars(.json)`, in the order Terraform applies them; used
    /// only when the folder is a root module.
    pub tfvars: Vec<Value>,
}

/// The configuration a scan found: folders, and which folder each local
/// module call (`source = "./…"`) names.
#[derive(Debug, Default)]
pub struct Config {
    pub folders: Vec<Folder>,
    /// `(calling folder, module call name)` → called folder.
    pub links: HashMap<(usize, String), usize>,
}

/// Values given from outside the configuration, for root modules.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `--tf-var-file` contents, in order (later files win).
    pub var_files: Vec<Value>,
    /// `--tf-var NAME=VALUE`, in order (applied after the files).
    pub vars: Vec<(String, String)>,
    /// `TF_VAR_*` from the environment, only with `--tf-var-env`; the lowest
    /// precedence after defaults, as in Terraform.
    pub env: Vec<(String, String)>,
    /// `file()`/`templatefile()` read only inside this folder.
    pub files_root: Option<PathBuf>,
}

/// A module call on the way from a root module to an instance.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The folder whose `module` block makes the call.
    pub caller: usize,
    pub name: String,
    /// Index of the block in `module.<name>` of the caller's document.
    pub block: usize,
    /// The instance key (`["a"]`, `[0]`) when the call has `count`/`for_each`.
    pub key: Option<String>,
}

impl Call {
    pub fn address(&self) -> String {
        format!("module.{}{}", self.name, self.key.as_deref().unwrap_or(""))
    }
}

/// Where a part of an evaluated document comes from when it is not at the
/// same path in the folder's document: an instance of a `count`/`for_each`
/// resource, a block a `dynamic` block generated.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub evaluated: Vec<Segment>,
    pub raw: Vec<Segment>,
}

/// One module instance, evaluated: what the policies see.
#[derive(Debug)]
pub struct Instance {
    pub folder: usize,
    /// `module.a["k"].module.b`; empty for a root module.
    pub address: String,
    /// The calls from the root module down to this instance.
    pub chain: Vec<Call>,
    pub value: Value,
    pub anchors: Vec<Anchor>,
    /// False for an instance Terraform would not create (`count = 0` in a
    /// call on the way), judged as written.
    pub created: bool,
}

/// The path in the folder's own document that an evaluated path comes from
/// (deeper steps than the folder's document has resolve to the deepest one
/// it has, e.g. the argument a resolved value was written as).
pub fn raw_path(anchors: &[Anchor], evaluated: &[Segment]) -> Vec<Segment> {
    let best = anchors
        .iter()
        .filter(|a| evaluated.starts_with(&a.evaluated))
        .max_by_key(|a| a.evaluated.len());
    match best {
        Some(a) => {
            let mut raw = a.raw.clone();
            raw.extend_from_slice(&evaluated[a.evaluated.len()..]);
            raw
        }
        None => evaluated.to_vec(),
    }
}

/// The key verdict adds to an evaluated document (never in the unevaluated
/// view): the module's address and each resource body's address.
pub const META_KEY: &str = "__verdict__";

/// The local module calls of a folder's document: `(name, block, source)`
/// for every `module` block whose `source` is a relative path.
pub fn local_calls(doc: &Value) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    let Some(Value::Object(modules)) = doc.get("module") else {
        return out;
    };
    for (name, blocks) in modules {
        let Value::Array(blocks) = blocks else {
            continue;
        };
        for (i, b) in blocks.iter().enumerate() {
            if let Some(src) = b.get("source").and_then(Value::as_str) {
                if src.starts_with("./") || src.starts_with("../") || src == "." || src == ".." {
                    out.push((name.clone(), i, src.to_owned()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
