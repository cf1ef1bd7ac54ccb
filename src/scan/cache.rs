//! The result cache: what one file contributed to a scan, kept under a key
//! of everything that result depends on, so re-scanning an unchanged tree
//! costs reading and hashing it. A key holds the file's SHA-256, its path
//! in reports, how it was named (walked or explicit), the scan options that
//! change what a file becomes, and the judgement: the verdict build, the
//! policy and data digest, and the rules as selected, disabled and
//! re-graded. Any part changing is a miss; a result that depends on the
//! clock (a timeout, a policy that reads the time or the network) is never
//! kept. The cache is an accelerator: when it cannot be read or written,
//! the scan goes on without it.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, SystemTime};

use rayon::prelude::*;

use serde::{Deserialize, Serialize};

use super::{Outcome, ScanOptions, Skip};
use crate::diagnostic::{Code, Diagnostic};
use crate::finding::Finding;
use crate::policy::PolicySet;
use crate::stamp::digest;
use crate::suppress::Directive;

/// Entries not written for this long are dropped when their bucket is
/// rewritten: a result is re-evaluated at least once a month.
const KEEP: Duration = Duration::from_secs(30 * 24 * 3600);
/// How often a scan sweeps its judgement's entries.
const SWEEP_EVERY: Duration = Duration::from_secs(24 * 3600);
/// Older judgements (another verdict build, other policies) are removed
/// when unused for this long.
const KEEP_JUDGEMENT: Duration = Duration::from_secs(7 * 24 * 3600);

/// The cache as one scan uses it: the folder of its judgement, in 16
/// buckets by key. A bucket is one file of `key\tday\tentry` lines, read
/// when a key of it is first asked for and rewritten at the end of a scan
/// that added to it: a cold scan of ten thousand files writes 16 files, not
/// ten thousand (creating a file costs about half a millisecond on a CI
/// runner's disk: a fifth of a small tree's scan).
pub(super) struct Cache {
    dir: PathBuf,
    /// The scan options that change what a file's result is.
    options: String,
    buckets: Vec<Bucket>,
}

#[derive(Default)]
struct Bucket {
    kept: OnceLock<Kept>,
    /// Lines this scan adds.
    fresh: Mutex<Vec<(String, String)>>,
}

/// A bucket's file as read: its text and where each key's line is.
#[derive(Default)]
struct Kept {
    text: String,
    /// Key → (day written, the entry's byte range).
    lines: HashMap<String, (u64, std::ops::Range<usize>)>,
}

/// One file's result, as stored.
#[derive(Serialize, Deserialize)]
struct Entry {
    /// The file parsed (its digest is recorded, as a parsed file's is).
    parsed: bool,
    documents: usize,
    skipped: Option<Skip>,
    findings: Vec<Finding>,
    diagnostics: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    directives: Vec<Directive>,
}

impl Cache {
    /// The cache under `root` for this policy set and these options; `None`
    /// when the policies' results may not be kept or the folder is unusable.
    pub(super) fn open(root: &Path, policies: &PolicySet, opts: &ScanOptions) -> Option<Cache> {
        if !opts.evaluate
            || policies
                .sources
                .iter()
                .any(|f| crate::policy::reads::unrepeatable(&f.text).is_some())
        {
            return None;
        }
        let base = root.join(crate::stamp::CACHE_LAYOUT);
        let dir = base.join(&judgement(policies)[..32]);
        std::fs::create_dir_all(&dir).ok()?;
        sweep(&base, &dir);
        let options = format!(
            "kind={:?};terraform-modules={};terraform-eval={}",
            opts.kind.map(|k| k.name()),
            opts.terraform_modules,
            opts.terraform_eval
        );
        Some(Cache {
            dir,
            options,
            buckets: (0..16).map(|_| Bucket::default()).collect(),
        })
    }

    /// The key of a file's result: `sha256` is its content's.
    pub(super) fn key(&self, file: &str, explicit: bool, sha256: &str) -> String {
        let how = if explicit { "named" } else { "walked" };
        digest(&[&self.options, file, how, sha256])
    }

