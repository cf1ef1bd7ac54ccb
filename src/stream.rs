//! `verdict stream`: evaluate a JSON Lines event stream from stdin (e.g.
//! `falco -o json_output=true | verdict stream --events-url …`) as it arrives,
//! and emit each remediation event the moment it is decided.
//!
//! A small pipeline: a reader thread splits and parses lines; evaluator
//! threads (one prepared evaluator each, `--jobs`) take lines as they come;
//! the main thread puts results back in input order, holds back repeats
//! and writes the events. A bad line is reported and skipped. SIGINT,
//! SIGTERM and the end of input all finish the same way: every line already
//! read is evaluated, the sinks are drained, a summary goes to stderr, and
//! the exit code is 0.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::Args;
use serde_json::Value;

use crate::cli::PolicyArgs;
use crate::config;
use crate::date::Date;
use crate::eval::{self, Evaluator, Source};
use crate::events::cloudevent::{random_seed, EventType};
use crate::events::ocsf::{Detail, Record};
use crate::events::{Emitter, EventArgs};
use crate::finding::Finding;
use crate::kind::Kind;
use crate::parse::Document;
use crate::policy::reads::{self, InputReads};
use crate::policy::{self, LoadOptions};
use crate::source_map::{LineIndex, PosTree, Position};
use crate::suppress::WaiverMatcher;

/// Lines per hand-over between threads. Only lines already read into memory
/// are grouped (the reader never waits to fill a batch): fewer thread
/// wake-ups when input comes fast, no added delay when it trickles in.
const BATCH: usize = 8;
/// Batches queued between two stages. Enough to keep every thread busy;
/// small, because a line waiting in a queue counts toward its latency, and a
/// stream that arrives faster than it is evaluated should slow its producer
/// (the pipe fills) rather than age in a buffer.
const QUEUE: usize = 4;
/// The `file` findings of a stream name, as a scan names stdin.
const STDIN: &str = "-";

#[derive(Debug, Args)]
pub struct StreamArgs {
    /// The kind of every line.
    #[arg(long, value_name = "KIND", default_value = "falco", value_parser = parse_kind, help_heading = "Input")]
    pub kind: Kind,
    /// A longer line is reported and skipped.
    #[arg(long, value_name = "BYTES", default_value_t = 1024 * 1024, help_heading = "Input")]
    pub max_line_bytes: usize,

    #[command(flatten)]
    pub policy: PolicyArgs,

    /// Send a fingerprint again only after this many seconds; repeats in between are counted (0: send every one).
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 60.0,
        help_heading = "Events"
    )]
    pub dedupe_window: f64,
    /// On exit, print throughput and line-read → event-written latency percentiles to stderr.
    #[arg(long, help_heading = "Events")]
    pub latency_report: bool,

    /// Waivers file: a finding it covers is sent as `waived`, not `opened`.
    #[arg(long, value_name = "FILE", help_heading = "Suppression")]
    pub waivers: Option<std::path::PathBuf>,
    /// Accept waivers without an `expires` date.
    #[arg(long, help_heading = "Suppression")]
    pub allow_permanent_waivers: bool,

    /// Sinks [default: `--events -`, JSON Lines on stdout].
    #[command(flatten)]
    pub events: EventArgs,

    /// Evaluator threads (default: all cores).
    #[arg(short, long, value_name = "N", help_heading = "Performance")]
    pub jobs: Option<usize>,
    /// Decisions remembered per evaluator thread, by the fields the policies read (0: evaluate every event afresh).
    #[arg(
        long,
        value_name = "N",
        default_value_t = 4096,
        help_heading = "Performance"
    )]
    pub decision_cache: usize,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    s.parse()
}

