//! The subcommands: wire CLI arguments to the library and return an exit code.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::cli::{Cli, Color, Command, ParseArgs, ScanArgs};
use crate::policy::{self, LoadOptions};
use crate::report::{self, Format, Output, Report};
use crate::scan::{self, ScanOptions};
use crate::source_map;
use crate::verdict;

pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Scan(args) => scan_cmd(args),
        Command::Parse(args) => parse_cmd(args),
    }
}

fn scan_cmd(args: ScanArgs) -> Result<i32> {
    let stdout_outputs = args.formats.iter().filter(|o| o.file.is_none()).count();
    if stdout_outputs > 1 {
        bail!("at most one --format may write to stdout; give the others a file (`--format sarif=out.sarif`)");
    }
    if !(args.policy.timeout > 0.0 && args.policy.timeout.is_finite()) {
        bail!("--timeout must be a positive number of seconds");
    }
    let policies = policy::load(&LoadOptions {
        policies: args.policy.policies.clone(),
        data: args.policy.data.clone(),
        rego_v0: args.policy.rego_v0,
        namespaces: args.policy.namespace.clone(),
    })
    .context("loading policies")?;
    let opts = ScanOptions {
        paths: args.paths.clone(),
        kind: args.kind,
        exclude: args.exclude.clone(),
        jobs: args.jobs,
        timeout: Duration::from_secs_f64(args.policy.timeout),
        combine: args.combine,
        max_file_size: args.max_file_size,
        root: args.root.clone(),
    };
    let result = scan::scan(&opts, &policies).map_err(anyhow::Error::msg)?;
    let verdict = verdict::decide(&result.findings, &result.diagnostics, args.fail_on);
    let report = Report {
        scan: &result,
        rules: &policies.rules,
        verdict: &verdict,
    };
    let mut outputs = args.formats.clone();
    if outputs.is_empty() {
        outputs.push(Output {
            format: Format::Text,
            file: None,
        });
    }
    let text_on_stdout = outputs
        .iter()
        .any(|o| o.format == Format::Text && o.file.is_none());
    if !text_on_stdout {
        // The text report lists these itself; otherwise they must reach a person.
        for d in &result.warnings {
            eprintln!("warning: {d}");
        }
        for d in &result.diagnostics {
            eprintln!("error: {d}");
        }
    }
    for out in &outputs {
        let color = out.file.is_none()
            && match args.color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
        let rendered = report::render(out.format, &report, color);
        match &out.file {
            Some(path) => report::write_atomic(path, &rendered)
                .with_context(|| format!("writing {}", path.display()))?,
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(rendered.as_bytes())?;
                stdout.flush()?;
            }
        }
    }
    Ok(verdict.outcome.exit_code())
}

fn parse_cmd(args: ParseArgs) -> Result<i32> {
    let (shown, text) = if args.file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading stdin")?;
        ("-".to_string(), s)
    } else {
        let shown = args.file.display().to_string();
        let text =
            std::fs::read_to_string(&args.file).with_context(|| format!("reading {shown}"))?;
        (shown, text)
    };
    let parsed = match crate::parse::parse(&text, Path::new(&args.file), args.kind) {
        Ok(p) => p,
        Err(e) => {
            match e.position() {
                Some((l, c)) => eprintln!("error: {shown}:{l}:{c}: {e_msg}", e_msg = message(&e)),
                None => eprintln!("error: {shown}: {e}"),
            }
            return Ok(2);
        }
    };
    let n = parsed.documents.len();
    eprintln!(
        "{shown}: kind {}, {n} document{}{}",
        parsed.kind,
        if n == 1 { "" } else { "s" },
        if n > 1 && !args.lines {
            " (shown as an array)"
        } else {
            ""
        }
    );
    let mut stdout = std::io::stdout().lock();
    if args.lines {
        for d in &parsed.documents {
            for (path, pos) in source_map::entries(&d.value, &d.positions) {
                let pointer = source_map::pointer(&path);
                let pointer = if pointer.is_empty() {
                    "/".to_string()
                } else {
                    pointer
                };
                if n > 1 {
                    writeln!(
                        stdout,
                        "{}\t{pointer}\t{}:{}",
                        d.index, pos.line, pos.column
                    )?;
                } else {
                    writeln!(stdout, "{pointer}\t{}:{}", pos.line, pos.column)?;
                }
            }
        }
    } else {
        let value = if n == 1 {
            parsed
                .documents
                .into_iter()
                .next()
                .map(|d| d.value)
                .unwrap_or_default()
        } else {
            serde_json::Value::Array(parsed.documents.into_iter().map(|d| d.value).collect())
        };
        serde_json::to_writer_pretty(&mut stdout, &value)?;
        writeln!(stdout)?;
    }
    Ok(0)
}

fn message(e: &crate::parse::ParseError) -> String {
    match e {
        crate::parse::ParseError::Syntax(s) => s.message.clone(),
        other => other.to_string(),
    }
}