    fn bucket(&self, key: &str) -> (&Bucket, PathBuf) {
        let i = usize::from_str_radix(&key[..1], 16).unwrap_or(0);
        (&self.buckets[i], self.dir.join(&key[..1]))
    }

    /// A kept result, and whether the file parsed; a missing, unreadable or
    /// foreign entry is a miss.
    pub(super) fn get(&self, key: &str) -> Option<(Outcome, bool)> {
        let (bucket, path) = self.bucket(key);
        let kept = bucket.kept.get_or_init(|| Kept::read(&path));
        let (_, range) = kept.lines.get(key)?;
        let e: Entry = serde_json::from_str(&kept.text[range.clone()]).ok()?;
        let outcome = Outcome {
            files: usize::from(e.skipped.is_none()),
            documents: e.documents,
            skipped: e.skipped.map(|s| [(s, 1)].into()).unwrap_or_default(),
            findings: e.findings,
            diagnostics: e.diagnostics,
            warnings: e.warnings,
            directives: e.directives,
            inputs: Vec::new(),
        };
        Some((outcome, e.parsed))
    }

    /// Keep a result, unless it depends on the clock.
    pub(super) fn put(&self, key: &str, o: &Outcome, parsed: bool) {
        if o.diagnostics.iter().any(|d| d.code == Code::Timeout) {
            return;
        }
        let skipped = match o.skipped.keys().collect::<Vec<_>>()[..] {
            [] => None,
            [s] => Some(*s),
            _ => return,
        };
        let entry = Entry {
            parsed,
            documents: o.documents,
            skipped,
            findings: o.findings.clone(),
            diagnostics: o.diagnostics.clone(),
            warnings: o.warnings.clone(),
            directives: o.directives.clone(),
        };
        // Compact JSON has no raw newline: one entry, one line.
        let Ok(json) = serde_json::to_string(&entry) else {
            return;
        };
        let (bucket, _) = self.bucket(key);
        if let Ok(mut fresh) = bucket.fresh.lock() {
            fresh.push((key.to_string(), json));
        }
    }

    /// Rewrite the buckets this scan added to: their fresh lines and the
    /// kept ones not replaced or expired. Each is written to a temporary
    /// file and renamed, so another scan sharing the cache reads the old
    /// bucket or the new one, never half of one.
    pub(super) fn flush(self) {
        let today = day(SystemTime::now());
        let expired = |written: u64| today.saturating_sub(written) * 24 * 3600 > KEEP.as_secs();
        self.buckets.into_par_iter().enumerate().for_each(|(i, b)| {
            let fresh = b.fresh.into_inner().unwrap_or_default();
            if fresh.is_empty() {
                return;
            }
            let path = self.dir.join(format!("{i:x}"));
            let kept = b.kept.into_inner().unwrap_or_else(|| Kept::read(&path));
            let replaced: HashSet<&str> = fresh.iter().map(|(k, _)| k.as_str()).collect();
            let mut out = String::new();
            for (key, (written, range)) in &kept.lines {
                if !replaced.contains(key.as_str()) && !expired(*written) {
                    out.push_str(&format!(
                        "{key}\t{written}\t{}\n",
                        &kept.text[range.clone()]
                    ));
                }
            }
            for (key, json) in &fresh {
                out.push_str(&format!("{key}\t{today}\t{json}\n"));
            }
            let write = || -> std::io::Result<()> {
                let mut tmp = tempfile::NamedTempFile::new_in(&self.dir)?;
                std::io::Write::write_all(&mut tmp, out.as_bytes())?;
                tmp.persist(&path).map_err(|e| e.error)?;
                Ok(())
            };
            let _ = write();
        });
    }
}

impl Kept {
    fn read(path: &Path) -> Kept {
        let Ok(text) = std::fs::read_to_string(path) else {
            return Kept::default();
        };
        let mut lines = HashMap::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let start = at;
            at += line.len();
            let mut parts = line.trim_end_matches('\n').splitn(3, '\t');
            let (Some(key), Some(day), Some(json)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Ok(written) = day.parse() else {
                continue;
            };
            let json_start = start + key.len() + day.len() + 2;
            lines.insert(
                key.to_string(),
                (written, json_start..json_start + json.len()),
            );
        }
        Kept { text, lines }
    }
}

