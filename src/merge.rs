//! `verdict merge`: the JSON reports of a sharded scan put back together
//! into the result the unsharded scan would have had, so one report and one
//! verdict come out of a fanned-out CI matrix.
//!
//! Each shard reports only its own inputs; what every shard says about the
//! run as a whole (an expired waiver, an unknown rule id in the
//! configuration) is said once, and what a waiver did (expired, unused,
//! expiring) is worked out from all the shards' findings together.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic};
use crate::finding;
use crate::policy::Rule;
use crate::report::json::{JsonReport, SCHEMA_VERSION};
use crate::scan::{ScanResult, Skip};
use crate::shard::Shard;
use crate::suppress::{self, WaiverUse};
use crate::verdict::FailOn;

/// The combined scan, the rules it ran and the gate the shards applied.
pub struct Merged {
    pub scan: ScanResult,
    pub rules: BTreeMap<String, Rule>,
    pub fail_on: FailOn,
}

/// Read one report; `name` is how errors refer to it.
pub fn read(path: &Path) -> Result<JsonReport, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let report: JsonReport = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: not a verdict JSON report: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    if report.version != SCHEMA_VERSION {
        return Err(format!(
            "{}: report version {} (this verdict reads version {SCHEMA_VERSION})",
            path.display(),
            report.version
        ));
    }
    Ok(report)
}

/// Combine reports (with the files they came from, for errors), gating with
/// `fail_on` if given, else with what the shards were run with.
pub fn combine(
    reports: Vec<(PathBuf, JsonReport)>,
    fail_on: Option<FailOn>,
) -> Result<Merged, String> {
    let Some((first_path, first)) = reports.first() else {
        return Err("no reports to merge".into());
    };
    let name = |p: &Path| p.display().to_string();
    for (path, r) in &reports {
        if r.tool.version != first.tool.version {
            return Err(format!(
                "{} was written by verdict {}, {} by verdict {}: run every shard with one version",
                name(path),
                r.tool.version,
                name(first_path),
                first.tool.version
            ));
        }
        if r.rules != first.rules {
            return Err(format!(
                "{} and {} ran different policies (rules or their METADATA differ): run every shard with the same --policy, --config and --profile",
                name(first_path),
                name(path)
            ));
        }
        if r.policy.as_ref().map(|p| &p.digest) != first.policy.as_ref().map(|p| &p.digest) {
            return Err(format!(
                "{} and {} ran different policy files (their digests differ): run every shard with the same --policy",
                name(first_path),
                name(path)
            ));
        }
        if r.scope != first.scope {
            return Err(format!(
                "{} and {} are not shards of one scan (other paths, excludes, Terraform inputs, waivers or baseline): run every shard with the same command",
                name(first_path),
                name(path)
            ));
        }
        if fail_on.is_none() && r.verdict.fail_on != first.verdict.fail_on {
            return Err(format!(
                "{} gated with --fail-on {}, {} with --fail-on {}: give merge --fail-on",
                name(first_path),
                first.verdict.fail_on.name(),
                name(path),
                r.verdict.fail_on.name()
            ));
        }
    }
    check_shards(&reports)?;

    let first_path = first_path.clone();
    let fail_on = fail_on.unwrap_or(first.verdict.fail_on);
    let rules: BTreeMap<String, Rule> = first
        .rules
        .iter()
        .map(|r| (r.id.clone(), r.clone()))
        .collect();
    let mut scan = ScanResult {
        root: PathBuf::from(first.root.clone().unwrap_or_else(|| ".".into())),
        scope: first.scope.clone(),
        policy: first.policy.clone(),
        ..ScanResult::default()
    };
    let mut run_level: BTreeSet<Diagnostic> = BTreeSet::new();
    // Every shard applied the same waivers, each to its own findings.
    let mut waivers: Vec<WaiverUse> = first.waivers.clone();
    let first_count = waivers.len();
    for w in &mut waivers {
        w.matched.clear();
    }
    for (path, r) in reports {
        scan.files += r.summary.files;
        scan.documents += r.summary.documents;
        for (why, n) in r.summary.skipped_reasons {
            let why = Skip::from_name(&why)
                .ok_or_else(|| format!("{}: unknown skip reason `{why}`", path.display()))?;
            *scan.skipped.entry(why).or_default() += n;
        }
        scan.findings
            .extend(r.findings.into_iter().map(|f| f.into_finding()));
        scan.diagnostics.extend(r.errors);
        scan.notes.extend(r.notes);
        scan.inputs.extend(r.inputs);
        if r.waivers.len() != waivers.len() {
            return Err(format!(
                "{} applied {} waivers, {} applied {}: run every shard with the same waivers",
                path.display(),
                r.waivers.len(),
                first_path.display(),
                first_count
            ));
        }
        for (all, used) in waivers.iter_mut().zip(r.waivers) {
            all.matched.extend(used.matched);
        }
        for w in r.warnings {
            match w.code {
                // Said again below, of all the shards' findings together.
                Code::UnusedWaiver | Code::WaiverExpired | Code::WaiverExpiring => {}
                // The configuration's path differs between checkouts.
                Code::UnknownRule => {
                    if run_level.iter().all(|d| d.message != w.message) {
                        run_level.insert(w);
                    }
                }
                _ => scan.warnings.push(w),
            }
        }
    }
    for w in &mut waivers {
        w.matched.sort();
    }
    scan.warnings.extend(suppress::waiver_notes(&waivers));
    scan.warnings.extend(run_level);
    scan.waivers = waivers;
    finding::sort(&mut scan.findings);
    scan.diagnostics.sort();
    scan.warnings.sort();
    scan.notes.sort();
    scan.inputs.sort_by(|a, b| a.file.cmp(&b.file));
    scan.inputs.dedup();
    Ok(Merged {
        scan,
        rules,
        fail_on,
    })
}

/// The reports must be shards, one complete set: the same N, each K once.
fn check_shards(reports: &[(PathBuf, JsonReport)]) -> Result<(), String> {
    if let Some((path, _)) = reports.iter().find(|(_, r)| r.shard.is_none()) {
        return Err(format!(
            "{} is not a shard's report (`scan --shard K/N -f json=…`): merge puts the shards of one scan together; whole scans merged would count their findings twice",
            path.display()
        ));
    }
    let Some((first_path, first)) = reports.first() else {
        return Err("no reports to merge".into());
    };
    let count = first.shard.map_or(1, |s| s.count);
    let mut seen: BTreeMap<u32, &Path> = BTreeMap::new();
    for (path, r) in reports {
        let Some(s) = r.shard.filter(Shard::is_valid) else {
            let s = r.shard.map(|s| s.to_string()).unwrap_or_default();
            return Err(format!(
                "{}: shard {s} is not K/N with 1 ≤ K ≤ N",
                path.display()
            ));
        };
        if s.count != count {
            return Err(format!(
                "{} is shard {s} but {} is of {count} shards",
                path.display(),
                first_path.display()
            ));
        }
        if let Some(other) = seen.insert(s.index, path) {
            return Err(format!(
                "{} and {} are both shard {s}",
                other.display(),
                path.display()
            ));
        }
    }
    let missing: Vec<String> = (1..=count)
        .filter(|k| !seen.contains_key(k))
        .map(|k| format!("{k}/{count}"))
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "shard {} missing: a merge of part of the shards would pass what it never saw",
            missing.join(", ")
        ));
    }
    Ok(())
}
