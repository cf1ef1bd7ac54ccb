//! Continuous compliance: `--state FILE` remembers the open (and the
//! waived) findings of every file, so a scan emits only what changed —
//! `opened` for new fingerprints, `resolved` for ones gone from files that
//! were scanned again — and nothing for what stayed the same.
//!
//! The file is rewritten atomically, and a lock file beside it keeps two
//! runs from interleaving their read–compare–write.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::cloudevent::{parse_rfc3339, rfc3339};
use super::ocsf::Record;
use crate::finding::Finding;

const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct State {
    pub version: u32,
    /// Incremented by every saved run; seeds the ids of that run's events.
    pub revision: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Relative file → fingerprint → what is known about that finding.
    #[serde(default)]
    pub files: BTreeMap<String, BTreeMap<String, Entry>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Open,
    Waived,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub status: Status,
    /// RFC 3339.
    pub first_seen: String,
    pub record: Record,
}

impl Entry {
    pub fn first_seen(&self) -> Option<SystemTime> {
        parse_rfc3339(&self.first_seen)
    }
}

/// One change a scan makes to the state, in the order events are emitted.
#[derive(Debug)]
pub enum Change<'a> {
    Opened {
        finding: &'a Finding,
        first_seen: SystemTime,
    },
    Waived {
        finding: &'a Finding,
        first_seen: SystemTime,
        /// It was open before: an update rather than a new finding.
        was_open: bool,
    },
    Resolved(Box<Entry>),
}

/// The outcome of comparing one scan with the state.
#[derive(Debug, Default)]
pub struct Diff<'a> {
    pub changes: Vec<Change<'a>>,
    /// Findings that were already known with the same status.
    pub unchanged: usize,
}

impl State {
    /// Read the state; a missing file is an empty state (the first run).
    pub fn load(path: &Path) -> Result<State, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(State {
                    version: VERSION,
                    ..State::default()
                })
            }
            Err(e) => return Err(format!("reading the state {}: {e}", path.display())),
        };
        let state: State = serde_json::from_str(&text).map_err(|e| {
            format!(
                "the state {} is not a verdict state file: {e}",
                path.display()
            )
        })?;
        if state.version != VERSION {
            return Err(format!(
                "the state {} has version {}; this verdict reads version {VERSION}",
                path.display(),
                state.version
            ));
        }
        Ok(state)
    }

    pub fn save(&self, path: &Path) -> Result<(), String> {
        let mut text =
            serde_json::to_string_pretty(self).map_err(|e| format!("encoding the state: {e}"))?;
        text.push('\n');
        crate::report::write_atomic(path, &text)
            .map_err(|e| format!("writing the state {}: {e}", path.display()))
    }

    /// Compare this run with the state and update the state to match.
    /// `scope` holds the files this run evaluated completely: only there can
    /// a finding be resolved. A file outside it (not scanned, or one that
    /// failed to read, parse or evaluate) keeps what the state knew.
    pub fn apply<'a>(
        &mut self,
        scope: &BTreeSet<String>,
        findings: &'a [Finding],
        now: SystemTime,
    ) -> Diff<'a> {
        let mut diff = Diff::default();
        let mut current: BTreeMap<&str, BTreeMap<&str, &'a Finding>> = BTreeMap::new();
        for f in findings {
            // The first of two findings with one fingerprint stands for both.
            current
                .entry(f.file.as_str())
                .or_default()
                .entry(f.fingerprint.as_str())
                .or_insert(f);
        }
        let stamp = rfc3339(now);
        for (file, found) in &current {
            let known = self.files.entry((*file).to_string()).or_default();
            for (fp, f) in found {
                let status = if f.suppression.is_some() {
                    Status::Waived
                } else {
                    Status::Open
                };
                match known.get_mut(*fp) {
                    Some(e) if e.status == status => {
                        diff.unchanged += 1;
                        // Keep the latest line and message for a later `resolved`.
                        e.record = Record::from(*f);
                    }
                    Some(e) => {
                        let first_seen = e.first_seen().unwrap_or(now);
                        diff.changes.push(match status {
                            Status::Open => Change::Opened {
                                finding: f,
                                first_seen,
                            },
                            Status::Waived => Change::Waived {
                                finding: f,
                                first_seen,
                                was_open: true,
                            },
                        });
                        e.status = status;
                        e.record = Record::from(*f);
                    }
                    None => {
                        diff.changes.push(match status {
                            Status::Open => Change::Opened {
                                finding: f,
                                first_seen: now,
                            },
                            Status::Waived => Change::Waived {
                                finding: f,
                                first_seen: now,
                                was_open: false,
                            },
                        });
                        known.insert(
                            (*fp).to_string(),
                            Entry {
                                status,
                                first_seen: stamp.clone(),
                                record: Record::from(*f),
                            },
                        );
                    }
                }
            }
        }
        for file in scope {
            let Some(known) = self.files.get_mut(file) else {
                continue;
            };
            let found = current.get(file.as_str());
            let gone: Vec<String> = known
                .keys()
                .filter(|fp| found.is_none_or(|m| !m.contains_key(fp.as_str())))
                .cloned()
                .collect();
            for fp in gone {
                if let Some(e) = known.remove(&fp) {
                    diff.changes.push(Change::Resolved(Box::new(e)));
                }
            }
        }
        self.files.retain(|_, m| !m.is_empty());
        self.revision += 1;
        self.updated = Some(stamp);
        diff
    }
}

/// An exclusive lock: `FILE.lock`, created with `create_new` so exactly one
/// run gets it, removed when dropped. A lock older than `stale_after` was
/// left by a run that died; it is taken over with a warning.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    /// What this run wrote into the lock, to recognise it as its own.
    token: String,
}