/// The default folder: `$XDG_CACHE_HOME/verdict`, else `~/.cache/verdict`
/// (`%LOCALAPPDATA%\verdict` on Windows).
pub fn default_dir() -> Option<PathBuf> {
    let from = |var: &str| {
        std::env::var_os(var)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if let Some(x) = from("XDG_CACHE_HOME") {
        return Some(x.join("verdict"));
    }
    if cfg!(windows) {
        return from("LOCALAPPDATA").map(|d| d.join("verdict"));
    }
    from("HOME").map(|h| h.join(".cache").join("verdict"))
}

/// Everything about the policy set that a finding can depend on.
fn judgement(policies: &PolicySet) -> String {
    digest(&[
        &crate::stamp::build_id(),
        &policies.provenance.digest,
        &format!("{:?}", policies.packages),
        &serde_json::to_string(&policies.rules).unwrap_or_default(),
    ])
}

fn older_than(path: &Path, age: Duration) -> bool {
    let modified = std::fs::metadata(path).and_then(|m| m.modified());
    modified.is_ok_and(|t| SystemTime::now().duration_since(t).unwrap_or_default() > age)
}

/// Days since the epoch.
fn day(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
        / (24 * 3600)
}

/// Bound the cache's size: at most once a day, remove the judgements (other
/// verdict builds, other policies) no scan has used for a week. A
/// judgement's own entries expire when their bucket is rewritten.
fn sweep(base: &Path, dir: &Path) {
    let mark = dir.join(".swept");
    if mark.exists() && !older_than(&mark, SWEEP_EVERY) {
        return;
    }
    if std::fs::write(&mark, b"").is_err() {
        return;
    }
    let Ok(judgements) = std::fs::read_dir(base) else {
        return;
    };
    for other in judgements.flatten().map(|e| e.path()) {
        if other != dir && older_than(&other.join(".swept"), KEEP_JUDGEMENT) {
            let _ = std::fs::remove_dir_all(&other);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache(dir: &Path) -> Cache {
        Cache {
            dir: dir.to_path_buf(),
            options: "kind=None".into(),
            buckets: (0..16).map(|_| Bucket::default()).collect(),
        }
    }

    fn outcome(code: Code) -> Outcome {
        Outcome {
            files: 1,
            documents: 1,
            diagnostics: vec![Diagnostic::new(code, "a.yaml", "boom")],
            ..Outcome::default()
        }
    }

    #[test]
    fn every_part_of_a_key_counts() {
        let dir = tempfile::tempdir().unwrap();
        let c = cache(dir.path());
        let base = c.key("a.yaml", false, "00");
        assert_ne!(base, c.key("b.yaml", false, "00"));
        assert_ne!(base, c.key("a.yaml", true, "00"));
        assert_ne!(base, c.key("a.yaml", false, "01"));
        let mut other = cache(dir.path());
        other.options = "kind=Some(\"yaml\")".into();
        assert_ne!(base, other.key("a.yaml", false, "00"));
        // Another verdict version, same everything else.
        assert_ne!(digest(&["0.1.0", "p"]), digest(&["0.2.0", "p"]));
        assert_ne!(digest(&["ab", "c"]), digest(&["a", "bc"]));
    }

    #[test]
    fn a_result_is_kept_across_scans_unless_it_timed_out() {
        let dir = tempfile::tempdir().unwrap();
        let c = cache(dir.path());
        let (kept, timed_out) = (c.key("a", false, "1"), c.key("b", false, "2"));
        c.put(&kept, &outcome(Code::PolicyError), true);
        c.put(&timed_out, &outcome(Code::Timeout), true);
        c.flush();
        let c = cache(dir.path());
        let hit = c.get(&kept).map(|(o, _)| o.diagnostics);
        assert_eq!(hit.map(|d| d[0].message.clone()).as_deref(), Some("boom"));
        assert!(c.get(&timed_out).is_none());
    }
}
