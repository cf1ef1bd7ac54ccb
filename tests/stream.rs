//! `verdict stream` end to end: events leave as each line arrives (file
//! sink and webhook), bad lines are skipped with a reason, repeats are held
//! back and counted, and SIGTERM or EOF finish cleanly.

mod common;
mod receiver;

use std::io::Write;
use std::path::Path;
use std::process::{Child, ChildStdin, Stdio};
use std::time::{Duration, Instant};

use common::root;
use receiver::{assert_valid_events, command, parse_lines, read_lines, Action, Receiver, SECRET};
use serde_json::{json, Value};

fn policy() -> String {
    root().join("tests/policies/falco").display().to_string()
}

fn shell(pod: &str, host: &str) -> String {
    json!({
        "output": "10:00:00.000000000: Notice A shell was spawned in a container",
        "priority": "Notice",
        "rule": "Terminal shell in container",
        "hostname": host,
        "time": "2026-05-01T10:00:00.000000000Z",
        "output_fields": {
            "container.id": "0123abcd",
            "k8s.ns.name": "shop",
            "k8s.pod.name": pod,
            "proc.name": "bash",
        }
    })
    .to_string()
}

fn binary_write(file: &str) -> String {
    json!({
        "output": "Error File below a known binary directory opened for writing",
        "priority": "Error",
        "rule": "Write below binary dir",
        "hostname": "node-1",
        "output_fields": {"fd.name": file, "proc.cmdline": format!("touch {file}")}
    })
    .to_string()
}

fn spawn(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (Child, ChildStdin) {
    let mut child = command(dir, args, env)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn verdict stream: {e}"));
    let stdin = child
        .stdin
        .take()
        .unwrap_or_else(|| panic!("no stdin for the child"));
    (child, stdin)
}

fn send(stdin: &mut ChildStdin, line: &str) {
    stdin
        .write_all(format!("{line}\n").as_bytes())
        .and_then(|()| stdin.flush())
        .unwrap_or_else(|e| panic!("writing to verdict stream: {e}"));
}

/// Wait (bounded) until the file holds `n` events.
fn wait_for(path: &Path, n: usize) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        // A line is complete once its newline is written (one write per event).
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if text.matches('\n').count() >= n {
            return read_lines(path);
        }
        assert!(
            Instant::now() < deadline,
            "{} holds {} events, expected {n}",
            path.display(),
            text.matches('\n').count()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

struct Finished {
    code: i32,
    stdout: String,
    stderr: String,
}

fn finish(child: Child) -> Finished {
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("waiting for verdict stream: {e}"));
    Finished {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn each_event_is_written_before_the_next_line_arrives() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let events = dir.path().join("events.jsonl");
    let (child, mut stdin) = spawn(
        dir.path(),
        &["stream", "-p", &policy(), "--events", "events.jsonl"],
        &[],
    );
    let lines = [
        shell("web-1", "node-1"),
        binary_write("/bin/evil"),
        shell("web-2", "node-1"),
    ];
    for (i, line) in lines.iter().enumerate() {
        send(&mut stdin, line);
        // The writer pauses: the event must be out before the next line.
        let got = wait_for(&events, i + 1);
        assert_eq!(got.len(), i + 1);
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(stdin);
    let f = finish(child);
    assert_eq!(f.code, 0, "{}", f.stderr);
    let got = read_lines(&events);
    assert_valid_events(&got);
    let first = &got[0]["data"];
    assert_eq!(first["class_uid"], 2004, "runtime: a Detection Finding");
    assert_eq!(first["type_uid"], 200401);
    assert_eq!(first["finding_info"]["analytic"]["uid"], "TEST-RT-001");
    assert_eq!(
        first["unmapped"]["response"],
        json!({"action": "isolate-pod", "requires_approval": true})
    );
    assert_eq!(first["unmapped"]["line"], 1);
    assert_eq!(
        first["evidences"][0]["data"]["output_fields"]["k8s.pod.name"],
        "web-1"
    );
    assert_eq!(
        got[1]["data"]["unmapped"]["response"]["requires_approval"],
        false
    );
    assert_eq!(got[1]["data"]["severity_id"], 5);
    assert!(
        f.stderr.contains("3 lines, 3 events emitted"),
        "{}",
        f.stderr
    );
}

#[test]
fn each_event_reaches_the_webhook_before_the_next_line_arrives() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // One transient failure on the way: the event still arrives, retried.
    let rx = Receiver::start(|n, _| {
        if n == 1 {
            Action::Status(502, Vec::new())
        } else {
            Action::Accept
        }
    });
    let (child, mut stdin) = spawn(
        dir.path(),
        &[
            "stream",
            "-p",
            &policy(),
            "--events-url",
            &rx.url,
            "--events-backoff",
            "0.01",
        ],
        &[("VERDICT_WEBHOOK_SECRET", SECRET)],
    );
    let mut seen = Vec::new();
    for i in 0..4 {
        send(&mut stdin, &binary_write(&format!("/usr/bin/tool-{i}")));
        let e = rx
            .live
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|e| panic!("event {i} did not reach the receiver: {e}"));
        assert_eq!(
            e["data"]["message"],
            format!("`touch /usr/bin/tool-{i}` wrote /usr/bin/tool-{i}")
        );
        seen.push(e);
    }
    drop(stdin);
    let f = finish(child);
    assert_eq!(f.code, 0, "{}", f.stderr);
    assert_valid_events(&seen);
    assert!(rx.requests().iter().all(|q| q.signature_ok));
    assert_eq!(rx.accepted().len(), 4);
}

#[test]
fn bad_lines_are_reported_and_skipped_and_repeats_are_counted() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let input = [
        shell("web-1", "node-1"),
        "{\"rule\": \"Terminal shell in container\",".to_string(),
        shell("web-1", "node-1"),
        String::new(),
        "[1, 2]".to_string(),
        shell("web-1", "node-1"),
        shell("api-1", "ci-runner"),
        binary_write("/sbin/x"),
    ]
    .join("\n");
    let r = stream_all(dir.path(), &["-p", &policy()], &input);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stderr.contains("stream: line 2: invalid JSON"), "{r:?}");
    assert!(
        r.stderr
            .contains("stream: line 5: a Falco event must be a JSON object"),
        "{r:?}"
    );
    // Events go to stdout by default.
    let events: Vec<Value> = parse_lines(&r.stdout);
    assert_valid_events(&events);
    let types: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert_eq!(
        types,
        [
            "dev.verdict.finding.opened.v1",
            // The exception in the policy covers shells on the CI runner.
            "dev.verdict.finding.waived.v1",
            "dev.verdict.finding.opened.v1",
        ],
        "{r:?}"
    );
    assert_eq!(
        events[1]["data"]["unmapped"]["suppression"]["kind"],
        "exception"
    );
    assert!(
        r.stderr
            .contains("8 lines, 3 events emitted, 2 duplicates within the dedupe window not re-sent, 2 malformed lines"),
        "{r:?}"
    );
}

