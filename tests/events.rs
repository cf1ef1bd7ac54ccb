//! Remediation events end to end: the real binary, a real (misbehaving)
//! webhook receiver on 127.0.0.1, dead letters and replay, and continuous
//! compliance with `--state`.

mod common;
mod receiver;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{root, tree};
use receiver::{assert_valid_events, parse_lines, read_lines, run, Action, Receiver, SECRET};
use serde_json::Value;

const GATE: &str = "dev.verdict.gate.verdict.v1";
const OPENED: &str = "dev.verdict.finding.opened.v1";
const RESOLVED: &str = "dev.verdict.finding.resolved.v1";
const WAIVED: &str = "dev.verdict.finding.waived.v1";

fn markers() -> String {
    root().join("tests/policies/markers").display().to_string()
}

/// Three files, four findings: every `MARK-…` string is one.
fn fixture() -> tempfile::TempDir {
    tree(&[
        ("k8s/a.yaml", "name: MARK-a1\nimage: MARK-a2\n"),
        ("b.json", "{\"x\": \"MARK-b1\"}\n"),
        ("c.yaml", "clean: true\n"),
        ("d.yaml", "# verdict:ignore[test.markers.deny] known, fixed in the next release\nlabel: MARK-d1\n"),
    ])
}

fn path_str(p: &Path) -> String {
    p.display().to_string()
}

fn ids(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn of_type<'a>(events: &'a [Value], ty: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["type"] == ty).collect()
}

#[test]
fn the_command_line_is_consistent() {
    use clap::CommandFactory;
    verdict::cli::Cli::command().debug_assert();
}

