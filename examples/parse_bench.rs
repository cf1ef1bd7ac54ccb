//! Parse throughput per input kind:
//! `cargo run --release --example parse_bench -- [--synthetic] [DIR...]`
//! (default `../shared/corpus` and `testdata`; `--synthetic` adds a generated
//! tree of 2,000 Terraform files and 500 Dockerfiles). Reads every file
//! first, then times parsing alone (value + source map), best of 3 rounds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let synthetic = args.iter().any(|a| a == "--synthetic");
    let mut dirs: Vec<PathBuf> = args
        .iter()
        .filter(|a| *a != "--synthetic")
        .map(PathBuf::from)
        .collect();
    if dirs.is_empty() {
        dirs = vec![PathBuf::from("../shared/corpus"), PathBuf::from("testdata")];
    }
    let generated = tempfile::tempdir().ok();
    if let (true, Some(g)) = (synthetic, &generated) {
        if verdict::synthetic::write_tree(g.path(), 2000, 500).is_ok() {
            dirs.push(g.path().to_path_buf());
        }
    }
    let mut all = Vec::new();
    for d in &dirs {
        files(d, &mut all);
    }
    // Group by detected kind; files that fail to parse or have no kind are left out.
    let mut by_kind: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
    for p in all {
        if verdict::kind::from_path(&p).is_none() {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        if let Ok(parsed) = verdict::parse::parse(&text, &p, None) {
            by_kind
                .entry(parsed.kind.name().to_string())
                .or_default()
                .push((p, text));
        }
    }
    println!(
        "{:<16} {:>6} {:>10} {:>10} {:>9}",
        "kind", "files", "bytes", "best ms", "MB/s"
    );
    for (kind, inputs) in &by_kind {
        let bytes: usize = inputs.iter().map(|(_, t)| t.len()).sum();
        let mut best = Duration::MAX;
        for _ in 0..3 {
            let t = Instant::now();
            for (p, text) in inputs {
                let _ = std::hint::black_box(verdict::parse::parse(text, p, None));
            }
            best = best.min(t.elapsed());
        }
        let mbs = bytes as f64 / 1e6 / best.as_secs_f64().max(1e-9);
        println!(
            "{kind:<16} {:>6} {bytes:>10} {:>10.1} {mbs:>9.1}",
            inputs.len(),
            best.as_secs_f64() * 1e3
        );
    }
}