/// What the main thread receives.
enum Msg {
    /// These lines are done, by number.
    Done(Vec<(u64, Outcome)>),
    /// End of input after this many lines, and the error that ended it, if any.
    End(u64, Option<String>),
    /// SIGINT or SIGTERM, by name.
    Signal(&'static str),
}

/// A line on its way to an evaluator: its text and value, `None` when
/// blank, or why it is malformed.
struct Line {
    no: u64,
    read_at: Instant,
    parsed: Result<Option<(String, Value)>, String>,
}

enum Outcome {
    Blank,
    Malformed(String),
    Failed(String),
    Evaluated {
        read_at: Instant,
        value: Value,
        findings: Vec<Finding>,
        /// Taken from an earlier event with the same read fields.
        reused: bool,
    },
}

#[derive(Debug, Default)]
struct Stats {
    lines: u64,
    malformed: u64,
    eval_errors: u64,
    duplicates: u64,
    reused: u64,
    latencies: Vec<Duration>,
}

pub fn run(args: StreamArgs) -> Result<i32> {
    if !(args.dedupe_window >= 0.0 && args.dedupe_window.is_finite()) {
        bail!("--dedupe-window must be zero or a positive number of seconds");
    }
    if !(args.policy.timeout > 0.0 && args.policy.timeout.is_finite()) {
        bail!("--timeout must be a positive number of seconds");
    }
    args.events.validate()?;
    let waivers = match &args.waivers {
        Some(f) => config::load_waivers(f).map_err(|e| anyhow::anyhow!("{e}"))?,
        None => Vec::new(),
    };
    config::refuse_permanent(&waivers, args.allow_permanent_waivers)
        .map_err(|e| anyhow::anyhow!(e))?;
    let today = Date::today();
    for w in waivers.iter().filter(|w| !w.in_force(today)) {
        eprintln!(
            "warning: {}: the waiver for {} (owner {}) expired on {}; its findings are sent as opened",
            w.source,
            w.rule,
            w.owner,
            w.expires.map(|d| d.to_string()).unwrap_or_default()
        );
    }
    let waivers: Vec<WaiverMatcher> = waivers.iter().map(WaiverMatcher::new).collect();
    let policies = policy::load(&LoadOptions {
        policies: args.policy.policies.clone(),
        data: args.policy.data.clone(),
        rego_v0: args.policy.rego_v0,
        namespaces: args.policy.namespace.clone(),
        only_kind: Some(args.kind),
        verification_key: args.policy.verification_key.clone(),
        cache: None,
    })
    .context("loading policies")?;
    if !policies.packages.iter().any(|p| p.applies_to(args.kind)) {
        eprintln!(
            "warning: no loaded policy applies to kind `{}`; no event will raise a finding",
            args.kind
        );
    }
    let mut sinks = args.events.clone();
    if !sinks.enabled() {
        sinks.events_file = Some("-".into());
    }
    let source = sinks
        .events_source
        .clone()
        .unwrap_or_else(|| format!("urn:verdict:stream:{}", hostname()));
    let mut emitter = Emitter::new(&sinks, source, random_seed())?;

    let (done_tx, done_rx) = mpsc::sync_channel(QUEUE);
    let (work_tx, work_rx) = mpsc::sync_channel::<Vec<Line>>(QUEUE);
    let work_rx = Arc::new(Mutex::new(work_rx));
    // Lines handed to the evaluators so far: on a signal, what must still finish.
    let handed = Arc::new(AtomicU64::new(0));
    watch_signals(done_tx.clone())?;
    let timeout = Duration::from_secs_f64(args.policy.timeout);
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    // Decisions are reused only where the findings come from the policies
    // alone (see `eval::reads_document`).
    let reads = if args.decision_cache == 0 || eval::reads_document(args.kind) {
        None
    } else {
        match policies.input_reads() {
            InputReads::Paths(paths) => Some(Arc::new(paths)),
            InputReads::Everything(why) => {
                if args.latency_report {
                    eprintln!("stream: every event is evaluated afresh: {why}");
                }
                None
            }
        }
    };
    for i in 0..jobs {
        let ev = Evaluator::new(&policies, timeout);
        let memo = Memo::new(reads.clone(), args.decision_cache);
        let (rx, tx) = (work_rx.clone(), done_tx.clone());
        std::thread::Builder::new()
            .name(format!("stream-eval-{i}"))
            .spawn(move || evaluate(ev, memo, args.kind, &rx, &tx))
            .context("starting an evaluator thread")?;
    }
    {
        let (kind, max, handed) = (args.kind, args.max_line_bytes, handed.clone());
        std::thread::Builder::new()
            .name("stream-reader".into())
            .spawn(move || read_stdin(&work_tx, &done_tx, &handed, kind, max))
            .context("starting the reader thread")?;
    }

    let mut dedupe = Dedupe::new(Duration::from_secs_f64(args.dedupe_window));
    let mut stats = Stats::default();
    let started = Instant::now();
    // Results come back in any order; events leave in input order.
    let mut pending: BTreeMap<u64, Outcome> = BTreeMap::new();
    let mut next = 1u64;
    let mut last: Option<u64> = None;
    while last.is_none_or(|l| next <= l) {
        match done_rx.recv() {
            Ok(Msg::Done(batch)) => {
                pending.extend(batch);
                while let Some(outcome) = pending.remove(&next) {
                    let ctx = Emit {
                        rules: &policies.rules,
                        waivers: &waivers,
                        latency: args.latency_report,
                    };
                    ctx.line(next, outcome, &mut emitter, &mut dedupe, &mut stats)?;
                    next += 1;
                }
            }
            Ok(Msg::End(lines, err)) => {
                if let Some(e) = err {
                    eprintln!("stream: reading stdin: {e}");
                }
                last = Some(last.map_or(lines, |l| l.min(lines)));
            }
            Ok(Msg::Signal(name)) => {
                if last.is_none() {
                    eprintln!("stream: {name}: finishing the lines already read");
                    last = Some(handed.load(Ordering::SeqCst));
                }
            }
            Err(_) => break,
        }
    }
    let elapsed = started.elapsed();
    let delivered = emitter.finish()?;
    let emitted: usize = delivered.emitted.values().sum();
    eprintln!(
        "stream: {} line{}, {emitted} event{} emitted, {} duplicate{} within the dedupe window not re-sent, {} malformed line{}, {} evaluation error{}",
        stats.lines,
        plural(stats.lines),
        plural(emitted as u64),
        stats.duplicates,
        plural(stats.duplicates),
        stats.malformed,
        plural(stats.malformed),
        stats.eval_errors,
        plural(stats.eval_errors),
    );
    if args.latency_report {
        eprintln!("{}", latency_report(&mut stats, emitted, elapsed));
        eprintln!(
            "decisions: {} of {} evaluated lines reused from an event with the same read fields",
            stats.reused,
            stats.lines - stats.malformed - stats.eval_errors
        );
    }
    Ok(0)
}

/// The main thread's part: repeats held back, events written.
struct Emit<'a> {
    rules: &'a BTreeMap<String, crate::policy::Rule>,
    waivers: &'a [WaiverMatcher<'a>],
    latency: bool,
}

