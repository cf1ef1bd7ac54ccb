//! `--events-url`: HTTP POST of CloudEvents, signed per Standard Webhooks,
//! retried with exponential backoff and jitter on connection errors,
//! timeouts, 408, 429 (honouring `Retry-After`) and 5xx. Any other answer is
//! final. What cannot be delivered goes to the dead letter: an event is never
//! silently lost.
//!
//! Delivery runs on its own thread behind a bounded queue, so a slow or
//! failing receiver delays neither a scan's report nor the evaluation of a
//! stream; when the queue is full the producer waits (backpressure) rather
//! than dropping events.

use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::DateTime;
use sha2::{Digest, Sha256};

use super::cloudevent::{BATCH_CONTENT_TYPE, CONTENT_TYPE};
use super::signing::Secret;
use super::sink::DeadLetter;

/// Longest wait a `Retry-After` may ask for; a receiver asking for more is
/// treated as asking for this much.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(300);
/// Longest computed backoff between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);
/// Events waiting for delivery before the producer has to wait.
const QUEUE: usize = 4096;
/// After a message used up its retries, later messages are not tried for
/// this long (they go to the dead letter at once), so a receiver that is
/// down costs one retry cycle, not one per event. Then one attempt probes it.
const PAUSE: Duration = Duration::from_secs(30);

#[derive(Clone, Debug)]
pub struct Config {
    pub url: String,
    /// Per request, connection included.
    pub timeout: Duration,
    /// Attempts after the first.
    pub retries: u32,
    /// The first backoff; each retry doubles it (up to 30 s), then jitter.
    pub backoff: Duration,
    /// Events per request; 1 sends `application/cloudevents+json`, more send
    /// `application/cloudevents-batch+json` arrays.
    pub batch: usize,
    pub secret: Option<Secret>,
}

/// One event ready to send: its id and its compact JSON (no newline).
#[derive(Clone, Debug)]
pub struct Message {
    pub id: String,
    pub json: Vec<u8>,
}

/// Why a message was not delivered.
#[derive(Debug, Clone)]
pub struct Failure {
    pub reason: String,
    pub attempts: u32,
    /// The receiver may take it later (it was down or busy), as opposed to
    /// refusing this message (a 4xx).
    pub transient: bool,
}

enum Answer {
    Delivered,
    Retry {
        after: Option<Duration>,
        reason: String,
    },
    Final(String),
}

/// A blocking client with the retry policy.
pub struct Client {
    agent: ureq::Agent,
    cfg: Config,
}

impl Client {
    pub fn new(cfg: Config) -> Client {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(cfg.timeout))
            // Status codes are classified here, not turned into errors.
            .http_status_as_error(false)
            // A redirected POST could land anywhere: treat 3xx as final.
            .max_redirects(0)
            .user_agent(format!("verdict/{}", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Client { agent, cfg }
    }

    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// Send one message (an event or a batch) until it is accepted, a final
    /// answer comes, or the retries run out. The id and body stay the same on
    /// every attempt; the timestamp and signature are renewed, as receivers
    /// reject stale timestamps.
    pub fn deliver(&self, msg_id: &str, content_type: &str, body: &[u8]) -> Result<u32, Failure> {
        self.deliver_with(msg_id, content_type, body, self.cfg.retries)
    }

    fn deliver_with(
        &self,
        msg_id: &str,
        content_type: &str,
        body: &[u8],
        retries: u32,
    ) -> Result<u32, Failure> {
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            match self.attempt(msg_id, content_type, body) {
                Answer::Delivered => return Ok(attempt),
                Answer::Final(reason) => {
                    return Err(Failure {
                        reason,
                        attempts: attempt,
                        transient: false,
                    })
                }
                Answer::Retry { after, reason } => {
                    if attempt > retries {
                        return Err(Failure {
                            reason,
                            attempts: attempt,
                            transient: true,
                        });
                    }
                    std::thread::sleep(self.delay(attempt - 1, after));
                }
            }
        }
    }

    /// `Retry-After` when the receiver gave one; else exponential backoff
    /// with "equal jitter" (half fixed, half random), so many clients that
    /// failed together do not retry together.
    fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(d) = retry_after {
            return d.min(MAX_RETRY_AFTER);
        }
        let exp = self
            .cfg
            .backoff
            .saturating_mul(2u32.saturating_pow(retry))
            .min(MAX_BACKOFF);
        exp / 2 + exp.mul_f64(fastrand::f64() / 2.0)
    }

    fn attempt(&self, msg_id: &str, content_type: &str, body: &[u8]) -> Answer {
        let ts = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let mut req = self
            .agent
            .post(&self.cfg.url)
            .header("content-type", content_type)
            .header("webhook-id", msg_id)
            .header("webhook-timestamp", ts.to_string());
        if let Some(secret) = &self.cfg.secret {
            req = req.header("webhook-signature", secret.sign(msg_id, ts, body));
        }
        let mut resp = match req.send(body) {
            Ok(r) => r,
            // Connection refused or reset, timeouts, protocol errors: all
            // may pass, so all are retried.
            Err(e) => {
                return Answer::Retry {
                    after: None,
                    reason: e.to_string(),
                }
            }
        };
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, SystemTime::now()));
        // Read (a bounded part of) the answer: it explains a refusal, and a
        // drained response lets the connection be reused.
        let text = resp
            .body_mut()
            .with_config()
            .limit(4096)
            .read_to_string()
            .unwrap_or_default();
        classify(status, retry_after, &text)
    }
}

