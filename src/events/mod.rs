//! Remediation events: CloudEvents with OCSF-aligned data, sent to a JSON
//! Lines file and/or a signed webhook, with a lifecycle across runs
//! (`--state`): opened → resolved, or waived.
//!
//! `scan` calls [`after_scan`] once the verdict is decided; `stream` builds
//! an [`Emitter`] and emits as events arrive; `verdict events replay`
//! re-sends a dead-letter file.

pub mod cloudevent;
pub mod ocsf;
pub mod signing;
pub mod sink;
pub mod source;
pub mod state;
pub mod webhook;

use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use serde_json::Value;

use crate::discover::{self, Excludes, Input};
use crate::policy::Rule;
use crate::scan::{self, ScanOptions, ScanResult};
use crate::verdict::Verdict;
use cloudevent::{EventType, Producer};
use ocsf::{Detail, Record, Tally};
use signing::Secret;
use sink::{DeadLetter, LineSink};
use state::{Change, Lock, State};
use webhook::{Message, Sender, Undelivered};

/// A lock file older than this was left by a run that died.
const STALE_LOCK: Duration = Duration::from_secs(10 * 60);

/// How webhook deliveries are made (shared by scan, stream and replay).
#[derive(Debug, Clone, Args)]
pub struct DeliveryArgs {
    /// Send up to N events per request as `application/cloudevents-batch+json` [default: one event per request].
    #[arg(long = "events-batch", value_name = "N", help_heading = "Events")]
    pub events_batch: Option<usize>,
    /// Per-request timeout for --events-url, in seconds.
    #[arg(
        long = "events-timeout",
        value_name = "SECS",
        default_value_t = 10.0,
        help_heading = "Events"
    )]
    pub events_timeout: f64,
    /// Retries after a failed delivery (connection error, timeout, 408, 429, 5xx).
    #[arg(
        long = "events-retries",
        value_name = "N",
        default_value_t = 5,
        help_heading = "Events"
    )]
    pub events_retries: u32,
    /// First delay between retries, in seconds; doubled each retry (max 30 s), with jitter.
    #[arg(
        long = "events-backoff",
        value_name = "SECS",
        default_value_t = 0.5,
        help_heading = "Events"
    )]
    pub events_backoff: f64,
}

/// Where events go (scan and stream).
#[derive(Debug, Clone, Args)]
pub struct EventArgs {
    /// Append remediation events as JSON Lines to FILE, or `-` for stdout.
    #[arg(long = "events", value_name = "FILE|-", help_heading = "Events")]
    pub events_file: Option<PathBuf>,
    /// POST each event to URL (CloudEvents structured mode, signed per Standard Webhooks with $VERDICT_WEBHOOK_SECRET).
    #[arg(long = "events-url", value_name = "URL", help_heading = "Events")]
    pub events_url: Option<String>,
    /// CloudEvents `source` [default: the repository's origin remote, else file://<scan root>].
    #[arg(long = "events-source", value_name = "URI", help_heading = "Events")]
    pub events_source: Option<String>,
    /// Where events that could not be delivered to --events-url are appended.
    #[arg(
        long = "events-dead-letter",
        value_name = "FILE",
        default_value = "verdict-dead-letter.jsonl",
        help_heading = "Events"
    )]
    pub events_dead_letter: PathBuf,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

/// `scan`'s event flags: the sinks plus continuous-compliance state.
#[derive(Debug, Clone, Args)]
pub struct ScanEventArgs {
    #[command(flatten)]
    pub sinks: EventArgs,
    /// Remember open findings in FILE: emit `opened` only for new ones and `resolved` for ones gone from re-scanned files.
    #[arg(long = "state", value_name = "FILE", help_heading = "Events")]
    pub state_file: Option<PathBuf>,
}

impl EventArgs {
    pub fn enabled(&self) -> bool {
        self.events_file.is_some() || self.events_url.is_some()
    }

    /// Events written to stdout, where a report may also want to go.
    pub fn uses_stdout(&self) -> bool {
        self.events_file
            .as_deref()
            .is_some_and(|p| p.as_os_str() == "-")
    }

    /// Check the flags before any work is done.
    pub fn validate(&self) -> Result<()> {
        if let Some(url) = &self.events_url {
            webhook::check_url(url).map_err(anyhow::Error::msg)?;
        }
        self.delivery.validate()
    }
}

