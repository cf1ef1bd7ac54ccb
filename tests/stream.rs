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
use receiver::{assert_valid_events, command, read_lines, Action, Receiver, SECRET};
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
    let r = receiver::Out::from(
        command(dir.path(), &["stream", "-p", &policy()], &[])
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
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stderr.contains("stream: line 2: invalid JSON"), "{r:?}");
    assert!(
        r.stderr
            .contains("stream: line 5: a Falco event must be a JSON object"),
        "{r:?}"
    );
    // Events go to stdout by default.
    let events: Vec<Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
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
