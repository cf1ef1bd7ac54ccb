//! Benchmark of `verdict stream`: the Falco corpus (`../shared/corpus/falco-events`,
//! one pretty-printed event per file) compacted to one line each and replayed
//! to 100,000 events into `verdict stream --events FILE --latency-report`.
//! Each replayed event gets its own time stamps (`time`, `output_fields.evt.time`
//! and the `output` prefix), as Falco writes them, so no two lines are equal.
//!
//! ```sh
//! cargo build --release && cargo run --release --example stream_bench
//! cargo run --release --example stream_bench -- --events 100000 --rate 20000
//! ```
//!
//! Three runs: as fast as stdin takes it (throughput), paced at `--rate`
//! events/s (latency at that load), and as fast as possible again with
//! `--decision-cache 0`, every event evaluated afresh (the cost of events
//! unlike any seen before). Latency is measured inside the stream
//! command, from a line being read to its event being written to the file.
//! The policy is the built-in library when it has runtime rules
//! (`policies/runtime/`), else the test policy `tests/policies/falco`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Options {
    events: usize,
    rate: u64,
    corpus: PathBuf,
    policy: Option<PathBuf>,
    bin: PathBuf,
}

fn main() {
    if let Err(e) = run() {
        eprintln!("stream_bench: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let opts = options()?;
    let lines = corpus_lines(&opts.corpus)?;
    let work = tempfile::tempdir().map_err(|e| format!("tempdir: {e}"))?;
    let input = work.path().join("falco-events.jsonl");
    let mut text = String::with_capacity(
        lines.iter().map(String::len).sum::<usize>() * (opts.events / lines.len() + 1),
    );
    for (i, line) in lines.iter().cycle().take(opts.events).enumerate() {
        text.push_str(&restamp(line, i));
        text.push('\n');
    }
    std::fs::write(&input, &text).map_err(|e| format!("writing {}: {e}", input.display()))?;
    println!(
        "verdict stream benchmark: {} events ({} distinct from {}), policy {}, {} cores",
        opts.events,
        lines.len(),
        opts.corpus.display(),
        opts.policy
            .as_ref()
            .map_or("built-in library".to_string(), |p| p.display().to_string()),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let saturated = once(&opts, work.path(), &text, None, &[])?;
    println!("as fast as possible: {saturated}");
    if opts.rate > 0 {
        let paced = once(&opts, work.path(), &text, Some(opts.rate), &[])?;
        println!("paced at {} events/s: {paced}", opts.rate);
    }
    let cold = once(&opts, work.path(), &text, None, &["--decision-cache", "0"])?;
    println!("as fast as possible, every event evaluated (--decision-cache 0): {cold}");
    Ok(())
}

/// Event `i` of the replay with its own time: 50 µs after the one before.
fn restamp(line: &str, i: usize) -> String {
    let Ok(serde_json::Value::Object(mut event)) = serde_json::from_str(line) else {
        return line.to_string();
    };
    let ns = 1_795_824_000_000_000_000u64 + i as u64 * 50_000; // 2026-11-28T00:00:00Z
    let secs = (ns / 1_000_000_000) % 86_400;
    let clock = format!(
        "{:02}:{:02}:{:02}.{:09}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        ns % 1_000_000_000
    );
    event.insert("time".into(), format!("2026-11-28T{clock}Z").into());
    if let Some(serde_json::Value::Object(fields)) = event.get_mut("output_fields") {
        fields.insert("evt.time".into(), ns.into());
    }
    if let Some(serde_json::Value::String(output)) = event.get_mut("output") {
        *output = format!("{clock}: {output}");
    }
    serde_json::Value::Object(event).to_string()
}

/// One run of the stream command; its latency report, plus wall-clock throughput.
fn once(
    opts: &Options,
    dir: &Path,
    text: &str,
    rate: Option<u64>,
    extra: &[&str],
) -> Result<String, String> {
    let events = dir.join("events.jsonl");
    let _ = std::fs::remove_file(&events);
    let mut cmd = Command::new(&opts.bin);
    cmd.arg("stream")
        .arg("--kind")
        .arg("falco")
        // Every matching line is written: the worst case for the sink.
        .args(["--dedupe-window", "0", "--latency-report", "--events"])
        .arg(&events)
        .args(extra);
    if let Some(p) = &opts.policy {
        cmd.arg("-p").arg(p);
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("running {}: {e}", opts.bin.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let errors = std::thread::spawn(move || {
        BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<_>>()
    });
    let started = Instant::now();
    match rate {
        None => stdin
            .write_all(text.as_bytes())
            .map_err(|e| format!("writing stdin: {e}"))?,
        Some(rate) => {
            // Bursts of 1 ms worth of events keep the pacing cheap.
            let per_ms = (rate / 1000).max(1) as usize;
            let all: Vec<&str> = text.lines().collect();
            for (i, chunk) in all.chunks(per_ms).enumerate() {
                let due =
                    started + Duration::from_micros(i as u64 * 1000 * per_ms as u64 * 1000 / rate);
                if let Some(wait) = due.checked_duration_since(Instant::now()) {
                    std::thread::sleep(wait);
                }
                let mut buf = chunk.join("\n");
                buf.push('\n');
                stdin
                    .write_all(buf.as_bytes())
                    .map_err(|e| format!("writing stdin: {e}"))?;
            }
        }
    }
    drop(stdin);
    let status = child.wait().map_err(|e| format!("waiting: {e}"))?;
    let wall = started.elapsed();
    let stderr = errors.join().unwrap_or_default();
    if !status.success() {
        return Err(format!(
            "verdict stream exited {status}:\n{}",
            stderr.join("\n")
        ));
    }
    let report = stderr
        .iter()
        .filter(|l| l.starts_with("latency:") || l.starts_with("decisions:"))
        .cloned()
        .collect::<Vec<_>>()
        .join("\n  ");
    if report.is_empty() {
        return Err(format!("no latency report in:\n{}", stderr.join("\n")));
    }
    let written = std::fs::read_to_string(&events)
        .map(|t| t.lines().count())
        .unwrap_or(0);
    Ok(format!(
        "{:.0} input events/s wall-clock ({} lines in {:.3} s, {written} remediation events written)\n  {report}",
        opts.events as f64 / wall.as_secs_f64(),
        opts.events,
        wall.as_secs_f64()
    ))
}

fn corpus_lines(dir: &Path) -> Result<Vec<String>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(v) => out.push(v.to_string()),
            Err(e) => eprintln!("skipping {}: {e}", f.display()),
        }
    }
    if out.is_empty() {
        return Err(format!("no JSON events in {}", dir.display()));
    }
    Ok(out)
}

fn options() -> Result<Options, String> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    // target/<profile>/examples/stream_bench → target/<profile>/verdict
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("verdict"))
        .ok_or("cannot locate the verdict binary")?;
    let builtin_runtime = manifest.join("policies/runtime").is_dir();
    let mut o = Options {
        events: 100_000,
        rate: 20_000,
        corpus: manifest.join("../shared/corpus/falco-events"),
        policy: (!builtin_runtime).then(|| manifest.join("tests/policies/falco")),
        bin,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--events" => o.events = value()?.parse().map_err(|e| format!("--events: {e}"))?,
            "--rate" => o.rate = value()?.parse().map_err(|e| format!("--rate: {e}"))?,
            "--corpus" => o.corpus = value()?.into(),
            "--policy" => o.policy = Some(value()?.into()),
            "--builtin" => o.policy = None,
            "--bin" => o.bin = value()?.into(),
            other => {
                return Err(format!(
                    "unknown argument {other} (known: --events N, --rate N (0: skip the paced run), --corpus DIR, --policy DIR, --builtin, --bin PATH)"
                ))
            }
        }
    }
    if !o.bin.is_file() {
        return Err(format!(
            "{} is missing; run `cargo build --release` first",
            o.bin.display()
        ));
    }
    Ok(o)
}