impl DeliveryArgs {
    pub fn validate(&self) -> Result<()> {
        if !(self.events_timeout > 0.0 && self.events_timeout.is_finite()) {
            bail!("--events-timeout must be a positive number of seconds");
        }
        if !(self.events_backoff >= 0.0 && self.events_backoff.is_finite()) {
            bail!("--events-backoff must be zero or a positive number of seconds");
        }
        if self.events_batch == Some(0) {
            bail!("--events-batch must be at least 1");
        }
        Ok(())
    }

    fn config(&self, url: &str) -> Result<webhook::Config> {
        Ok(webhook::Config {
            url: url.to_string(),
            timeout: Duration::from_secs_f64(self.events_timeout),
            retries: self.events_retries,
            backoff: Duration::from_secs_f64(self.events_backoff),
            batch: self.events_batch.unwrap_or(1),
            secret: secret()?,
        })
    }
}

impl ScanEventArgs {
    pub fn validate(&self) -> Result<()> {
        if self.state_file.is_some() && !self.sinks.enabled() {
            bail!("--state needs somewhere to send events: --events FILE|- or --events-url URL");
        }
        self.sinks.validate()
    }
}

fn secret() -> Result<Option<Secret>> {
    let s = Secret::from_env().map_err(anyhow::Error::msg)?;
    if s.is_none() {
        eprintln!(
            "warning: {} is not set; webhook events are sent unsigned",
            signing::SECRET_ENV
        );
    }
    Ok(s)
}

/// What an [`Emitter`] did, for the summary line.
#[derive(Debug, Default)]
pub struct Delivered {
    pub emitted: BTreeMap<EventType, usize>,
    pub dead_lettered: usize,
}

/// Builds events and hands each to every sink as soon as it is built.
pub struct Emitter {
    producer: Producer,
    file: Option<LineSink>,
    webhook: Option<Sender>,
    dead_letter: PathBuf,
    emitted: BTreeMap<EventType, usize>,
}

impl Emitter {
    /// Open the sinks. `seed` makes the event ids (see [`Producer`]).
    pub fn new(args: &EventArgs, source: String, seed: String) -> Result<Emitter> {
        let file = match &args.events_file {
            Some(p) => Some(
                LineSink::open(p)
                    .with_context(|| format!("opening the events file {}", p.display()))?,
            ),
            None => None,
        };
        let webhook = match &args.events_url {
            Some(url) => Some(Sender::start(
                webhook::Client::new(args.delivery.config(url)?),
                Undelivered::DeadLetter(DeadLetter::new(args.events_dead_letter.clone())),
            )),
            None => None,
        };
        Ok(Emitter {
            producer: Producer::new(source, seed),
            file,
            webhook,
            dead_letter: args.events_dead_letter.clone(),
            emitted: BTreeMap::new(),
        })
    }

    /// Build one event and send it on.
    pub fn emit(&mut self, ty: EventType, subject: Option<&str>, data: Value) -> Result<()> {
        let event = self.producer.event(ty, subject, SystemTime::now(), data);
        let id = event["id"].as_str().unwrap_or_default().to_string();
        let mut json = serde_json::to_vec(&event).context("encoding an event")?;
        if let Some(f) = &mut self.file {
            json.push(b'\n');
            f.write_line(&json)
                .with_context(|| format!("writing an event to {}", f.name()))?;
            json.pop();
        }
        if let Some(w) = &self.webhook {
            w.send(Message { id, json }).map_err(anyhow::Error::msg)?;
        }
        *self.emitted.entry(ty).or_default() += 1;
        Ok(())
    }

    /// A finding event (opened, waived, resolved).
    pub fn finding(&mut self, ty: EventType, record: &Record, detail: Detail<'_>) -> Result<()> {
        let data = ocsf::finding_data(ty, record, detail, SystemTime::now());
        self.emit(ty, Some(&record.fingerprint), data)
    }

