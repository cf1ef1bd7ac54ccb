//! `verdict test`: run the `test_*` rules of Rego unit tests (as `opa test`
//! and `conftest verify` do), with optional line coverage of the policies.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::Serialize;

use super::{PolicyError, PolicyFile};

#[derive(Debug, Clone, Default)]
pub struct TestOptions {
    pub dirs: Vec<PathBuf>,
    pub data: Vec<PathBuf>,
    pub rego_v0: bool,
    /// Only tests whose `data.<package>.<rule>` name contains this.
    pub filter: Option<String>,
    pub coverage: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct TestResult {
    /// `data.<package>.<rule>`
    pub name: String,
    pub file: String,
    pub line: u32,
    pub passed: bool,
    /// Why it failed: `undefined`, `false`, or the evaluation error.
    pub failure: Option<String>,
    pub micros: u128,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileCoverage {
    pub file: String,
    pub covered: usize,
    pub not_covered: Vec<u32>,
}

#[derive(Debug, Default, Serialize)]
pub struct TestRun {
    pub results: Vec<TestResult>,
    /// Coverage of the policies under test (test files excluded).
    pub coverage: Vec<FileCoverage>,
}

impl TestRun {
    pub fn failed(&self) -> usize {
        self.results.iter().filter(|r| !r.passed).count()
    }

    /// Covered lines / coverable lines, in percent (100 when nothing is coverable).
    pub fn coverage_percent(&self) -> f64 {
        let covered: usize = self.coverage.iter().map(|c| c.covered).sum();
        let missed: usize = self.coverage.iter().map(|c| c.not_covered.len()).sum();
        if covered + missed == 0 {
            100.0
        } else {
            covered as f64 * 100.0 / (covered + missed) as f64
        }
    }
}

/// Every `.rego` file under the folders, tests included.
fn collect(dirs: &[PathBuf]) -> Result<Vec<PolicyFile>, PolicyError> {
    let mut out = Vec::new();
    for d in dirs {
        out.extend(super::rego_files(d, true)?);
    }
    Ok(out)
}

fn is_test_file(name: &str) -> bool {
    name.ends_with("_test.rego")
}

pub fn run(opts: &TestOptions) -> Result<TestRun, PolicyError> {
    let files = collect(&opts.dirs)?;
    if files.is_empty() {
        let shown: Vec<String> = opts.dirs.iter().map(|d| d.display().to_string()).collect();
        return Err(PolicyError::Empty(shown.join(", ")));
    }
    let mut engine = super::engine_with(&files, &opts.data, opts.rego_v0)?;
    let mut tests: Vec<(String, String, u32)> = Vec::new();
    for m in super::modules(&mut engine)? {
        let prefix = super::query_prefix(&m.components);
        for r in &m.rules {
            if !r.name.starts_with("test_") {
                continue;
            }
            let full = format!("{prefix}.{}", r.name);
            if tests.iter().any(|(n, _, _)| *n == full) {
                continue; // several bodies of one test are one test
            }
            if opts
                .filter
                .as_ref()
                .is_some_and(|f| !full.contains(f.as_str()))
            {
                continue;
            }
            tests.push((full, m.file.clone(), r.line));
        }
    }
    engine.set_enable_coverage(opts.coverage);
    let mut run = TestRun::default();
    for (name, file, line) in tests {
        let started = Instant::now();
        let outcome = engine.eval_rule(name.clone());
        let micros = started.elapsed().as_micros();
        let failure = match outcome {
            Ok(regorus::Value::Bool(true)) => None,
            Ok(regorus::Value::Undefined) => Some("undefined".to_string()),
            Ok(v) => Some(format!("evaluated to {v}")),
            Err(e) => Some(format!("error: {e:#}")),
        };
        run.results.push(TestResult {
            passed: failure.is_none(),
            name,
            file,
            line,
            failure,
            micros,
        });
    }
    if opts.coverage {
        let report = engine
            .get_coverage_report()
            .map_err(|e| PolicyError::Compile(e.to_string()))?;
        for f in report.files {
            if is_test_file(&f.path) {
                continue;
            }
            run.coverage.push(FileCoverage {
                file: f.path,
                covered: f.covered.len(),
                not_covered: f.not_covered.into_iter().collect(),
            });
        }
        // A policy no test touched has no entry at all: count every line
        // that holds code as missed rather than leave it out of the total.
        for f in files.iter().filter(|f| !is_test_file(&f.name)) {
            if run.coverage.iter().any(|c| c.file == f.name) {
                continue;
            }
            let missed = f
                .text
                .lines()
                .enumerate()
                .filter(|(_, l)| {
                    let t = l.trim();
                    !(t.is_empty()
                        || t.starts_with('#')
                        || t.starts_with("package ")
                        || t.starts_with("import "))
                })
                .map(|(i, _)| i as u32 + 1)
                .collect();
            run.coverage.push(FileCoverage {
                file: f.name.clone(),
                covered: 0,
                not_covered: missed,
            });
        }
        run.coverage.sort_by(|a, b| a.file.cmp(&b.file));
    }
    Ok(run)
}

/// Human output, conftest/OPA style; the last line is `N passed, N failed`.
pub fn render(run: &TestRun, verbose: bool, threshold: Option<f64>) -> String {
    let mut out = String::new();
    for r in &run.results {
        if r.passed && !verbose {
            continue;
        }
        let status = if r.passed { "PASS" } else { "FAIL" };
        out.push_str(&format!(
            "{status} {}:{} {} ({}µs)",
            r.file, r.line, r.name, r.micros
        ));
        if let Some(f) = &r.failure {
            out.push_str(&format!(": {f}"));
        }
        out.push('\n');
    }
    if !run.coverage.is_empty() {
        out.push_str("\ncoverage:\n");
        for c in &run.coverage {
            let total = c.covered + c.not_covered.len();
            let pct = if total == 0 {
                100.0
            } else {
                c.covered as f64 * 100.0 / total as f64
            };
            out.push_str(&format!("  {pct:6.1}%  {}", c.file));
            if !c.not_covered.is_empty() {
                let lines: Vec<String> = c.not_covered.iter().map(u32::to_string).collect();
                out.push_str(&format!("  (not covered: {})", lines.join(", ")));
            }
            out.push('\n');
        }
        out.push_str(&format!("  {:6.1}%  total", run.coverage_percent()));
        if let Some(t) = threshold {
            out.push_str(&format!(" (threshold {t:.1}%)"));
        }
        out.push('\n');
    }
    let passed = run.results.len() - run.failed();
    out.push_str(&format!("\n{passed} passed, {} failed\n", run.failed()));
    out
}

/// The folder `verdict test` uses with no argument: conftest's `policy`,
/// else `policies`.
pub fn default_dir() -> PathBuf {
    for d in ["policy", "policies"] {
        if Path::new(d).is_dir() {
            return PathBuf::from(d);
        }
    }
    PathBuf::from("policy")
}
