//! The decision log: one JSON line per gate decision, each carrying the
//! SHA-256 of the line before it (`prev`), so editing, deleting or
//! reordering a line breaks the chain. A head file next to the log
//! (`FILE.head`) records how many decisions there are and the hash of the
//! last, so lines cut from the end are noticed too.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::policy::Provenance;
use crate::report::Report;

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check a decision log's hash chain; exit 1 naming the first line that breaks it.
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The decision log written by `--audit-log FILE`.
    pub file: PathBuf,
    /// The SHA-256 the last line must have (as `verify` printed it before, or kept elsewhere); overrides FILE.head.
    #[arg(long, value_name = "SHA256")]
    pub head: Option<String>,
}

/// What the head file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Head {
    decisions: u64,
    sha256: String,
}

pub fn run(args: AuditArgs) -> Result<i32> {
    match args.command {
        AuditCommand::Verify(a) => verify_cmd(&a),
    }
}

/// The command a decision was made by and how, beyond what the report holds.
pub struct Decider<'a> {
    pub command: &'a str,
    pub profile: Option<&'a str>,
    pub provenance: &'a Provenance,
    /// Each input file with its SHA-256.
    pub inputs: &'a [crate::scan::InputDigest],
}

/// The decision as one JSON object (without `seq` and `prev`, which the
/// append fills in).
pub fn decision(report: &Report<'_>, ctx: &Decider<'_>) -> Map<String, Value> {
    let (scan, v) = (report.scan, report.verdict);
    let failed: Vec<&str> = scan
        .findings
        .iter()
        .filter(|f| f.suppression.is_none() && v.fail_on.fails(f))
        .map(|f| f.fingerprint.as_str())
        .collect();
    let waivers: Vec<Value> = scan
        .waivers
        .iter()
        .filter(|w| !w.matched.is_empty())
        .map(|w| {
            json!({
                "rule": w.rule,
                "owner": w.owner,
                "source": w.source,
                "expires": w.expires,
                "expired": w.expired,
                "findings": w.matched.len(),
            })
        })
        .collect();
    let suppressed: Vec<Value> = scan
        .findings
        .iter()
        .filter_map(|f| {
            let s = f.suppression.as_ref()?;
            Some(json!({
                "fingerprint": f.fingerprint,
                "rule": f.rule_id,
                "kind": s.kind.name(),
                "reason": s.justification,
                "owner": s.owner,
                "expires": s.expires,
            }))
        })
        .collect();
    let mut m = header(
        ctx.command,
        json!(v.outcome),
        v.outcome.exit_code(),
        ctx.profile,
    );
    m.insert("fail_on".into(), v.fail_on.name().into());
    m.insert(
        "policy".into(),
        json!({
            "digest": ctx.provenance.digest,
            "bundles": ctx.provenance.bundles,
        }),
    );
    m.insert(
        "counts".into(),
        json!({
            "files": scan.files,
            "findings": v.findings,
            "errors": v.errors,
            "warnings": v.warnings,
            "suppressed": v.suppressed,
            "failing": v.failing,
            "input_errors": v.input_errors,
        }),
    );
    m.insert("failed".into(), json!(failed));
    m.insert("waivers".into(), Value::Array(waivers));
    m.insert("suppressed".into(), Value::Array(suppressed));
    m.insert("inputs".into(), json!(ctx.inputs));
    m
}

/// A gate that could not decide: the error, in place of counts.
pub fn failure(command: &str, profile: Option<&str>, error: &str) -> Map<String, Value> {
    let mut m = header(command, "error".into(), 2, profile);
    m.insert("error".into(), error.into());
    m
}

/// What every line starts with: when, by which verdict, what was decided.
fn header(
    command: &str,
    verdict: Value,
    exit_code: i32,
    profile: Option<&str>,
) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(
        "time".into(),
        crate::events::cloudevent::rfc3339(SystemTime::now()).into(),
    );
    m.insert("version".into(), env!("CARGO_PKG_VERSION").into());
    m.insert("command".into(), command.into());
    m.insert("verdict".into(), verdict);
    m.insert("exit_code".into(), exit_code.into());
    m.insert("profile".into(), profile.into());
    m
}