#[test]
fn a_repeat_after_the_window_carries_the_count() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let events = dir.path().join("events.jsonl");
    let (child, mut stdin) = spawn(
        dir.path(),
        &[
            "stream",
            "-p",
            &policy(),
            "--events",
            "events.jsonl",
            "--dedupe-window",
            "0.3",
        ],
        &[],
    );
    send(&mut stdin, &shell("web-1", "node-1"));
    wait_for(&events, 1);
    send(&mut stdin, &shell("web-1", "node-1"));
    send(&mut stdin, &shell("web-1", "node-1"));
    std::thread::sleep(Duration::from_millis(400));
    send(&mut stdin, &shell("web-1", "node-1"));
    let got = wait_for(&events, 2);
    assert_eq!(got[1]["data"]["count"], 3, "{:#}", got[1]);
    assert_eq!(got[1]["data"]["unmapped"]["suppressed_duplicates"], 2);
    assert_eq!(got[0]["subject"], got[1]["subject"]);
    assert_ne!(got[0]["id"], got[1]["id"]);
    drop(stdin);
    assert_eq!(finish(child).code, 0);
}

#[test]
fn sigterm_finishes_cleanly() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let events = dir.path().join("events.jsonl");
    let (child, mut stdin) = spawn(
        dir.path(),
        &["stream", "-p", &policy(), "--events", "events.jsonl"],
        &[],
    );
    send(&mut stdin, &binary_write("/bin/a"));
    wait_for(&events, 1);
    // stdin stays open: only the signal can end the run.
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap_or_else(|e| panic!("kill: {e}"));
    assert!(killed.success());
    let started = Instant::now();
    let f = finish(child);
    drop(stdin);
    assert_eq!(f.code, 0, "{}", f.stderr);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(f.stderr.contains("SIGTERM"), "{}", f.stderr);
    assert!(f.stderr.contains("1 line, 1 event emitted"), "{}", f.stderr);
    assert!(f.stdout.is_empty());
}

