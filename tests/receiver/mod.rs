//! A webhook receiver for tests: a real HTTP/1.1 server on 127.0.0.1 that
//! verifies Standard Webhooks signatures and misbehaves when told to (error
//! statuses, dropped connections, answers slower than the client waits).
//! Loopback only; every connection thread ends with its client or after a
//! bounded read timeout, and the accept loop ends when the receiver is dropped.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

/// The secret the tests sign with, as `VERDICT_WEBHOOK_SECRET` holds it.
pub const SECRET: &str = "whsec_c2VjcmV0LWtleS1mb3ItdmVyZGljdC10ZXN0cw==";

/// What to do with one request.
#[derive(Clone, Debug)]
pub enum Action {
    /// 200, and the events count as received.
    Accept,
    /// Answer with this status (and headers); the events do not count.
    Status(u16, Vec<(&'static str, String)>),
    /// Read the request, then close the connection without an answer.
    Drop,
    /// Answer 200 only after this long (past the client's timeout).
    Slow(Duration),
}

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Request {
    pub n: usize,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
    /// The CloudEvents in the body (one, or a batch).
    pub events: Vec<Value>,
    pub signature_ok: bool,
    pub action: String,
    /// When the request was read.
    pub at: Instant,
}

impl Request {
    pub fn event_ids(&self) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|e| e["id"].as_str().map(String::from))
            .collect()
    }
}

#[derive(Default)]
pub struct Log {
    pub requests: Vec<Request>,
    /// Events answered with 200 in time, in arrival order.
    pub accepted: Vec<Value>,
}

type Plan = dyn Fn(usize, &Request) -> Action + Send + Sync;

pub struct Receiver {
    pub url: String,
    log: Arc<Mutex<Log>>,
    /// Each accepted event, as it arrives.
    pub live: mpsc::Receiver<Value>,
    stop: Arc<AtomicBool>,
    port: u16,
}