/// Append one decision under an exclusive lock, so concurrent gates
/// sharing a log each chain onto the line before; returns the new line's
/// SHA-256.
pub fn append(path: &Path, mut decision: Map<String, Value>) -> Result<String> {
    let shown = path.display();
    let mut file = OpenOptions::new()
        .create(true)
        .read(true)
        .append(true)
        .open(path)
        .with_context(|| format!("opening the decision log {shown}"))?;
    file.lock()
        .with_context(|| format!("locking the decision log {shown}"))?;
    let last = last_line(&mut file).with_context(|| format!("reading {shown}"))?;
    let (seq, prev) = match &last {
        None => (1, Value::Null),
        Some(line) => {
            let parsed: Value = serde_json::from_str(line).map_err(|_| {
                anyhow::anyhow!(
                    "{shown}: the last line is not a decision (a cut-off write?); run `verdict audit verify {shown}` — nothing appended"
                )
            })?;
            let seq = parsed.get("seq").and_then(Value::as_u64).unwrap_or(0) + 1;
            (seq, Value::String(sha256(line)))
        }
    };
    // `seq` first and `prev` last make a line easy to read and to check.
    let mut line = Map::new();
    line.insert("seq".into(), seq.into());
    line.append(&mut decision);
    line.insert("prev".into(), prev);
    let text = serde_json::to_string(&Value::Object(line))?;
    let mut bytes = text.clone().into_bytes();
    bytes.push(b'\n');
    file.write_all(&bytes)
        .and_then(|_| file.sync_data())
        .with_context(|| format!("appending to {shown}"))?;
    let hash = sha256(&text);
    let head = Head {
        decisions: seq,
        sha256: hash.clone(),
    };
    crate::report::write_atomic(&head_path(path), &serde_json::to_string(&head)?)
        .with_context(|| format!("writing {}", head_path(path).display()))?;
    Ok(hash)
}

fn head_path(log: &Path) -> PathBuf {
    let mut s = log.as_os_str().to_owned();
    s.push(".head");
    PathBuf::from(s)
}

fn sha256(line: &str) -> String {
    crate::bundle::signature::hex(&Sha256::digest(line.as_bytes()))
}

/// The last line of the file (without its newline), read from the end so
/// a long log costs no more than its last line. A file that does not end
/// in a newline was cut off mid-write.
fn last_line(file: &mut File) -> Result<Option<String>> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(None);
    }
    let mut end = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut end)?;
    if end[0] != b'\n' {
        bail!("the log does not end with a newline (a cut-off write?); run `verdict audit verify` — nothing appended");
    }
    let mut tail: Vec<u8> = Vec::new();
    let mut pos = len - 1;
    const CHUNK: u64 = 64 * 1024;
    loop {
        let start = pos.saturating_sub(CHUNK);
        let mut buf = vec![0u8; (pos - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut buf)?;
        buf.extend_from_slice(&tail);
        tail = buf;
        if let Some(i) = tail[..(pos - start) as usize]
            .iter()
            .rposition(|&b| b == b'\n')
        {
            tail.drain(..=i);
            break;
        }
        if start == 0 {
            break;
        }
        pos = start;
    }
    String::from_utf8(tail)
        .map(Some)
        .map_err(|_| anyhow::anyhow!("the last line is not UTF-8"))
}

/// What `verify` found.
#[derive(Debug, PartialEq, Eq)]
pub struct Checked {
    pub decisions: u64,
    /// The SHA-256 of the last line: what to keep to check the log later.
    pub head: Option<String>,
    /// Set when nothing says where the log should end.
    pub unanchored: bool,
}

/// Check the chain line by line; the error names the first line that
/// breaks it and how.
pub fn verify(text: &str, head: Option<&str>, head_file: Option<&str>) -> Result<Checked, String> {
    if !text.is_empty() && !text.ends_with('\n') {
        let n = text.lines().count();
        return Err(format!(
            "line {n}: does not end with a newline (cut off mid-write, or edited)"
        ));
    }
    let mut prev: Option<String> = None;
    let mut count: u64 = 0;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let parsed: Value = serde_json::from_str(line)
            .map_err(|e| format!("line {n}: not a JSON decision ({e}): edited or corrupted"))?;
        let claimed = parsed.get("prev");
        match (&prev, claimed) {
            (None, Some(Value::Null)) => {}
            (None, _) => {
                return Err(format!(
                    "line {n}: chains onto a line before it, but it is the first: lines were deleted from the start"
                ))
            }
            (Some(p), Some(Value::String(c))) if c == p => {}
            (Some(_), _) => {
                return Err(format!(
                    "line {n}: `prev` does not match the SHA-256 of line {}: line {} was edited, or lines were deleted or reordered",
                    n - 1,
                    n - 1
                ))
            }
        }
        let seq = parsed.get("seq").and_then(Value::as_u64);
        if seq != Some(n as u64) {
            return Err(format!(
                "line {n}: its sequence number is {} — lines were deleted or reordered",
                seq.map_or("missing".to_string(), |s| s.to_string())
            ));
        }
        prev = Some(sha256(line));
        count += 1;
    }
    let expected: Option<Head> = match (head, head_file) {
        (Some(h), _) => Some(Head {
            decisions: count,
            sha256: h.trim().to_ascii_lowercase(),
        }),
        (None, Some(text)) => Some(
            serde_json::from_str(text)
                .map_err(|e| format!("the head file is not readable: {e}"))?,
        ),
        (None, None) => None,
    };
    if let Some(want) = &expected {
        if head_file.is_some() && head.is_none() && want.decisions != count {
            return Err(format!(
                "the log holds {count} decisions but its head file records {}: {}",
                want.decisions,
                if want.decisions > count {
                    "the last lines were deleted"
                } else {
                    "lines were added without the gate"
                }
            ));
        }
        if prev.as_deref() != Some(want.sha256.as_str()) {
            return Err(format!(
                "line {count}: the last line's SHA-256 is not the recorded head {}: the last line was edited or replaced",
                want.sha256
            ));
        }
    }
    Ok(Checked {
        decisions: count,
        head: prev,
        unanchored: expected.is_none(),
    })
}