    /// Wait for the webhook queue to drain (retries included); say on
    /// stderr what was dead-lettered. An event that could be neither
    /// delivered nor dead-lettered is an error.
    pub fn finish(self) -> Result<Delivered> {
        let mut out = Delivered {
            emitted: self.emitted,
            dead_lettered: 0,
        };
        if let Some(w) = self.webhook {
            let report = w.finish();
            out.dead_lettered = report.dead_lettered;
            if report.dead_lettered > 0 {
                eprintln!(
                    "events: {} event{} could not be delivered and {} written to {}; send {} again with `verdict events replay {} --events-url URL`",
                    report.dead_lettered,
                    if report.dead_lettered == 1 { "" } else { "s" },
                    if report.dead_lettered == 1 { "was" } else { "were" },
                    self.dead_letter.display(),
                    if report.dead_lettered == 1 { "it" } else { "them" },
                    self.dead_letter.display(),
                );
            }
            if !report.lost.is_empty() {
                bail!(
                    "{} event{} could be neither delivered nor written to the dead-letter file {}",
                    report.lost.len(),
                    if report.lost.len() == 1 { "" } else { "s" },
                    self.dead_letter.display()
                );
            }
        }
        Ok(out)
    }
}

/// After `scan` decided its verdict: emit the finding events and the gate
/// event, and with `--state` only the changes since the last run.
pub fn after_scan(
    args: &ScanEventArgs,
    opts: &ScanOptions,
    result: &ScanResult,
    rules: &BTreeMap<String, Rule>,
    verdict: &Verdict,
) -> Result<()> {
    if !args.sinks.enabled() {
        return Ok(());
    }
    let source = args
        .sinks
        .events_source
        .clone()
        .unwrap_or_else(|| source::default_source(&result.root));
    let now = SystemTime::now();
    let mut tally = Tally::default();
    match &args.state_file {
        None => {
            let mut em = Emitter::new(&args.sinks, source, cloudevent::random_seed())?;
            for f in &result.findings {
                let ty = if f.suppression.is_some() {
                    tally.waived += 1;
                    EventType::Waived
                } else {
                    tally.opened += 1;
                    EventType::Opened
                };
                em.finding(ty, &Record::from(f), detail(f, rules, None))?;
            }
            gate(&mut em, result, verdict, tally, now)?;
            em.finish()?;
        }
        Some(path) => {
            let _lock = Lock::acquire(path, STALE_LOCK).map_err(anyhow::Error::msg)?;
            let mut st = State::load(path).map_err(anyhow::Error::msg)?;
            let scope = scanned_scope(opts, result, &st);
            // The ids of this run's events follow from the state it starts
            // from: a run that dies before saving repeats the same ids.
            let seed = format!("{source}\0state-revision-{}", st.revision);
            let mut em = Emitter::new(&args.sinks, source, seed)?;
            let diff = st.apply(&scope, &result.findings, now);
            tally.unchanged = diff.unchanged;
            for change in &diff.changes {
                match change {
                    Change::Opened {
                        finding,
                        first_seen,
                    } => {
                        tally.opened += 1;
                        em.finding(
                            EventType::Opened,
                            &Record::from(*finding),
                            detail(finding, rules, Some(*first_seen)),
                        )?;
                    }
                    Change::Waived {
                        finding,
                        first_seen,
                        was_open,
                    } => {
                        tally.waived += 1;
                        let mut d = detail(finding, rules, Some(*first_seen));
                        d.was_open = *was_open;
                        em.finding(EventType::Waived, &Record::from(*finding), d)?;
                    }
                    Change::Resolved(entry) => {
                        tally.resolved += 1;
                        let d = Detail {
                            rule: rules.get(&entry.record.rule_id),
                            first_seen: entry.first_seen(),
                            ..Detail::default()
                        };
                        em.finding(EventType::Resolved, &entry.record, d)?;
                    }
                }
            }
            gate(&mut em, result, verdict, tally, now)?;
            // Saved only once every event is delivered or dead-lettered:
            // a crash before this point repeats events, never loses them.
            em.finish()?;
            st.save(path).map_err(anyhow::Error::msg)?;
        }
    }
    Ok(())
}

fn detail<'a>(
    f: &'a crate::finding::Finding,
    rules: &'a BTreeMap<String, Rule>,
    first_seen: Option<SystemTime>,
) -> Detail<'a> {
    Detail {
        rule: rules.get(&f.rule_id),
        suppression: f.suppression.as_ref(),
        first_seen,
        properties: Some(&f.properties),
        ..Detail::default()
    }
}

fn gate(
    em: &mut Emitter,
    result: &ScanResult,
    verdict: &Verdict,
    tally: Tally,
    now: SystemTime,
) -> Result<()> {
    let data = ocsf::gate_data(verdict, result.files, result.documents, tally, now);
    em.emit(EventType::Gate, None, data)
}

