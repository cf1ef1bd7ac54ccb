//! CloudEvents 1.0 envelopes in structured mode: the event types verdict
//! emits, ids that are fixed when an event is built (so every retry and every
//! replay carries the same one), and RFC 3339 times.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

pub const SPEC_VERSION: &str = "1.0";
/// `dataschema`: the JSON Schema shipped as `schemas/verdict-event-v1.schema.json`.
pub const DATA_SCHEMA: &str = "https://verdict.dev/schemas/verdict-event-v1.schema.json";
pub const DATA_CONTENT_TYPE: &str = "application/json";
/// HTTP content types of the structured and the batched mode.
pub const CONTENT_TYPE: &str = "application/cloudevents+json; charset=utf-8";
pub const BATCH_CONTENT_TYPE: &str = "application/cloudevents-batch+json; charset=utf-8";

/// What happened, as the CloudEvents `type` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventType {
    /// A finding seen for the first time (or again after it was resolved).
    Opened,
    /// A finding that was open and is gone from an input scanned again.
    Resolved,
    /// A finding suppressed (waiver, baseline, inline ignore, exception) when first seen,
    /// or an open finding that became suppressed.
    Waived,
    /// The gate's decision for one scan.
    Gate,
}

impl EventType {
    pub const ALL: [EventType; 4] = [
        EventType::Opened,
        EventType::Resolved,
        EventType::Waived,
        EventType::Gate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventType::Opened => "dev.verdict.finding.opened.v1",
            EventType::Resolved => "dev.verdict.finding.resolved.v1",
            EventType::Waived => "dev.verdict.finding.waived.v1",
            EventType::Gate => "dev.verdict.gate.verdict.v1",
        }
    }

    /// The short word used in summaries (`3 opened, 1 resolved`).
    pub fn word(self) -> &'static str {
        match self {
            EventType::Opened => "opened",
            EventType::Resolved => "resolved",
            EventType::Waived => "waived",
            EventType::Gate => "gate",
        }
    }
}

/// Builds envelopes for one run: one `source`, and ids derived from a seed.
///
/// An id is a hash of the seed, the type, the subject and how many events of
/// that type and subject this run built before, so it is unique within the
/// run and fixed once built. With `--state` the seed is the state's revision:
/// a run that dies before saving its state re-emits the same transitions with
/// the same ids, which lets a receiver drop the repeats.
pub struct Producer {
    source: String,
    seed: String,
    seen: HashMap<(EventType, String), u64>,
}

impl Producer {
    pub fn new(source: impl Into<String>, seed: impl Into<String>) -> Self {
        Producer {
            source: source.into(),
            seed: seed.into(),
            seen: HashMap::new(),
        }
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// One structured-mode CloudEvent around `data`.
    pub fn event(
        &mut self,
        ty: EventType,
        subject: Option<&str>,
        time: SystemTime,
        data: Value,
    ) -> Value {
        let n = self
            .seen
            .entry((ty, subject.unwrap_or_default().to_string()))
            .or_insert(0);
        let id = event_id(&self.seed, ty, subject.unwrap_or_default(), *n);
        *n += 1;
        let mut e = Map::new();
        e.insert("specversion".into(), SPEC_VERSION.into());
        e.insert("id".into(), id.into());
        e.insert("source".into(), self.source.clone().into());
        e.insert("type".into(), ty.name().into());
        if let Some(s) = subject {
            e.insert("subject".into(), s.into());
        }
        e.insert("time".into(), rfc3339(time).into());
        e.insert("datacontenttype".into(), DATA_CONTENT_TYPE.into());
        e.insert("dataschema".into(), DATA_SCHEMA.into());
        e.insert("data".into(), data);
        Value::Object(e)
    }
}

/// A UUID-shaped hex string: receivers often store ids in UUID columns.
fn event_id(seed: &str, ty: EventType, subject: &str, n: u64) -> String {
    let mut h = Sha256::new();
    for part in [seed, ty.name(), subject, &n.to_string()] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let hex = hex(&h.finalize()[..16]);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Lower-case hex (ids are built per event, on the stream's hot path).
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    s
}

/// A seed no other run shares: time, process id and a random number.
pub fn random_seed() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!("{nanos}-{}-{:016x}", std::process::id(), fastrand::u64(..))
}

/// `2026-05-01T12:00:00.123Z`.
pub fn rfc3339(t: SystemTime) -> String {
    DateTime::<Utc>::from(t).to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Milliseconds since the epoch: OCSF's `timestamp_t`.
pub fn epoch_millis(t: SystemTime) -> i64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Parse an RFC 3339 time written by [`rfc3339`] (state files).
pub fn parse_rfc3339(s: &str) -> Option<SystemTime> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| SystemTime::from(d.with_timezone(&Utc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_per_occurrence_and_reproducible_from_the_seed() {
        let t = UNIX_EPOCH;
        let mut a = Producer::new("file:///x", "seed");
        let e1 = a.event(EventType::Opened, Some("fp"), t, Value::Null);
        let e2 = a.event(EventType::Opened, Some("fp"), t, Value::Null);
        let e3 = a.event(EventType::Resolved, Some("fp"), t, Value::Null);
        assert_ne!(e1["id"], e2["id"]);
        assert_ne!(e1["id"], e3["id"]);
        let mut b = Producer::new("file:///x", "seed");
        assert_eq!(
            b.event(EventType::Opened, Some("fp"), t, Value::Null)["id"],
            e1["id"]
        );
        assert_eq!(e1["id"].as_str().map(str::len), Some(36));
        assert_eq!(e1["time"], "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn times_round_trip() {
        let t = UNIX_EPOCH + std::time::Duration::from_millis(1_777_000_000_123);
        assert_eq!(parse_rfc3339(&rfc3339(t)), Some(t));
        assert_eq!(epoch_millis(t), 1_777_000_000_123);
    }
}