/// `verdict stream ARGS` with `input` on stdin, to the end.
fn stream_all(dir: &Path, args: &[&str], input: &str) -> receiver::Out {
    let mut all = vec!["stream"];
    all.extend_from_slice(args);
    receiver::Out::from(
        command(dir, &all, &[])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                if let Some(mut s) = c.stdin.take() {
                    s.write_all(input.as_bytes())?;
                }
                c.wait_with_output()
            })
            .unwrap_or_else(|e| panic!("{e}")),
    )
}

/// Events without what differs from one run to the next (ids, clocks).
fn comparable(stdout: &str) -> Vec<Value> {
    parse_lines(stdout)
        .into_iter()
        .map(|mut e| {
            for k in ["id", "time"] {
                e.as_object_mut().map(|o| o.remove(k));
            }
            if let Some(d) = e["data"].as_object_mut() {
                d.remove("time");
                if let Some(f) = d.get_mut("finding_info").and_then(Value::as_object_mut) {
                    f.retain(|k, _| !k.ends_with("_time"));
                }
            }
            e
        })
        .collect()
}

#[test]
fn events_alike_in_what_the_rules_read_reuse_one_decision_with_the_same_result() {
    let Some(corpus) = common::shared("corpus/falco-events") else {
        return;
    };
    let mut events: Vec<Value> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|p| serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok())
        .collect();
    events.sort_by_key(|e| e.to_string());
    assert!(events.len() > 10, "{}", corpus.display());
    // Three rounds of the corpus, each event with new time stamps, as a
    // live Falco would send them.
    let mut input = String::new();
    for round in 0..3 {
        for e in &events {
            let mut e = e.clone();
            e["time"] = json!(format!("2026-11-28T10:00:0{round}.000000000Z"));
            if let Some(fields) = e["output_fields"].as_object_mut() {
                fields.insert(
                    "evt.time".into(),
                    json!(1_795_860_000_000_000_000u64 + round),
                );
            }
            input.push_str(&e.to_string());
            input.push('\n');
        }
    }
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let args = ["--dedupe-window", "0", "--jobs", "1", "--latency-report"];
    let reused = stream_all(dir.path(), &args, &input);
    let fresh = stream_all(
        dir.path(),
        &[&args[..], &["--decision-cache", "0"]].concat(),
        &input,
    );
    assert_eq!((reused.code, fresh.code), (0, 0), "{reused:?}\n{fresh:?}");
    let (a, b) = (comparable(&reused.stdout), comparable(&fresh.stdout));
    assert!(a.len() >= 3, "the corpus raises findings: {reused:?}");
    assert_eq!(a, b, "reused decisions must equal evaluated ones");
    // At least the second and third rounds come from the first.
    let n = 2 * events.len();
    let line = reused
        .stderr
        .lines()
        .find(|l| l.starts_with("decisions: "))
        .unwrap_or_else(|| panic!("{reused:?}"));
    let count: usize = line["decisions: ".len()..]
        .split(' ')
        .next()
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("{line}"));
    assert!(count >= n, "{line}");
    assert!(fresh.stderr.contains("decisions: 0 of"), "{fresh:?}");
}

#[test]
fn a_decision_is_reused_only_when_everything_the_policy_can_read_is_equal() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // The field is chosen at run time: the whole `output_fields` counts as read.
    std::fs::write(
        dir.path().join("any_field.rego"),
        "package any_field\n\nimport rego.v1\n\ndeny contains msg if {\n\tsome k, v in input.output_fields\n\tstartswith(k, \"secret.\")\n\tmsg := sprintf(\"%s is %v\", [k, v])\n}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // This one may read anything at all.
    std::fs::write(
        dir.path().join("whole.rego"),
        "package whole\n\nimport rego.v1\n\ndeny contains msg if {\n\tmsg := object.get(input, \"note\", null)\n\tis_string(msg)\n}\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let line = |v: u32, t: u32| {
        json!({"rule": "r", "time": t, "output_fields": {"secret.x": v}}).to_string()
    };
    let input = format!("{}\n{}\n{}\n", line(1, 1), line(2, 2), line(1, 3));
    let titles = |out: &receiver::Out| -> Vec<String> {
        out.stdout
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|e| {
                e["data"]["finding_info"]["title"]
                    .as_str()
                    .map(String::from)
            })
            .collect()
    };
    let args = ["--dedupe-window", "0", "--jobs", "1", "--latency-report"];
    let out = stream_all(
        dir.path(),
        &[&["-p", "any_field.rego"], &args[..]].concat(),
        &input,
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert_eq!(
        titles(&out),
        ["secret.x is 1", "secret.x is 2", "secret.x is 1"],
        "{out:?}"
    );
    // Only line 3 equals an earlier line (line 1) in every field read.
    assert!(out.stderr.contains("decisions: 1 of 3"), "{out:?}");

    let notes = format!(
        "{}\n{}\n",
        json!({"rule": "r", "note": "first"}),
        json!({"rule": "r", "note": "second"})
    );
    let out = stream_all(
        dir.path(),
        &[&["-p", "whole.rego"], &args[..]].concat(),
        &notes,
    );
    assert_eq!(titles(&out), ["first", "second"], "{out:?}");
    assert!(
        out.stderr.contains(
            "stream: every event is evaluated afresh: whole.rego:6: reads the whole input"
        ),
        "{out:?}"
    );
    assert!(out.stderr.contains("decisions: 0 of 2"), "{out:?}");
}