/// The files this run evaluated completely, relative to the scan root:
/// every input it found (and every file a finding names), less the files
/// with an error (unreadable, unparseable, a policy that failed on them) —
/// a file that could not be evaluated has not been fixed — plus files the
/// state knows that were deleted from a folder this run walked.
fn scanned_scope(opts: &ScanOptions, result: &ScanResult, st: &State) -> BTreeSet<String> {
    let root = &result.root;
    let excludes = Excludes::new(&opts.exclude).ok();
    let mut scope = BTreeSet::new();
    if let Some(ex) = &excludes {
        for input in discover::discover(&opts.paths, ex, opts.kind.is_some()).inputs {
            scope.insert(match input {
                Input::Stdin => "-".to_string(),
                Input::File { path, .. } => scan::relative(&path, root),
            });
        }
    }
    scope.extend(result.findings.iter().map(|f| f.file.clone()));
    let walked: Vec<PathBuf> = opts
        .paths
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| p.canonicalize().ok())
        .collect();
    for file in st.files.keys() {
        let abs = root.join(file);
        if scope.contains(file) || abs.exists() {
            continue;
        }
        let deleted_from_walk = walked.iter().any(|dir| {
            abs.strip_prefix(dir)
                .is_ok_and(|rel| excludes.as_ref().is_some_and(|ex| !ex.matches(rel)))
        });
        if deleted_from_walk {
            scope.insert(file.clone());
        }
    }
    for d in &result.diagnostics {
        scope.remove(&d.file);
    }
    scope
}

/// `verdict events …`
#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(subcommand)]
    pub command: EventsCommand,
}

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Send the events of a dead-letter file again; the file keeps only those that still fail.
    Replay(ReplayArgs),
}

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// A dead-letter file (JSON Lines of CloudEvents).
    pub file: PathBuf,
    /// Where to send them.
    #[arg(long = "events-url", value_name = "URL")]
    pub url: String,
    #[command(flatten)]
    pub delivery: DeliveryArgs,
}

/// `verdict events`: exit 0 when everything was delivered, 1 when some
/// events are still undelivered (kept in the file).
pub fn run(args: EventsArgs) -> Result<i32> {
    match args.command {
        EventsCommand::Replay(r) => replay(&r),
    }
}

fn replay(args: &ReplayArgs) -> Result<i32> {
    webhook::check_url(&args.url).map_err(anyhow::Error::msg)?;
    args.delivery.validate()?;
    let shown = args.file.display().to_string();
    let _lock = Lock::acquire(&args.file, STALE_LOCK).map_err(anyhow::Error::msg)?;
    let f = std::fs::File::open(&args.file).with_context(|| format!("opening {shown}"))?;
    let mut kept: Vec<String> = Vec::new();
    let mut messages = Vec::new();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("reading {shown}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let id = serde_json::from_str::<Value>(&line)
            .ok()
            .and_then(|v| v.get("id").and_then(Value::as_str).map(String::from));
        match id {
            Some(id) => messages.push(Message {
                id,
                json: line.trim().as_bytes().to_vec(),
            }),
            None => {
                // Not an event, but not ours to throw away either.
                eprintln!(
                    "replay: {shown}:{}: not a CloudEvent with an `id`; kept",
                    i + 1
                );
                kept.push(line);
            }
        }
    }
    let total = messages.len();
    let sender = Sender::start(
        webhook::Client::new(args.delivery.config(&args.url)?),
        Undelivered::Keep,
    );
    for m in messages {
        sender.send(m).map_err(anyhow::Error::msg)?;
    }
    let report = sender.finish();
    let failed = report.failed.len();
    kept.extend(
        report
            .failed
            .into_iter()
            .map(|m| String::from_utf8_lossy(&m.json).into_owned()),
    );
    if kept.is_empty() {
        std::fs::remove_file(&args.file).with_context(|| format!("removing {shown}"))?;
    } else {
        let mut text = kept.join("\n");
        text.push('\n');
        crate::report::write_atomic(&args.file, &text)
            .with_context(|| format!("rewriting {shown}"))?;
    }
    eprintln!(
        "replay: {} of {total} event{} delivered{}",
        report.delivered,
        if total == 1 { "" } else { "s" },
        if kept.is_empty() {
            format!("; removed {shown}")
        } else {
            format!("; {} kept in {shown}", kept.len())
        }
    );
    Ok(if failed == 0 && kept.is_empty() { 0 } else { 1 })
}