impl Emit<'_> {
    fn line(
        &self,
        no: u64,
        outcome: Outcome,
        emitter: &mut Emitter,
        dedupe: &mut Dedupe,
        stats: &mut Stats,
    ) -> Result<()> {
        stats.lines += 1;
        let (read_at, value, findings) = match outcome {
            Outcome::Blank => return Ok(()),
            Outcome::Malformed(cause) => {
                stats.malformed += 1;
                eprintln!("stream: line {no}: {cause}");
                return Ok(());
            }
            Outcome::Failed(cause) => {
                stats.eval_errors += 1;
                eprintln!("stream: line {no}: {cause}");
                return Ok(());
            }
            Outcome::Evaluated {
                read_at,
                value,
                findings,
                reused,
            } => {
                stats.reused += u64::from(reused);
                (read_at, value, findings)
            }
        };
        let mut value = Some(value);
        let count = findings.len();
        // Today's date each time: a stream outlives a waiver's last day.
        let today = if self.waivers.is_empty() {
            None
        } else {
            Some(Date::today())
        };
        for (i, mut f) in findings.into_iter().enumerate() {
            if let (None, Some(today)) = (&f.suppression, today) {
                if let Some(w) = self
                    .waivers
                    .iter()
                    .find(|w| w.in_force(today) && w.matches(&f))
                {
                    f.suppression = Some(w.suppression());
                }
            }
            let Some(repeats) = dedupe.check(&f.fingerprint, Instant::now()) else {
                stats.duplicates += 1;
                continue;
            };
            let ty = if f.suppression.is_some() {
                EventType::Waived
            } else {
                EventType::Opened
            };
            let detail = Detail {
                rule: self.rules.get(&f.rule_id),
                suppression: f.suppression.as_ref(),
                // The last event of the line takes the value; others copy it.
                evidence: if i + 1 == count {
                    value.take()
                } else {
                    value.clone()
                },
                repeats,
                properties: Some(&f.properties),
                ..Detail::default()
            };
            emitter.finding(ty, &Record::from(&f), detail)?;
            if self.latency {
                stats.latencies.push(read_at.elapsed());
            }
        }
        Ok(())
    }
}