#[test]
fn every_event_arrives_exactly_once_or_is_dead_lettered() {
    let dir = fixture();
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (all_file, dead) = (
        out.path().join("events.jsonl"),
        out.path().join("dead.jsonl"),
    );
    // The first event meets every failure a network offers, in turn; the
    // gate event is refused (400) and must not be retried.
    let rx = Receiver::start(|n, req| {
        if req.events.iter().any(|e| e["type"] == GATE) {
            return Action::Status(400, Vec::new());
        }
        match n {
            0 => Action::Status(500, Vec::new()),
            1 => Action::Status(503, Vec::new()),
            2 => Action::Drop,
            3 => Action::Slow(Duration::from_millis(1500)),
            4 => Action::Status(429, vec![("retry-after", "1".into())]),
            _ => Action::Accept,
        }
    });
    let r = run(
        dir.path(),
        &[
            "scan",
            ".",
            "-p",
            &markers(),
            "--events",
            &path_str(&all_file),
            "--events-url",
            &rx.url,
            "--events-timeout",
            "0.5",
            "--events-retries",
            "6",
            "--events-backoff",
            "0.05",
            "--events-dead-letter",
            &path_str(&dead),
        ],
        &[("VERDICT_WEBHOOK_SECRET", SECRET)],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let all = read_lines(&all_file);
    assert_valid_events(&all);
    assert_eq!(of_type(&all, OPENED).len(), 3, "{all:#?}");
    assert_eq!(
        of_type(&all, WAIVED).len(),
        1,
        "inline-ignored on first sight"
    );
    assert_eq!(of_type(&all, GATE).len(), 1);

    let requests = rx.requests();
    assert!(requests.iter().all(|q| q.signature_ok), "{requests:#?}");
    // Retries carry the same event id, as `webhook-id` too.
    let first = &requests[0].event_ids();
    for q in &requests[..6] {
        assert_eq!(&q.event_ids(), first, "{q:?}");
        assert_eq!(q.headers.get("webhook-id"), first.first());
        assert!(q.headers["content-type"].starts_with("application/cloudevents+json"));
    }
    // Retry-After: 1 was honoured.
    assert!(
        requests[5].at.duration_since(requests[4].at) >= Duration::from_millis(950),
        "retried {:?} after the 429",
        requests[5].at.duration_since(requests[4].at)
    );

    let accepted = ids(&rx.accepted());
    let dead_letters = read_lines(&dead);
    let dead_ids = ids(&dead_letters);
    let mut seen = BTreeMap::<&str, usize>::new();
    for id in &accepted {
        *seen.entry(id).or_default() += 1;
    }
    assert!(seen.values().all(|&n| n == 1), "duplicates: {seen:?}");
    let delivered: BTreeSet<&String> = accepted.iter().collect();
    let undelivered: BTreeSet<&String> = dead_ids.iter().collect();
    let everything: BTreeSet<String> = ids(&all).into_iter().collect();
    assert!(delivered.is_disjoint(&undelivered));
    assert_eq!(
        delivered
            .union(&undelivered)
            .map(|s| s.to_string())
            .collect::<BTreeSet<_>>(),
        everything
    );
    // The refused gate event: asked once, never again, and dead-lettered as sent.
    assert_eq!(dead_letters.len(), 1);
    assert_eq!(dead_letters[0]["type"], GATE);
    let gate_requests = requests
        .iter()
        .filter(|q| q.event_ids() == dead_ids)
        .count();
    assert_eq!(gate_requests, 1, "a 400 is final");
    assert_eq!(dead_letters[0], *of_type(&all, GATE)[0]);
    assert!(
        r.stderr.contains(&path_str(&dead)) && r.stderr.contains("verdict events replay"),
        "{r:?}"
    );
    assert!(!r.stderr.contains(SECRET) && !r.stderr.contains("c2VjcmV0"));

    // Replay delivers the dead letters, with their ids, and removes the file.
    let good = Receiver::start(|_, _| Action::Accept);
    let r = run(
        dir.path(),
        &[
            "events",
            "replay",
            &path_str(&dead),
            "--events-url",
            &good.url,
        ],
        &[("VERDICT_WEBHOOK_SECRET", SECRET)],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(ids(&good.accepted()), dead_ids);
    assert!(good.requests().iter().all(|q| q.signature_ok));
    assert!(!dead.exists(), "{r:?}");
}

#[test]
fn replay_keeps_only_what_still_fails() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dead = dir.path().join("dead.jsonl");
    let events: Vec<String> = (0..3)
        .map(|i| {
            format!(
                r#"{{"specversion":"1.0","id":"ev-{i}","source":"urn:test","type":"{OPENED}","data":{{}}}}"#
            )
        })
        .collect();
    std::fs::write(&dead, events.join("\n") + "\nnot json\n").unwrap_or_else(|e| panic!("{e}"));
    let rx = Receiver::start(|_, req| {
        if req.event_ids() == ["ev-1"] {
            Action::Status(422, Vec::new())
        } else {
            Action::Accept
        }
    });
    let r = run(
        dir.path(),
        &["events", "replay", "dead.jsonl", "--events-url", &rx.url],
        &[("VERDICT_WEBHOOK_SECRET", SECRET)],
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(ids(&rx.accepted()), ["ev-0", "ev-2"]);
    let left = std::fs::read_to_string(&dead).unwrap_or_default();
    assert_eq!(left, "not json\n".to_string() + &events[1] + "\n", "{r:?}");
    assert!(r.stderr.contains("dead.jsonl:4"), "{r:?}");
}

#[test]
fn batches_are_arrays_and_a_retried_batch_keeps_its_id() {
    let dir = fixture();
    let rx = Receiver::start(|n, _| {
        if n == 0 {
            Action::Status(503, vec![("retry-after", "0".into())])
        } else {
            Action::Accept
        }
    });
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let all_file = out.path().join("events.jsonl");
    let r = run(
        dir.path(),
        &[
            "scan",
            ".",
            "-p",
            &markers(),
            "--events",
            &path_str(&all_file),
            "--events-url",
            &rx.url,
            "--events-batch",
            "10",
            "--events-backoff",
            "0.01",
        ],
        &[("VERDICT_WEBHOOK_SECRET", SECRET)],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let requests = rx.requests();
    assert!(requests.iter().all(|q| q.signature_ok
        && q.headers["content-type"].starts_with("application/cloudevents-batch+json")));
    assert_eq!(
        requests[0].headers["webhook-id"],
        requests[1].headers["webhook-id"]
    );
    let mut got = ids(&rx.accepted());
    let mut want = ids(&read_lines(&all_file));
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn an_unset_secret_sends_unsigned_and_says_so() {
    let dir = fixture();
    let rx = Receiver::start(|_, _| Action::Accept);
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dead = out.path().join("dead.jsonl");
    let r = run(
        dir.path(),
        &[
            "scan",
            ".",
            "-p",
            &markers(),
            "--events-url",
            &rx.url,
            "--events-dead-letter",
            &path_str(&dead),
        ],
        &[],
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stderr.contains("VERDICT_WEBHOOK_SECRET is not set"),
        "{r:?}"
    );
    // The receiver refuses unsigned requests (401): final, so dead-lettered at once.
    assert!(rx.requests().iter().all(|q| !q.signature_ok));
    assert_eq!(rx.requests().len(), read_lines(&dead).len());
}

/// Scan `dir` with `--state`; the events this run emitted.
fn scan_with_state(dir: &Path, state: &Path, paths: &[&str]) -> (receiver::Out, Vec<Value>) {
    let events = dir.join("..").join(format!(
        "events-{}.jsonl",
        state
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned())
    ));
    let _ = std::fs::remove_file(&events);
    let mut args = vec!["scan"];
    args.extend_from_slice(paths);
    let (policy, state_s, events_s) = (markers(), path_str(state), path_str(&events));
    args.extend_from_slice(&["-p", &policy, "--state", &state_s, "--events", &events_s]);
    let r = run(dir, &args, &[]);
    let got = read_lines(&events);
    assert_valid_events(&got);
    (r, got)
}

fn subjects(events: &[Value], ty: &str) -> Vec<String> {
    of_type(events, ty)
        .iter()
        .map(|e| {
            e["data"]["message"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[test]
fn state_emits_only_what_changed_and_only_for_files_scanned_again() {
    let base = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = base.path().join("repo");
    for (rel, text) in [
        ("a.yaml", "name: MARK-a1\n"),
        ("b.yaml", "name: MARK-b1\n"),
        ("c.yaml", "name: fine\n"),
        ("sub/e.yaml", "name: MARK-e1\n"),
    ] {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap_or(&dir)).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(p, text).unwrap_or_else(|e| panic!("{e}"));
    }
    let state = base.path().join("state.json");

    let (r, ev) = scan_with_state(&dir, &state, &["."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(subjects(&ev, OPENED), ["MARK-a1", "MARK-b1", "MARK-e1"]);
    assert_eq!(of_type(&ev, GATE)[0]["data"]["events"]["opened"], 3);

    // Nothing changed: no finding events, only the gate.
    let (_, ev) = scan_with_state(&dir, &state, &["."]);
    assert_eq!(ev.len(), 1, "{ev:#?}");
    assert_eq!(ev[0]["data"]["events"]["unchanged"], 3);

    // Fix a, break c: exactly one resolved and one opened.
    std::fs::write(dir.join("a.yaml"), "name: fixed\n").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("c.yaml"), "name: MARK-c1\n").unwrap_or_else(|e| panic!("{e}"));
    let (_, ev) = scan_with_state(&dir, &state, &["."]);
    assert_eq!(subjects(&ev, RESOLVED), ["MARK-a1"], "{ev:#?}");
    assert_eq!(subjects(&ev, OPENED), ["MARK-c1"], "{ev:#?}");
    assert_eq!(ev.len(), 3, "{ev:#?}");
    let resolved = of_type(&ev, RESOLVED)[0];
    assert_eq!(resolved["data"]["compliance"]["status_id"], 1);
    assert_eq!(resolved["data"]["unmapped"]["file"], "a.yaml");
    assert!(resolved["data"]["finding_info"]["first_seen_time"].is_i64());

    // A file that no longer parses has not been fixed; one outside the
    // scanned paths is not looked at: neither is resolved.
    std::fs::write(dir.join("b.yaml"), "name: [unclosed\n").unwrap_or_else(|e| panic!("{e}"));
    let (r, ev) = scan_with_state(&dir, &state, &["b.yaml", "c.yaml"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(ev.len(), 1, "only the gate: {ev:#?}");
    assert_eq!(ev[0]["data"]["outcome"], "error");

    // A deleted file in a scanned folder is resolved.
    std::fs::remove_file(dir.join("sub/e.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let (_, ev) = scan_with_state(&dir, &state, &["sub"]);
    assert_eq!(subjects(&ev, RESOLVED), ["MARK-e1"], "{ev:#?}");

    let saved: Value = common::read_json(&state);
    let files: Vec<&String> = saved["files"]
        .as_object()
        .map_or(Vec::new(), |m| m.keys().collect());
    assert_eq!(files, ["b.yaml", "c.yaml"]);
    assert!(!PathBuf::from(format!("{}.lock", state.display())).exists());
}

#[test]
fn a_locked_state_stops_the_run() {
    let dir = fixture();
    let state = dir.path().join("state.json");
    std::fs::write(dir.path().join("state.json.lock"), "pid 1").unwrap_or_else(|e| panic!("{e}"));
    let r = run(
        dir.path(),
        &[
            "scan",
            "k8s",
            "-p",
            &markers(),
            "--state",
            "state.json",
            "--events",
            "ev.jsonl",
        ],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("locked by another verdict run"), "{r:?}");
    assert!(!state.exists());
}

#[test]
fn state_needs_a_sink_and_stdout_events_need_file_reports() {
    let dir = fixture();
    let r = run(
        dir.path(),
        &["scan", ".", "-p", &markers(), "--state", "s.json"],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--state needs"), "{r:?}");
    let r = run(
        dir.path(),
        &["scan", ".", "-p", &markers(), "--events", "-"],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
    let r = run(
        dir.path(),
        &[
            "scan",
            ".",
            "-p",
            &markers(),
            "--events",
            "-",
            "-f",
            "json=r.json",
        ],
        &[],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let events: Vec<Value> = parse_lines(&r.stdout);
    assert_valid_events(&events);
    assert_eq!(events.last().map(|e| e["type"].clone()), Some(GATE.into()));
    let r = run(
        dir.path(),
        &["scan", ".", "--events-url", "ftp://example.com/x"],
        &[],
    );
    assert_eq!(r.code, 2, "{r:?}");
}

#[test]
fn a_receiver_that_is_down_costs_one_retry_cycle_not_one_per_event() {
    let dir = fixture();
    // A port nobody listens on any more: connections are refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("{e}"));
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (all_file, dead) = (
        out.path().join("events.jsonl"),
        out.path().join("dead.jsonl"),
    );
    let started = std::time::Instant::now();
    let r = run(
        dir.path(),
        &[
            "scan",
            ".",
            "-p",
            &markers(),
            "--events",
            &path_str(&all_file),
            "--events-url",
            &format!("http://127.0.0.1:{port}/x"),
            "--events-retries",
            "3",
            "--events-backoff",
            "0.2",
            "--events-dead-letter",
            &path_str(&dead),
        ],
        &[("VERDICT_WEBHOOK_SECRET", SECRET)],
    );
    assert_eq!(r.code, 1, "{r:?}");
    // One event's retries (0.1–0.2 + 0.2–0.4 + 0.4–0.8 s), not five events'.
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(ids(&read_lines(&dead)), ids(&read_lines(&all_file)));
    assert!(r.stderr.contains("looks down"), "{r:?}");
    assert!(r.stderr.contains("4 events not tried"), "{r:?}");
    assert!(
        r.stderr.contains("5 events could not be delivered"),
        "{r:?}"
    );
}