impl Receiver {
    /// Serve with `plan` deciding each request's fate (`n` counts from 0).
    pub fn start(plan: impl Fn(usize, &Request) -> Action + Send + Sync + 'static) -> Receiver {
        let listener =
            TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("bind 127.0.0.1: {e}"));
        let port = listener
            .local_addr()
            .unwrap_or_else(|e| panic!("local_addr: {e}"))
            .port();
        let log = Arc::new(Mutex::new(Log::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (tx, live) = mpsc::channel();
        let plan: Arc<Plan> = Arc::new(plan);
        let counter = Arc::new(AtomicUsize::new(0));
        {
            let (log, stop) = (log.clone(), stop.clone());
            std::thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let Ok(conn) = conn else { continue };
                    let (log, plan, counter, tx) =
                        (log.clone(), plan.clone(), counter.clone(), tx.clone());
                    std::thread::spawn(move || serve(conn, &log, &*plan, &counter, &tx));
                }
            });
        }
        Receiver {
            url: format!("http://127.0.0.1:{port}/hooks/verdict"),
            log,
            live,
            stop,
            port,
        }
    }

    pub fn requests(&self) -> Vec<Request> {
        self.lock().requests.clone()
    }

    pub fn accepted(&self) -> Vec<Value> {
        self.lock().accepted.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Log> {
        self.log.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(
    conn: TcpStream,
    log: &Mutex<Log>,
    plan: &Plan,
    counter: &AtomicUsize,
    live: &mpsc::Sender<Value>,
) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(mut writer) = conn.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(conn);
    // Keep-alive: serve requests until the client closes.
    while let Some((headers, body)) = read_request(&mut reader) {
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let events = parse_events(&headers, &body);
        let mut req = Request {
            n,
            signature_ok: verify(&headers, &body),
            headers,
            body,
            events,
            action: String::new(),
            at: Instant::now(),
        };
        let action = if req.signature_ok {
            plan(n, &req)
        } else {
            Action::Status(401, Vec::new())
        };
        req.action = format!("{action:?}");
        let accepted = matches!(action, Action::Accept);
        {
            let mut l = log.lock().unwrap_or_else(|e| e.into_inner());
            if accepted {
                l.accepted.extend(req.events.iter().cloned());
            }
            l.requests.push(req.clone());
        }
        if accepted {
            for e in &req.events {
                let _ = live.send(e.clone());
            }
        }
        let ok = match action {
            Action::Accept => respond(&mut writer, 200, &[]),
            Action::Status(code, headers) => respond(&mut writer, code, &headers),
            Action::Drop => return,
            Action::Slow(d) => {
                std::thread::sleep(d);
                respond(&mut writer, 200, &[])
            }
        };
        if !ok {
            return;
        }
    }
}

fn respond(w: &mut TcpStream, code: u16, headers: &[(&'static str, String)]) -> bool {
    let mut head = format!("HTTP/1.1 {code} Test\r\ncontent-length: 0\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    w.write_all(head.as_bytes())
        .and_then(|()| w.flush())
        .is_ok()
}

/// Minimal HTTP/1.1: a request line, headers, a `content-length` body.
fn read_request(r: &mut BufReader<TcpStream>) -> Option<(HashMap<String, String>, Vec<u8>)> {
    let mut line = String::new();
    if r.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
    }
    let len: usize = headers.get("content-length")?.parse().ok()?;
    let mut body = vec![0; len];
    r.read_exact(&mut body).ok()?;
    Some((headers, body))
}

fn parse_events(headers: &HashMap<String, String>, body: &[u8]) -> Vec<Value> {
    let v: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let batch = headers
        .get("content-type")
        .is_some_and(|c| c.starts_with("application/cloudevents-batch+json"));
    match v {
        Value::Array(items) if batch => items,
        Value::Object(_) if !batch => vec![v],
        _ => Vec::new(),
    }
}

/// The receiving side of Standard Webhooks, written independently of
/// verdict's signer: HMAC-SHA256 over `id.timestamp.body` with the base64
/// key after `whsec_`, a fresh timestamp, and `v1,` signatures.
pub fn verify(headers: &HashMap<String, String>, body: &[u8]) -> bool {
    let (Some(id), Some(ts), Some(sigs)) = (
        headers.get("webhook-id"),
        headers.get("webhook-timestamp"),
        headers.get("webhook-signature"),
    ) else {
        return false;
    };
    let Ok(ts_num) = ts.parse::<u64>() else {
        return false;
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    if now.abs_diff(ts_num) > 300 {
        return false;
    }
    let Some(key) = SECRET
        .strip_prefix("whsec_")
        .and_then(|k| STANDARD.decode(k).ok())
    else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&key) else {
        return false;
    };
    mac.update(format!("{id}.{ts}.").as_bytes());
    mac.update(body);
    let expected = STANDARD.encode(mac.finalize().into_bytes());
    // The header may carry several space-separated signatures.
    sigs.split(' ')
        .any(|s| s.strip_prefix("v1,") == Some(expected.as_str()))
}

/// What a run of the binary printed.
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Out {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// A `verdict` command in `dir` with `env`, without proxy settings (the
/// receiver is on loopback) and without a webhook secret unless `env` gives one.
pub fn command(
    dir: &std::path::Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_verdict"));
    cmd.args(args).current_dir(dir);
    for k in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "VERDICT_WEBHOOK_SECRET",
    ] {
        cmd.env_remove(k);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

pub fn run(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Out {
    let out = command(dir, args, env)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("running verdict: {e}"));
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// JSON Lines → values (a missing file is empty).
pub fn read_lines(path: &std::path::Path) -> Vec<Value> {
    parse_lines(&std::fs::read_to_string(path).unwrap_or_default())
}

/// JSON Lines (events on stdout, a sink's file) as values.
pub fn parse_lines(text: &str) -> Vec<Value> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Validate every event against verdict's event schema and the CloudEvents 1.0 schema.
pub fn assert_valid_events(events: &[Value]) {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas");
    for name in [
        "verdict-event-v1.schema.json",
        "cloudevents-1.0-schema.json",
    ] {
        let path = root.join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let schema: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        for e in events {
            let errors: Vec<String> = validator
                .iter_errors(e)
                .map(|err| format!("{err} at {}", err.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{name}:\n{}\n{e:#}", errors.join("\n"));
        }
    }
}

impl From<std::process::Output> for Out {
    fn from(out: std::process::Output) -> Self {
        Out {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}