/// An evaluator thread: take the next lines, evaluate, hand back.
fn evaluate(
    mut ev: Evaluator,
    mut memo: Memo,
    kind: Kind,
    work: &Mutex<Receiver<Vec<Line>>>,
    done: &SyncSender<Msg>,
) {
    loop {
        // The lock is held only while waiting for one batch.
        let batch = match work.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(batch) = batch else { return };
        let results = batch
            .into_iter()
            .map(|line| (line.no, evaluate_line(&mut ev, &mut memo, kind, line)))
            .collect();
        if done.send(Msg::Done(results)).is_err() {
            return;
        }
    }
}

fn evaluate_line(ev: &mut Evaluator, memo: &mut Memo, kind: Kind, line: Line) -> Outcome {
    let (text, value) = match line.parsed {
        Ok(Some(p)) => p,
        Ok(None) => return Outcome::Blank,
        Err(cause) => return Outcome::Malformed(cause),
    };
    let doc = Document {
        index: 0,
        value,
        // The stream's line number stands in for positions (see below).
        positions: PosTree::leaf(Position::new(1, 1)),
    };
    let lines = LineIndex::new(&text);
    let src = Source {
        file: STDIN,
        kind,
        text: &text,
        lines: &lines,
        // Identical events must share a fingerprint, so the line number
        // is not part of it (it would be for a multi-document file).
        multi_document: false,
    };
    let key = memo.key(&doc.value);
    let (mut findings, reused) = match key.as_ref().and_then(|k| memo.decisions.get(k)) {
        Some(known) => (
            known.iter().map(|f| eval::carry_over(f, &src)).collect(),
            true,
        ),
        None => match ev.document(&src, &doc) {
            Ok(findings) => {
                if let Some(k) = key {
                    memo.remember(k, &findings);
                }
                (findings, false)
            }
            Err(d) => return Outcome::Failed(d.message),
        },
    };
    let no = u32::try_from(line.no).unwrap_or(u32::MAX);
    for f in &mut findings {
        f.line = no;
    }
    Outcome::Evaluated {
        read_at: line.read_at,
        value: doc.value,
        findings,
        reused,
    }
}

/// An evaluator thread's decisions, by the fields of the event that the
/// loaded policies can read (`policy::reads`): an event whose read fields
/// equal an earlier one's gets the same findings without an evaluation.
/// Falco events of one kind differ mostly in time stamps and ids no rule
/// reads, and evaluating them is most of a stream's cost.
struct Memo {
    /// `None`: every event is evaluated (the policies may read anything).
    reads: Option<Arc<Vec<reads::Path>>>,
    decisions: HashMap<String, Vec<Finding>>,
    capacity: usize,
    /// Roughly what `decisions` holds, in bytes.
    bytes: usize,
}

/// What one evaluator thread keeps at most, whatever the lines hold (a
/// line may be up to `--max-line-bytes` long, and its read fields with it).
const MEMO_BYTES: usize = 32 << 20;

impl Memo {
    fn new(reads: Option<Arc<Vec<reads::Path>>>, capacity: usize) -> Self {
        Memo {
            reads,
            decisions: HashMap::new(),
            capacity,
            bytes: 0,
        }
    }

    fn key(&self, value: &Value) -> Option<String> {
        self.reads.as_ref().map(|paths| reads::key(value, paths))
    }