fn verify_cmd(args: &VerifyArgs) -> Result<i32> {
    let shown = args.file.display();
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("reading {shown}"))?;
    let head_file = match std::fs::read_to_string(head_path(&args.file)) {
        Ok(t) => Some(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            return Err(e).with_context(|| format!("reading {}", head_path(&args.file).display()))
        }
    };
    match verify(&text, args.head.as_deref(), head_file.as_deref()) {
        Ok(c) => {
            println!(
                "OK {shown}: {} decisions, chain intact; head sha256:{}",
                c.decisions,
                c.head.as_deref().unwrap_or("(empty log)")
            );
            if c.unanchored {
                eprintln!(
                    "warning: {} is absent and no --head was given: lines cut from the end cannot be detected",
                    head_path(&args.file).display()
                );
            }
            Ok(0)
        }
        Err(why) => {
            println!("FAIL {shown}: {why}");
            Ok(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log_of(n: usize) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("decisions.jsonl");
        for i in 0..n {
            let mut m = Map::new();
            m.insert(
                "verdict".into(),
                if i % 2 == 0 { "pass" } else { "fail" }.into(),
            );
            append(&path, m).unwrap();
        }
        (dir, path)
    }

    fn check(path: &Path) -> Result<Checked, String> {
        let text = std::fs::read_to_string(path).unwrap();
        let head = std::fs::read_to_string(head_path(path)).ok();
        verify(&text, None, head.as_deref())
    }

    fn lines(path: &Path) -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    }

    fn rewrite(path: &Path, lines: &[String]) {
        let mut text = lines.join("\n");
        text.push('\n');
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn appended_decisions_chain_and_verify() {
        let (_d, path) = log_of(4);
        let c = check(&path).unwrap();
        assert_eq!(c.decisions, 4);
        assert!(!c.unanchored);
        let l = lines(&path);
        assert!(l[0].starts_with(r#"{"seq":1,"#) && l[0].ends_with(r#""prev":null}"#));
    }

    #[test]
    fn every_edit_deletion_and_reordering_is_caught() {
        let (_d, path) = log_of(4);
        let original = lines(&path);
        for k in 0..4 {
            let mut edited = original.clone();
            edited[k] = edited[k].replacen("\"verdict\":\"", "\"verdict\":\"x", 1);
            rewrite(&path, &edited);
            let err = check(&path).unwrap_err();
            let named = if k == 3 { 4 } else { k + 2 };
            assert!(
                err.starts_with(&format!("line {named}:")),
                "edit {k}: {err}"
            );

            let mut deleted = original.clone();
            deleted.remove(k);
            rewrite(&path, &deleted);
            assert!(check(&path).is_err(), "deleting line {}", k + 1);
        }
        let mut swapped = original.clone();
        swapped.swap(1, 2);
        rewrite(&path, &swapped);
        assert!(check(&path).unwrap_err().starts_with("line 2:"));
        rewrite(&path, &original);
        assert!(check(&path).is_ok());
    }

    #[test]
    fn a_cut_off_log_refuses_new_appends() {
        let (_d, path) = log_of(2);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, &text[..text.len() - 5]).unwrap();
        assert!(append(&path, Map::new()).is_err());
        assert!(check(&path).is_err());
    }

    #[test]
    fn the_last_line_is_found_across_read_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("log");
        let long = "x".repeat(200_000);
        let mut m = Map::new();
        m.insert("pad".into(), long.clone().into());
        append(&path, m.clone()).unwrap();
        append(&path, m).unwrap();
        assert_eq!(check(&path).unwrap().decisions, 2);
        let mut f = File::open(&path).unwrap();
        let last = last_line(&mut f).unwrap().unwrap();
        assert!(last.starts_with(r#"{"seq":2,"#) && last.contains(&long));
    }

    #[test]
    fn concurrent_appends_keep_one_chain() {
        let (_d, path) = log_of(0);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..10 {
                        append(&path, Map::new()).unwrap();
                    }
                });
            }
        });
        assert_eq!(check(&path).unwrap().decisions, 40);
    }
}
