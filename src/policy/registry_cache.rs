//! The built-in library's registry (its packages, rules and modules) kept
//! between runs in the result cache's folder: a scan that finds it parses
//! only the policies of the kinds it meets, not all of the library — most of
//! a one-file scan's time. Keyed by the verdict build, the library and data
//! digest, `--namespace` and `--rego-v0`; written to a temporary file and
//! renamed; unreadable or foreign, it is a miss.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::{LoadOptions, ModuleInfo, Package, Rule};
use crate::stamp::{build_id, digest};

#[derive(Deserialize)]
pub(super) struct Kept {
    pub packages: Vec<Package>,
    pub rules: BTreeMap<String, Rule>,
    pub infos: Vec<ModuleInfo>,
}

#[derive(Serialize)]
struct Keeping<'a> {
    packages: &'a [Package],
    rules: &'a BTreeMap<String, Rule>,
    infos: &'a [ModuleInfo],
}

pub(super) fn key(provenance: &str, opts: &LoadOptions) -> String {
    digest(&[
        &build_id(),
        provenance,
        &opts.namespaces.join("\n"),
        if opts.rego_v0 { "v0" } else { "v1" },
    ])
}

/// Beside the result cache's judgements, so its sweep removes a registry
/// no scan has used for a week.
fn folder(cache: &Path, key: &str) -> PathBuf {
    cache
        .join(crate::stamp::CACHE_LAYOUT)
        .join(format!("registry-{}", &key[..32]))
}

pub(super) fn get(cache: &Path, key: &str) -> Option<Kept> {
    let dir = folder(cache, key);
    let bytes = std::fs::read(dir.join("registry.json")).ok()?;
    let kept = serde_json::from_slice(&bytes).ok()?;
    let mark = dir.join(".swept");
    let stale = std::fs::metadata(&mark)
        .and_then(|m| m.modified())
        .map(|t| {
            SystemTime::now().duration_since(t).unwrap_or_default() > Duration::from_secs(86_400)
        })
        .unwrap_or(true);
    if stale {
        let _ = std::fs::write(mark, b"");
    }
    Some(kept)
}

pub(super) fn put(
    cache: &Path,
    key: &str,
    packages: &[Package],
    rules: &BTreeMap<String, Rule>,
    infos: &[ModuleInfo],
) {
    let dir = folder(cache, key);
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(&dir)?;
        let json = serde_json::to_vec(&Keeping {
            packages,
            rules,
            infos,
        })?;
        let mut tmp = tempfile::NamedTempFile::new_in(&dir)?;
        std::io::Write::write_all(&mut tmp, &json)?;
        tmp.persist(dir.join("registry.json"))
            .map_err(|e| e.error)?;
        std::fs::write(dir.join(".swept"), b"")
    };
    let _ = write();
}