    fn remember(&mut self, key: String, findings: &[Finding]) {
        let size = key.len()
            + findings
                .iter()
                .map(|f| 512 + f.message.len() + f.snippet.as_ref().map_or(0, String::len))
                .sum::<usize>();
        if size > MEMO_BYTES / 64 {
            return; // a rare giant: not worth a sixty-fourth of the budget
        }
        // Bounded memory: start over rather than track ages; a stream's
        // common events come back within a few thousand lines.
        if self.decisions.len() >= self.capacity || self.bytes + size > MEMO_BYTES {
            self.decisions.clear();
            self.bytes = 0;
        }
        self.bytes += size;
        self.decisions.insert(key, findings.to_vec());
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `latency: N events, E events/s, L lines/s; line read → event written p50 … p99 … max …`
fn latency_report(stats: &mut Stats, emitted: usize, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    stats.latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        let l = &stats.latencies;
        if l.is_empty() {
            return 0.0;
        }
        let i = ((l.len() as f64 * p).ceil() as usize).clamp(1, l.len()) - 1;
        l[i].as_secs_f64() * 1e3
    };
    format!(
        "latency: {} lines in {:.3} s ({:.0} lines/s), {emitted} events ({:.0} events/s); line read → event written: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        stats.lines,
        secs,
        stats.lines as f64 / secs,
        emitted as f64 / secs,
        pct(0.50),
        pct(0.90),
        pct(0.99),
        stats.latencies.last().map_or(0.0, |d| d.as_secs_f64() * 1e3),
    )
}

/// A signal becomes a message in the line queue, so the evaluating thread
/// sees it between two lines, never in the middle of writing an event. A
/// second signal means "now": exit at once.
fn watch_signals(tx: SyncSender<Msg>) -> Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])
        .context("installing the signal handlers")?;
    std::thread::Builder::new()
        .name("stream-signals".into())
        .spawn(move || {
            let mut seen = false;
            for sig in signals.forever() {
                if seen {
                    eprintln!("stream: second signal; exiting without finishing");
                    std::process::exit(130);
                }
                seen = true;
                let name = if sig == SIGINT { "SIGINT" } else { "SIGTERM" };
                if tx.send(Msg::Signal(name)).is_err() {
                    return;
                }
            }
        })
        .context("starting the signal thread")?;
    Ok(())
}

/// The reader thread: split stdin into lines (bounded), parse each, and
/// hand them to the evaluators in batches of what is already read.
fn read_stdin(
    work: &SyncSender<Vec<Line>>,
    done: &SyncSender<Msg>,
    handed: &AtomicU64,
    kind: Kind,
    max: usize,
) {
    let stdin = std::io::stdin();
    let mut r = std::io::BufReader::with_capacity(1 << 16, stdin.lock());
    let mut buf = Vec::new();
    let mut no = 0u64;
    let mut batch = Vec::with_capacity(BATCH);
    let end = loop {
        buf.clear();
        let too_long = match read_line(&mut r, &mut buf, max) {
            Ok(Some(t)) => t,
            Ok(None) => break None,
            Err(e) => break Some(e.to_string()),
        };
        no += 1;
        let read_at = Instant::now();
        let parsed = if too_long {
            Err(format!("longer than --max-line-bytes ({max})"))
        } else {
            parse_line(&buf, kind)
        };
        batch.push(Line {
            no,
            read_at,
            parsed,
        });
        // Hand over now unless another whole line is already in memory.
        if batch.len() >= BATCH || !r.buffer().contains(&b'\n') {
            if work.send(std::mem::take(&mut batch)).is_err() {
                return;
            }
            handed.store(no, Ordering::SeqCst);
        }
    };
    if !batch.is_empty() && work.send(batch).is_ok() {
        handed.store(no, Ordering::SeqCst);
    }
    let _ = done.send(Msg::End(no, end));
}

/// Read one line into `buf` (without its `\n`), keeping at most `max`
/// bytes: a longer line is consumed to its end and reported as too long
/// (`Some(true)`), so one huge line cannot exhaust memory. `None` at EOF.
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> std::io::Result<Option<bool>> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(any.then_some(too_long));
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], true),
            None => (avail, false),
        };
        if !too_long {
            if buf.len() + chunk.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = chunk.len() + usize::from(done);
        r.consume(used);
        if done {
            return Ok(Some(too_long));
        }
    }
}

/// One line → its text and value; `Ok(None)` for a blank line. serde_json
/// rather than the scan's parser: a stream needs no source map (a finding's
/// line is the stream's line), and this is the reader's hot path.
fn parse_line(bytes: &[u8], kind: Kind) -> Result<Option<(String, Value)>, String> {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 (invalid byte at offset {})", e.valid_up_to()))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json says "… at line 1 column N"; only the column means anything here.
        let msg = e.to_string();
        let cause = msg
            .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
            .unwrap_or(&msg);
        format!("invalid JSON at column {}: {cause}", e.column())
    })?;
    if kind == Kind::Falco && !value.is_object() {
        return Err("a Falco event must be a JSON object".into());
    }
    Ok(Some((text.to_string(), value)))
}