impl Lock {
    pub fn acquire(state: &Path, stale_after: Duration) -> Result<Lock, String> {
        let mut name = state.as_os_str().to_owned();
        name.push(".lock");
        let path = PathBuf::from(name);
        for _ in 0..2 {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    // Who holds it, for a person who finds it left behind.
                    let token = format!(
                        "pid {} since {} ({:016x})\n",
                        std::process::id(),
                        rfc3339(SystemTime::now()),
                        fastrand::u64(..)
                    );
                    f.write_all(token.as_bytes())
                        .map_err(|e| format!("writing the lock {}: {e}", path.display()))?;
                    return Ok(Lock { path, token });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let age = std::fs::metadata(&path)
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| SystemTime::now().duration_since(t).ok());
                    match age {
                        Some(age) if age > stale_after => {
                            eprintln!(
                                "warning: taking over the lock {} left {} minutes ago by a run that did not finish",
                                path.display(),
                                age.as_secs() / 60
                            );
                            // Another run may take it over at the same time;
                            // create_new decides which one wins.
                            let _ = std::fs::remove_file(&path);
                        }
                        _ => {
                            let holder = std::fs::read_to_string(&path).unwrap_or_default();
                            return Err(format!(
                                "the state {} is locked by another verdict run ({}); wait for it to finish, or remove {} if no run is going on",
                                state.display(),
                                holder.trim(),
                                path.display()
                            ));
                        }
                    }
                }
                Err(e) => return Err(format!("creating the lock {}: {e}", path.display())),
            }
        }
        Err(format!(
            "could not take over the stale lock {}",
            path.display()
        ))
    }
}

impl Drop for Lock {
    /// Remove the lock unless another run took it over meanwhile (it
    /// thought this run had died): that run's lock is not ours to remove.
    fn drop(&mut self) {
        if std::fs::read_to_string(&self.path).is_ok_and(|t| t == self.token) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Level, Severity, Suppression, SuppressionKind};
    use crate::kind::Kind;

    fn finding(file: &str, fp: &str) -> Finding {
        Finding {
            rule_id: "R".into(),
            query: "data.x.deny".into(),
            level: Level::Error,
            severity: Severity::High,
            message: format!("m {fp}"),
            file: file.into(),
            line: 1,
            column: 1,
            kind: Kind::Kubernetes,
            document: 0,
            path: None,
            resource: None,
            remediation: None,
            frameworks: BTreeMap::new(),
            fingerprint: fp.into(),
            snippet: None,
            suppression: None,
            properties: serde_json::Map::new(),
            module: None,
            call_chain: Vec::new(),
            source_template: None,
        }
    }

    fn words(d: &Diff<'_>) -> Vec<String> {
        d.changes
            .iter()
            .map(|c| match c {
                Change::Opened { finding, .. } => format!("opened {}", finding.fingerprint),
                Change::Waived {
                    finding, was_open, ..
                } => format!("waived {} {was_open}", finding.fingerprint),
                Change::Resolved(e) => format!("resolved {}", e.record.fingerprint),
            })
            .collect()
    }

    fn scope(files: &[&str]) -> BTreeSet<String> {
        files.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn only_changes_are_reported_and_only_in_scope() {
        let t = SystemTime::UNIX_EPOCH;
        let mut s = State::default();
        let first = vec![finding("a", "1"), finding("b", "2"), finding("c", "3")];
        let d = s.apply(&scope(&["a", "b", "c"]), &first, t);
        assert_eq!(words(&d), ["opened 1", "opened 2", "opened 3"]);

        // a fixed, b unchanged, c not scanned, d new.
        let second = vec![finding("b", "2"), finding("d", "4")];
        let d = s.apply(&scope(&["a", "b", "d"]), &second, t);
        assert_eq!(words(&d), ["opened 4", "resolved 1"]);
        assert_eq!(d.unchanged, 1);
        assert!(s.files.contains_key("c"), "c was not scanned: kept");
        assert!(!s.files.contains_key("a"));
    }

    #[test]
    fn suppression_changes_are_waived_or_reopened() {
        let t = SystemTime::UNIX_EPOCH;
        let mut s = State::default();
        let mut waived = finding("a", "1");
        waived.suppression = Some(Suppression {
            kind: SuppressionKind::Waiver,
            justification: "later".into(),
            owner: None,
            expires: None,
            source: None,
        });
        let d = s.apply(&scope(&["a"]), std::slice::from_ref(&waived), t);
        assert_eq!(words(&d), ["waived 1 false"]);
        let open = finding("a", "1");
        let d = s.apply(&scope(&["a"]), std::slice::from_ref(&open), t);
        assert_eq!(words(&d), ["opened 1"]);
        let d = s.apply(&scope(&["a"]), std::slice::from_ref(&waived), t);
        assert_eq!(words(&d), ["waived 1 true"]);
        assert_eq!(s.revision, 3);
    }

    #[test]
    fn the_lock_is_exclusive_and_stale_locks_are_taken_over() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let state = dir.path().join("state.json");
        let held = Lock::acquire(&state, Duration::from_secs(600));
        assert!(held.is_ok());
        let second = Lock::acquire(&state, Duration::from_secs(600));
        assert!(second.is_err_and(|e| e.contains("locked by another verdict run")));
        // With a zero staleness limit the leftover lock is taken over.
        std::thread::sleep(Duration::from_millis(20));
        let taken = Lock::acquire(&state, Duration::ZERO);
        assert!(taken.is_ok());
        // The run that lost its lock must not remove the new holder's.
        drop(held);
        assert!(Lock::acquire(&state, Duration::from_secs(600)).is_err());
        drop(taken);
        assert!(Lock::acquire(&state, Duration::from_secs(600)).is_ok());
    }
}