fn classify(status: u16, retry_after: Option<Duration>, body: &str) -> Answer {
    let reason = || {
        let snippet: String = body.trim().chars().take(200).collect();
        if snippet.is_empty() {
            format!("HTTP {status}")
        } else {
            format!("HTTP {status}: {snippet}")
        }
    };
    match status {
        200..=299 => Answer::Delivered,
        408 | 429 | 500..=599 => Answer::Retry {
            after: retry_after,
            reason: reason(),
        },
        _ => Answer::Final(reason()),
    }
}

/// `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`.
pub fn parse_retry_after(v: &str, now: SystemTime) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    // An HTTP-date (IMF-fixdate) is also an RFC 2822 date.
    let at = SystemTime::from(DateTime::parse_from_rfc2822(v).ok()?);
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `scheme://host[:port]`: enough to say where, without a token that a URL
/// may carry in its user part, path or query.
pub fn redact(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or(authority);
    if scheme.is_empty() {
        host.to_string()
    } else {
        format!("{scheme}://{host}")
    }
}

/// A URL the client can send to, checked before anything is evaluated.
pub fn check_url(url: &str) -> Result<(), String> {
    let uri: ureq::http::Uri = url
        .parse()
        .map_err(|e| format!("--events-url {}: {e}", redact(url)))?;
    match uri.scheme_str() {
        Some("http" | "https") if uri.host().is_some() => Ok(()),
        _ => Err(format!(
            "--events-url {} must be an http:// or https:// URL with a host",
            redact(url)
        )),
    }
}

/// What the delivery thread did.
#[derive(Debug, Default)]
pub struct Report {
    pub delivered: usize,
    /// Events written to the dead-letter file.
    pub dead_lettered: usize,
    /// Undelivered events, kept in memory for the caller (replay).
    pub failed: Vec<Message>,
    /// Undelivered events that could not be dead-lettered either.
    pub lost: Vec<String>,
}

/// Where undelivered events go.
pub enum Undelivered {
    DeadLetter(DeadLetter),
    /// Returned in [`Report::failed`].
    Keep,
}

/// The delivery thread and its queue.
pub struct Sender {
    tx: Option<SyncSender<Message>>,
    handle: Option<JoinHandle<Report>>,
}

impl Sender {
    pub fn start(client: Client, undelivered: Undelivered) -> Sender {
        let (tx, rx) = mpsc::sync_channel(QUEUE);
        let handle = std::thread::spawn(move || worker(client, rx, undelivered));
        Sender {
            tx: Some(tx),
            handle: Some(handle),
        }
    }

    /// Queue one event. Fails only when the delivery thread is gone.
    pub fn send(&self, m: Message) -> Result<(), String> {
        match &self.tx {
            Some(tx) => tx
                .send(m)
                .map_err(|_| "the event delivery thread stopped".to_string()),
            None => Err("events already finished".into()),
        }
    }

    /// Deliver what is queued (retries included) and report.
    pub fn finish(mut self) -> Report {
        self.tx = None;
        match self.handle.take().map(JoinHandle::join) {
            Some(Ok(r)) => r,
            _ => Report {
                lost: vec!["the event delivery thread panicked".into()],
                ..Report::default()
            },
        }
    }
}