#[test]
fn a_reused_decision_still_names_its_own_line_and_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let events = dir.path().join("events.jsonl");
    // Same pod, process and rule; only the time differs.
    let mut a: Value = serde_json::from_str(&shell("web-1", "node-1")).unwrap_or_default();
    let mut b = a.clone();
    a["time"] = json!("2026-11-28T10:00:00Z");
    b["time"] = json!("2026-11-28T10:00:01Z");
    let input = format!("{a}\n{b}\n");
    let out = stream_all(
        dir.path(),
        &[
            "-p",
            &policy(),
            "--events",
            "events.jsonl",
            "--dedupe-window",
            "0",
            "--jobs",
            "1",
            "--latency-report",
        ],
        &input,
    );
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stderr.contains("decisions: 1 of 2"), "{out:?}");
    let got = read_lines(&events);
    assert_eq!(got.len(), 2, "{out:?}");
    assert_eq!(got[0]["subject"], got[1]["subject"], "one finding, twice");
    assert_eq!(got[0]["data"]["unmapped"]["line"], 1);
    assert_eq!(got[1]["data"]["unmapped"]["line"], 2);
    assert_eq!(
        got[1]["data"]["evidences"][0]["data"]["time"],
        "2026-11-28T10:00:01Z"
    );
}

#[test]
fn a_waived_runtime_finding_is_sent_as_waived_until_its_waiver_expires() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        dir.path().join("waivers.yaml"),
        "waivers:\n  - rule: TEST-RT-001\n    resource: shop/debug-0\n    reason: break-glass debugging, INC-4711\n    owner: sre-oncall\n    expires: 2999-01-01\n  - rule: TEST-RT-001\n    resource: shop/old-0\n    reason: ended long ago\n    owner: sre-oncall\n    expires: 2020-01-01\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let input = format!(
        "{}\n{}\n{}\n",
        shell("debug-0", "node-1"),
        shell("web-1", "node-1"),
        shell("old-0", "node-1")
    );
    let out = stream_all(
        dir.path(),
        &["-p", &policy(), "--waivers", "waivers.yaml"],
        &input,
    );
    assert_eq!(out.code, 0, "{out:?}");
    let events: Vec<Value> = parse_lines(&out.stdout);
    assert_valid_events(&events);
    let types: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert_eq!(
        types,
        [
            "dev.verdict.finding.waived.v1",
            "dev.verdict.finding.opened.v1",
            "dev.verdict.finding.opened.v1",
        ],
        "{out:?}"
    );
    let why = &events[0]["data"]["unmapped"]["suppression"];
    assert_eq!(why["kind"], "waiver", "{why}");
    assert_eq!(why["owner"], "sre-oncall", "{why}");
    assert!(
        out.stderr.contains("waivers.yaml:7") && out.stderr.contains("expired on 2020-01-01"),
        "{out:?}"
    );

    // A waiver that never ends needs saying so.
    std::fs::write(
        dir.path().join("forever.yaml"),
        "waivers:\n  - rule: TEST-RT-001\n    reason: r\n    owner: o\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let refused = stream_all(
        dir.path(),
        &["-p", &policy(), "--waivers", "forever.yaml"],
        "",
    );
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(
        refused.stderr.contains("forever.yaml:2") && refused.stderr.contains("no `expires` date"),
        "{refused:?}"
    );
}