/// Repeats of one fingerprint within the window are counted, not sent; the
/// next event sent for it carries the count.
struct Dedupe {
    window: Duration,
    seen: HashMap<String, (Instant, u64)>,
    checks: u64,
}

impl Dedupe {
    fn new(window: Duration) -> Self {
        Dedupe {
            window,
            seen: HashMap::new(),
            checks: 0,
        }
    }

    /// `Some(repeats not sent since the last event)` to send, `None` to hold back.
    fn check(&mut self, fingerprint: &str, now: Instant) -> Option<u64> {
        if self.window.is_zero() {
            return Some(0);
        }
        self.checks += 1;
        if self.checks.is_multiple_of(4096) {
            // Forget what is past the window, so memory follows the number
            // of distinct findings in one window, not in the whole stream.
            let w = self.window;
            self.seen
                .retain(|_, (sent, _)| now.duration_since(*sent) < w);
        }
        match self.seen.get_mut(fingerprint) {
            Some((sent, n)) if now.duration_since(*sent) < self.window => {
                *n += 1;
                None
            }
            Some((sent, n)) => {
                let repeats = *n;
                *sent = now;
                *n = 0;
                Some(repeats)
            }
            None => {
                self.seen.insert(fingerprint.to_string(), (now, 0));
                Some(0)
            }
        }
    }
}

/// For the default `source`: which machine the stream ran on.
fn hostname() -> String {
    let mut s = String::new();
    let read =
        std::fs::File::open("/proc/sys/kernel/hostname").and_then(|mut f| f.read_to_string(&mut s));
    match read {
        Ok(_) if !s.trim().is_empty() => s
            .trim()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            .collect(),
        _ => "localhost".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_consumed_and_flagged() {
        let input = b"{\"a\":1}\n0123456789abcdef\r\nlast";
        let mut r = std::io::BufReader::with_capacity(4, &input[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        while let Ok(Some(too_long)) = read_line(&mut r, &mut buf, 10) {
            got.push((String::from_utf8_lossy(&buf).into_owned(), too_long));
            buf.clear();
        }
        assert_eq!(
            got,
            [
                ("{\"a\":1}".to_string(), false),
                (String::new(), true),
                ("last".to_string(), false)
            ]
        );
    }

    #[test]
    fn bad_lines_say_why() {
        assert!(parse_line(b"  ", Kind::Falco).is_ok_and(|p| p.is_none()));
        assert!(parse_line(b"{\"rule\":", Kind::Falco).is_err_and(|e| e.contains("column")));
        assert!(parse_line(b"[1]", Kind::Falco).is_err_and(|e| e.contains("object")));
        assert!(parse_line(b"[1]", Kind::Jsonl).is_ok());
        assert!(parse_line(b"\xff{}", Kind::Falco).is_err_and(|e| e.contains("UTF-8")));
    }

    #[test]
    fn repeats_inside_the_window_are_counted_and_reported_with_the_next() {
        let mut d = Dedupe::new(Duration::from_secs(10));
        let t = Instant::now();
        assert_eq!(d.check("a", t), Some(0));
        assert_eq!(d.check("a", t + Duration::from_secs(1)), None);
        assert_eq!(d.check("a", t + Duration::from_secs(2)), None);
        assert_eq!(d.check("b", t + Duration::from_secs(2)), Some(0));
        assert_eq!(d.check("a", t + Duration::from_secs(11)), Some(2));
        assert_eq!(d.check("a", t + Duration::from_secs(12)), None);
        let mut off = Dedupe::new(Duration::ZERO);
        assert_eq!(off.check("a", t), Some(0));
        assert_eq!(off.check("a", t), Some(0));
    }

    #[test]
    fn remembered_decisions_stay_within_their_bounds() {
        let paths = Arc::new(vec![vec!["rule".to_string()]]);
        let mut m = Memo::new(Some(paths), 2);
        for rule in ["a", "b", "c"] {
            let key = m
                .key(&serde_json::json!({ "rule": rule, "time": 1 }))
                .unwrap_or_default();
            m.remember(key, &[]);
        }
        assert!(m.decisions.len() <= 2);
        let giant = "x".repeat(MEMO_BYTES);
        m.remember(giant.clone(), &[]);
        assert!(!m.decisions.contains_key(&giant));
        assert!(m.bytes <= MEMO_BYTES);
        assert_eq!(Memo::new(None, 10).key(&serde_json::json!({})), None);
    }
}