impl Drop for Sender {
    /// A run that stops on an error still delivers or dead-letters what it
    /// queued: returning early must not drop events.
    fn drop(&mut self) {
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

fn worker(client: Client, rx: Receiver<Message>, mut undelivered: Undelivered) -> Report {
    let mut report = Report::default();
    let batch_size = client.config().batch.max(1);
    let where_to = redact(&client.config().url);
    // Set while the receiver is taken to be down (see PAUSE).
    let mut paused_until: Option<Instant> = None;
    let mut not_tried = 0usize;
    while let Ok(first) = rx.recv() {
        // Take what is already waiting, up to a batch: no added delay when
        // events trickle in, fewer requests when they come in bulk.
        let mut batch = vec![first];
        while batch.len() < batch_size {
            match rx.try_recv() {
                Ok(m) => batch.push(m),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        let (msg_id, content_type, body) = if batch_size == 1 {
            (batch[0].id.clone(), CONTENT_TYPE, batch[0].json.clone())
        } else {
            (batch_id(&batch), BATCH_CONTENT_TYPE, batch_body(&batch))
        };
        let outcome = match paused_until {
            Some(t) if Instant::now() < t => None,
            // The pause is over: one attempt tells whether it is back.
            Some(_) => Some(client.deliver_with(&msg_id, content_type, &body, 0)),
            None => Some(client.deliver(&msg_id, content_type, &body)),
        };
        match outcome {
            Some(Ok(_)) => {
                paused_until = None;
                report.delivered += batch.len();
            }
            None => {
                not_tried += batch.len();
                undeliverable(batch, &mut undelivered, &mut report);
            }
            Some(Err(f)) => {
                let what = if batch.len() == 1 {
                    format!("event {}", batch[0].id)
                } else {
                    format!("a batch of {} events", batch.len())
                };
                eprintln!(
                    "events: {what} not delivered to {where_to} after {} attempt{}: {}",
                    f.attempts,
                    if f.attempts == 1 { "" } else { "s" },
                    f.reason
                );
                if f.transient {
                    if paused_until.is_none() {
                        eprintln!(
                            "events: {where_to} looks down; events are dead-lettered without trying for the next {} s",
                            PAUSE.as_secs()
                        );
                    }
                    paused_until = Some(Instant::now() + PAUSE);
                }
                undeliverable(batch, &mut undelivered, &mut report);
            }
        }
    }
    if not_tried > 0 {
        eprintln!(
            "events: {not_tried} event{} not tried while {where_to} was down",
            if not_tried == 1 { "" } else { "s" }
        );
    }
    if let Undelivered::DeadLetter(dl) = &mut undelivered {
        if let Err(e) = dl.sync() {
            eprintln!(
                "warning: syncing the dead-letter file {}: {e}",
                dl.path().display()
            );
        }
    }
    report
}

/// Keep undelivered messages for the caller or append them to the dead letter.
fn undeliverable(batch: Vec<Message>, undelivered: &mut Undelivered, report: &mut Report) {
    match undelivered {
        Undelivered::Keep => report.failed.extend(batch),
        Undelivered::DeadLetter(dl) => {
            for m in batch {
                match dl.append(&m.json) {
                    Ok(()) => report.dead_lettered += 1,
                    Err(e) => {
                        eprintln!(
                            "error: event {} could not be written to the dead-letter file {}: {e}",
                            m.id,
                            dl.path().display()
                        );
                        report.lost.push(m.id);
                    }
                }
            }
        }
    }
}

/// A batch's `webhook-id`: derived from its events' ids, so a retried batch
/// keeps its id.
fn batch_id(batch: &[Message]) -> String {
    let mut h = Sha256::new();
    for m in batch {
        h.update(m.id.as_bytes());
        h.update([0]);
    }
    format!("batch_{}", super::cloudevent::hex(&h.finalize()[..16]))
}

fn batch_body(batch: &[Message]) -> Vec<u8> {
    let mut body = Vec::with_capacity(batch.iter().map(|m| m.json.len() + 1).sum::<usize>() + 2);
    body.push(b'[');
    for (i, m) in batch.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(&m.json);
    }
    body.push(b']');
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_takes_seconds_or_an_http_date() {
        let now = UNIX_EPOCH + Duration::from_secs(1_784_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        let later = DateTime::<chrono::Utc>::from(now + Duration::from_secs(90))
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string();
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(90))
        );
        assert_eq!(
            parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn which_answers_are_retried() {
        let retried = |s| matches!(classify(s, None, ""), Answer::Retry { .. });
        for s in [408, 429, 500, 502, 503, 504] {
            assert!(retried(s), "{s}");
        }
        for s in [400, 401, 403, 404, 410, 422, 301] {
            assert!(!retried(s), "{s}");
        }
        assert!(matches!(classify(202, None, ""), Answer::Delivered));
    }

    #[test]
    fn urls_are_shown_without_credentials_or_paths() {
        assert_eq!(
            redact("https://user:tok@hooks.example.com:8443/services/T0/B0/XYZ?k=v"),
            "https://hooks.example.com:8443"
        );
        assert!(check_url("http://127.0.0.1:9/x").is_ok());
        assert!(check_url("ftp://example.com/").is_err());
        assert!(check_url("not a url").is_err());
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let c = Client::new(Config {
            url: "http://127.0.0.1:9/".into(),
            timeout: Duration::from_secs(1),
            retries: 3,
            backoff: Duration::from_millis(100),
            batch: 1,
            secret: None,
        });
        for retry in 0..4 {
            let full = Duration::from_millis(100 * 2u64.pow(retry));
            let d = c.delay(retry, None);
            assert!(d >= full / 2 && d <= full, "{retry}: {d:?}");
        }
        assert!(c.delay(40, None) <= MAX_BACKOFF);
        assert_eq!(
            c.delay(0, Some(Duration::from_secs(2))),
            Duration::from_secs(2)
        );
    }
}
