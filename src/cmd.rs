//! The subcommands: wire CLI arguments to the library and return an exit code.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use std::path::PathBuf;

use crate::cli::{
    Cli, Color, Command, ListFormat, MergeArgs, ParseArgs, RulesArgs, ScanArgs, TestArgs,
};
use crate::config::{self, Config, Settings, Waiver};
use crate::diagnostic::{Code, Diagnostic};
use crate::policy::{self, testing, LoadOptions};
use crate::report::{self, Format, Output, Report};
use crate::scan::{self, ScanOptions};
use crate::source_map;
use crate::suppress::{self, Baseline};
use crate::verdict::{self, FailOn};

pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Scan(args) => {
            if args.shard.is_some() && args.audit_log.is_some() {
                bail!("--audit-log records gate decisions, and a shard decides nothing alone: record it with `verdict merge … --audit-log FILE`");
            }
            let (log, profile) = (args.audit_log.clone(), args.profile.clone());
            record_failure(scan_cmd(*args), "scan", log, profile)
        }
        Command::Parse(args) => parse_cmd(args),
        Command::Test(args) => test_cmd(args),
        Command::Rules(args) => rules_cmd(args),
        Command::Stream(args) => crate::stream::run(*args),
        Command::Events(args) => crate::events::run(args),
        Command::Merge(args) => {
            let log = args.audit_log.clone();
            record_failure(merge_cmd(args), "merge", log, None)
        }
        Command::Bundle(args) => crate::bundle::run(args),
        Command::Audit(args) => crate::audit::run(args),
        Command::Doc(args) => crate::catalog::run(args),
    }
}

/// A gate that could not decide is a decision too: with `--audit-log`, an
/// error (a refused bundle, a policy that does not compile) is recorded
/// before it is reported.
fn record_failure(
    outcome: Result<i32>,
    command: &str,
    log: Option<PathBuf>,
    profile: Option<String>,
) -> Result<i32> {
    let (Err(e), Some(log)) = (&outcome, log) else {
        return outcome;
    };
    let message: Vec<String> = e.chain().map(|c| c.to_string()).collect();
    crate::audit::append(
        &log,
        crate::audit::failure(command, profile.as_deref(), &message.join(": ")),
    )
    .context("recording the failed decision")?;
    outcome
}

fn test_cmd(args: TestArgs) -> Result<i32> {
    let dirs = if args.dirs.is_empty() {
        vec![testing::default_dir()]
    } else {
        args.dirs.clone()
    };
    let coverage = args.coverage || args.threshold.is_some();
    let run = testing::run(&testing::TestOptions {
        dirs,
        data: args.data.clone(),
        rego_v0: args.rego_v0,
        filter: args.run.clone(),
        coverage,
    })
    .context("running policy tests")?;
    let below = args.threshold.is_some_and(|t| run.coverage_percent() < t);
    match args.format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&run)?),
        ListFormat::Text => print!("{}", testing::render(&run, args.verbose, args.threshold)),
    }
    if below {
        eprintln!(
            "error: coverage {:.1}% is below the threshold of {:.1}%",
            run.coverage_percent(),
            args.threshold.unwrap_or_default()
        );
    }
    Ok(if run.failed() > 0 || below || run.results.is_empty() {
        1
    } else {
        0
    })
}

fn rules_cmd(args: RulesArgs) -> Result<i32> {
    let set = policy::load(&LoadOptions {
        policies: args.policies.clone(),
        rego_v0: args.rego_v0,
        ..LoadOptions::default()
    })
    .context("loading policies")?;
    if let Some(key) = &args.framework {
        return framework_coverage(key, &set.rules, args.format);
    }
    let rules: Vec<&policy::Rule> = match &args.id {
        Some(id) => match set.rules.get(id) {
            Some(r) => vec![r],
            None => bail!("no rule has the id `{id}` (see `verdict rules`)"),
        },
        None => set.rules.values().collect(),
    };
    if args.format == ListFormat::Json {
        let out = if args.id.is_some() {
            serde_json::to_string_pretty(&rules[0])?
        } else {
            serde_json::to_string_pretty(&rules)?
        };
        println!("{out}");
        return Ok(0);
    }
    if args.id.is_some() {
        print!("{}", explain(rules[0]));
        return Ok(0);
    }
    let kinds = |r: &policy::Rule| r.kinds_label();
    let w_id = rules.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
    let w_kinds = rules
        .iter()
        .map(|r| kinds(r).len())
        .max()
        .unwrap_or(5)
        .max(5);
    println!(
        "{:w_id$}  {:8}  {:w_kinds$}  TITLE",
        "ID", "SEVERITY", "KINDS"
    );
    for r in &rules {
        println!(
            "{:w_id$}  {:8}  {:w_kinds$}  {}",
            r.id,
            r.severity.name(),
            kinds(r),
            r.title.as_deref().unwrap_or(&r.name)
        );
    }
    println!("\n{} rules", rules.len());
    Ok(0)
}

/// `verdict rules --framework KEY`.
fn framework_coverage(
    key: &str,
    rules: &std::collections::BTreeMap<String, policy::Rule>,
    format: ListFormat,
) -> Result<i32> {
    let Some(coverage) = crate::catalog::coverage::of(key, rules) else {
        let mut known: Vec<String> = crate::catalog::frameworks::all().keys().cloned().collect();
        known.extend(rules.values().flat_map(|r| r.frameworks.keys().cloned()));
        known.sort_by(|a, b| crate::natural::cmp(a, b));
        known.dedup();
        bail!(
            "no rule maps to framework `{key}` and verdict has no control list for it (known: {})",
            known.join(", ")
        );
    };
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&coverage.to_json())?),
        ListFormat::Text => print!("{}", coverage.to_text()),
    }
    Ok(0)
}

/// `verdict rules ID`: everything a reviewer needs about one rule.
fn explain(r: &policy::Rule) -> String {
    let mut s = format!("{}  {}\n", r.id, r.title.as_deref().unwrap_or(&r.name));
    s.push_str(&format!(
        "severity: {} ({})\nkinds: {}\nrule: data.{}.{} ({}:{})\n",
        r.severity.name(),
        r.level.name(),
        r.kinds.as_ref().map_or("any".to_string(), |ks| ks
            .iter()
            .map(|k| k.name())
            .collect::<Vec<_>>()
            .join(", ")),
        r.package,
        r.name,
        r.file,
        r.line
    ));
    if let Some(d) = &r.description {
        s.push_str(&format!("\n{}\n", d.trim()));
    }
    if let Some(rem) = &r.remediation {
        s.push_str(&format!("\nRemediation:\n  {}\n", rem.trim()));
    }
    if !r.frameworks.is_empty() {
        s.push_str("\nFrameworks:\n");
        for (fw, controls) in &r.frameworks {
            s.push_str(&format!("  {fw}: {}\n", controls.join(", ")));
        }
    }
    if let Some(resp) = &r.response {
        s.push_str(&format!("\nResponse: {resp}\n"));
    }
    if let Some(ex) = &r.example {
        s.push_str("\nExample (fires):\n");
        for line in ex.trim_end().lines() {
            s.push_str(&format!("  {line}\n"));
        }
    }
    if !r.related_resources.is_empty() {
        s.push_str("\nSee also:\n");
        for u in &r.related_resources {
            s.push_str(&format!("  {u}\n"));
        }
    }
    s
}

/// `verdict parse DIR`: a Terraform root module as the policies see it, one
/// document per module instance (`--terraform-raw`: as written).
fn parse_terraform_folder(args: &ParseArgs) -> Result<i32> {
    let opts = ScanOptions {
        paths: vec![args.file.clone()],
        terraform_eval: !args.terraform_raw,
        terraform_inputs: crate::terraform::Inputs {
            var_files: args
                .tf_var_file
                .iter()
                .map(|p| scan::var_file(p).map_err(anyhow::Error::msg))
                .collect::<Result<_>>()?,
            vars: args.tf_var.clone(),
            ..Default::default()
        },
        ..ScanOptions::default()
    };
    let docs = match scan::terraform_inputs(&args.file, &opts) {
        Ok(d) => d,
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            return Ok(2);
        }
    };
    eprintln!(
        "{}: Terraform module folder, {} module instance{}",
        args.file.display(),
        docs.len(),
        if docs.len() == 1 { "" } else { "s" }
    );
    let out: Vec<serde_json::Value> = docs
        .into_iter()
        .map(|(module, folder, input)| serde_json::json!({"module": module, "folder": folder, "input": input}))
        .collect();
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, &out)?;
    writeln!(stdout)?;
    Ok(0)
}

/// Root-module variable values: the configuration's, then the command
/// line's (which win), and `TF_VAR_*` only when asked for.
fn terraform_inputs(
    args: &ScanArgs,
    tf: &config::TerraformSettings,
    config_files: &[PathBuf],
) -> Result<crate::terraform::Inputs> {
    let mut inputs = crate::terraform::Inputs::default();
    let read = |path: &PathBuf| scan::var_file(path).map_err(anyhow::Error::msg);
    for path in config_files {
        inputs.var_files.push(read(path)?);
    }
    if let Some(vars) = &tf.vars {
        // YAML values are values already, as in a `.tfvars.json` file.
        inputs.var_files.push(serde_json::Value::Object(
            vars.clone().into_iter().collect(),
        ));
    }
    for path in &args.tf_var_file {
        inputs.var_files.push(read(path)?);
    }
    inputs.vars.extend(args.tf_var.iter().cloned());
    if args.tf_var_env || tf.var_env == Some(true) {
        inputs.env = std::env::vars()
            .filter_map(|(k, v)| Some((k.strip_prefix("TF_VAR_")?.to_owned(), v)))
            .collect();
    }
    Ok(inputs)
}

fn scan_cmd(args: ScanArgs) -> Result<i32> {
    let mut opts = ScanOptions {
        paths: args.paths.clone(),
        kind: args.kind,
        exclude: args.exclude.clone(),
        jobs: args.jobs,
        timeout: Duration::from_secs_f64(args.policy.timeout),
        combine: args.combine,
        max_file_size: args.max_file_size,
        root: args.root.clone(),
        terraform_modules: !args.terraform_per_file,
        terraform_eval: !(args.terraform_raw || args.terraform_per_file),
        terraform_inputs: Default::default(),
        skip_unknown: args.skip_unknown,
        // Shards record them for `verdict merge --audit-log`.
        digest_inputs: args.audit_log.is_some() || args.shard.is_some(),
        evaluate: !args.no_eval,
        cache: match args.no_cache {
            true => None,
            false => args.cache.clone().or_else(scan::default_cache_dir),
        },
        shard: match &args.shard {
            Some(spec) => Some(
                crate::shard::Shard::parse(spec, args.shard_count, |k| std::env::var(k).ok())
                    .map_err(anyhow::Error::msg)?,
            ),
            None => None,
        },
    };
    if args.shard_count.is_some() && args.shard.as_deref() != Some("auto") {
        bail!("--shard-count goes with --shard auto");
    }
    if !(args.policy.timeout > 0.0 && args.policy.timeout.is_finite()) {
        bail!("--timeout must be a positive number of seconds");
    }
    let root = scan::scan_root(&opts);
    let config = match &args.config {
        Some(p) => Some(config::load(p)),
        None => config::find(&root).map(|p| config::load(&p)),
    };
    let config = match config.transpose() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    let settings = match (&config, &args.profile) {
        (Some(c), profile) => c.settings(profile.as_deref()).map_err(anyhow::Error::msg)?,
        (None, Some(p)) => {
            bail!("--profile {p} needs a configuration file (.verdict.yaml or --config)")
        }
        (None, None) => Settings::default(),
    };
    // Paths in the configuration are relative to its folder.
    let from_config = |list: &Option<Vec<String>>| -> Vec<PathBuf> {
        match (&config, list) {
            (Some(c), Some(l)) => l.iter().map(|p| c.resolve_path(p)).collect(),
            _ => Vec::new(),
        }
    };
    let policies_paths = if args.policy.policies.is_empty() {
        from_config(&settings.policies)
    } else {
        args.policy.policies.clone()
    };
    let data_paths = if args.policy.data.is_empty() {
        from_config(&settings.data)
    } else {
        args.policy.data.clone()
    };
    if opts.exclude.is_empty() {
        opts.exclude = settings.exclude.clone().unwrap_or_default();
    }
    let tf = settings.terraform.clone().unwrap_or_default();
    if tf.raw == Some(true) {
        opts.terraform_eval = false;
    }
    opts.terraform_inputs = terraform_inputs(&args, &tf, &from_config(&tf.var_files))?;
    let fail_on = args.fail_on.or(settings.fail_on).unwrap_or(FailOn::Error);
    let mut outputs = args.formats.clone();
    if outputs.is_empty() {
        for f in settings.formats.iter().flatten() {
            let mut out: Output = f
                .parse()
                .map_err(|e| anyhow::anyhow!("{}: formats: {e}", config_name(&config)))?;
            if let (Some(c), Some(file)) = (&config, &out.file) {
                out.file = Some(c.resolve_path(&file.to_string_lossy()));
            }
            outputs.push(out);
        }
    }
    let outputs = with_default_output(outputs)?;
    args.events.validate()?;
    if args.events.sinks.uses_stdout() && outputs.iter().any(|o| o.file.is_none()) {
        bail!("--events - writes events to stdout; give every --format a file (`--format text=report.txt`)");
    }
    if opts.shard.is_some() {
        if args.suppress.write_baseline.is_some() {
            bail!("--write-baseline records one shard's findings only; write it with `verdict merge … --write-baseline FILE`");
        }
        if args.events.sinks.enabled() || args.events.state_file.is_some() {
            bail!("--events, --events-url and --state see one shard only (the others' findings would read as resolved); send events from an unsharded scan");
        }
    }
    let waivers = match collect_waivers(&args, &settings, &config, &root) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    let baseline_path = args.suppress.baseline.clone().or_else(|| {
        from_config(&settings.baseline.clone().map(|b| vec![b]))
            .into_iter()
            .next()
    });
    let baseline = match &baseline_path {
        Some(p) => Some(Baseline::load(p).map_err(anyhow::Error::msg)?),
        None => None,
    };

    let mut policies = policy::load(&LoadOptions {
        policies: policies_paths,
        data: data_paths,
        rego_v0: args.policy.rego_v0,
        namespaces: args.policy.namespace.clone(),
        only_kind: None,
        verification_key: args.policy.verification_key.clone(),
        cache: opts.cache.clone(),
    })
    .context("loading policies")?;
    let mut unknown_ids = policies.disable(settings.disabled_rules.as_deref().unwrap_or_default());
    let overrides = settings.severity_overrides.clone().unwrap_or_default();
    unknown_ids.extend(policies.override_severities(&overrides));

    let mut result = scan::scan(&opts, &policies).map_err(anyhow::Error::msg)?;
    result.policy = Some(policies.provenance.clone());
    result.scope = Some(scope_digest(
        &opts,
        &root,
        &policy_scope(&waivers, &baseline),
    ));
    for f in &mut result.findings {
        if let Some(s) = overrides.get(&f.rule_id) {
            f.severity = *s;
        }
    }
    for id in unknown_ids {
        result.warnings.push(Diagnostic::new(
            Code::UnknownRule,
            config_name(&config),
            format!("no loaded rule has the id `{id}`"),
        ));
    }
    let policy = suppress::Policy {
        inline: !args.suppress.no_inline_ignores && settings.inline_ignores.unwrap_or(true),
        waivers,
        baseline,
        today: None,
        warn_days: args
            .suppress
            .waiver_warn_days
            .or(settings.waiver_warn_days)
            .unwrap_or(14),
    };
    let (notes, waivers_used) =
        suppress::apply_tracked(&mut result.findings, &result.directives, &policy);
    result.warnings.extend(notes);
    result.waivers = waivers_used;
    result.warnings.sort();
    if let Some(path) = &args.suppress.write_baseline {
        write_baseline(path, &mut result.findings)?;
    }

    let verdict = verdict::decide(&result.findings, &result.diagnostics, fail_on);
    let report = Report {
        scan: &result,
        rules: &policies.rules,
        verdict: &verdict,
        options: report::Options {
            show_suppressed: args.suppress.show_suppressed,
            sarif_omit_suppressed: args.suppress.sarif_omit_suppressed,
            report_unused_ignores: args.suppress.report_unused_ignores,
        },
    };
    write_outputs(&outputs, &report, args.color)?;
    crate::events::after_scan(&args.events, &opts, &result, &policies.rules, &verdict)?;
    // Last, so that a decision recorded is one the gate returned.
    if let Some(log) = &args.audit_log {
        let ctx = crate::audit::Decider {
            command: "scan",
            profile: args.profile.as_deref(),
            provenance: &policies.provenance,
            inputs: &result.inputs,
        };
        crate::audit::append(log, crate::audit::decision(&report, &ctx))?;
    }
    // The process exits next: freeing the library's syntax trees would cost
    // a tenth of a small scan's time.
    std::mem::forget(policies);
    Ok(verdict.outcome.exit_code())
}

/// What a scan covered and how it judged, the same on every machine: the
/// shards of one scan share it, and `verdict merge` refuses reports whose
/// scopes differ (other paths, excludes, waivers or Terraform inputs).
fn scope_digest(opts: &ScanOptions, root: &Path, suppression: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut paths: Vec<String> = opts
        .paths
        .iter()
        .map(|p| match p.as_os_str() == "-" {
            true => "-".to_owned(),
            false => crate::shard::key(p, root),
        })
        .collect();
    paths.sort();
    paths.dedup();
    let described = format!(
        "{paths:?}|{:?}|{:?}|{}|{}|{}|{}|{:?}|{}|{suppression}",
        opts.exclude,
        opts.kind.map(|k| k.name()),
        opts.combine,
        opts.terraform_modules,
        opts.terraform_eval,
        opts.skip_unknown,
        opts.terraform_inputs,
        opts.max_file_size,
    );
    let digest = Sha256::digest(described.as_bytes());
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// The waivers and baseline a scan applies, as content (not where they are
/// written, which differs between checkouts).
fn policy_scope(waivers: &[Waiver], baseline: &Option<Baseline>) -> String {
    let waivers: Vec<String> = waivers
        .iter()
        .map(|w| {
            format!(
                "{}|{:?}|{:?}|{:?}|{}|{}|{:?}",
                w.rule, w.path, w.resource, w.fingerprint, w.reason, w.owner, w.expires
            )
        })
        .collect();
    let baseline = baseline.as_ref().map(|b| &b.fingerprints);
    format!("{waivers:?}|{baseline:?}")
}

/// The requested outputs, text on stdout when none; at most one on stdout.
fn with_default_output(mut outputs: Vec<Output>) -> Result<Vec<Output>> {
    if outputs.is_empty() {
        outputs.push(Output {
            format: Format::Text,
            file: None,
        });
    }
    if outputs.iter().filter(|o| o.file.is_none()).count() > 1 {
        bail!("at most one --format may write to stdout; give the others a file (`--format sarif=out.sarif`)");
    }
    Ok(outputs)
}

/// Record the findings' fingerprints as a baseline; the run then gates as
/// the next one will, against the baseline just written.
fn write_baseline(path: &Path, findings: &mut [crate::finding::Finding]) -> Result<()> {
    report::write_atomic(path, &Baseline::render(findings))
        .with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote the baseline {}", path.display());
    let written = Baseline::load(path).map_err(anyhow::Error::msg)?;
    let only_baseline = suppress::Policy {
        baseline: Some(written),
        ..suppress::Policy::default()
    };
    suppress::apply(findings, &[], &only_baseline);
    Ok(())
}

/// Every requested format, each to its file (atomically) or stdout.
fn write_outputs(outputs: &[Output], report: &Report<'_>, color: Color) -> Result<()> {
    let text_on_stdout = outputs
        .iter()
        .any(|o| o.format == Format::Text && o.file.is_none());
    if !text_on_stdout {
        // The text report lists these itself; otherwise they must reach a person.
        for d in &report.scan.warnings {
            eprintln!("warning: {d}");
        }
        for d in &report.scan.diagnostics {
            eprintln!("error: {d}");
        }
    }
    for out in outputs {
        let color = out.file.is_none()
            && match color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
        let rendered = report::render(out.format, report, color);
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
    Ok(())
}

/// `verdict merge`: the shards' JSON reports as one scan, reported and gated.
fn merge_cmd(args: MergeArgs) -> Result<i32> {
    let outputs = with_default_output(args.formats.clone())?;
    let mut reports = Vec::new();
    for path in &args.reports {
        match crate::merge::read(path) {
            Ok(r) => reports.push((path.clone(), r)),
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(2);
            }
        }
    }
    let mut merged = match crate::merge::combine(reports, args.fail_on) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    if let Some(path) = &args.write_baseline {
        write_baseline(path, &mut merged.scan.findings)?;
    }
    // The shards recorded their inputs for the decision log; the merged
    // report is the one the unsharded scan would write.
    let inputs = std::mem::take(&mut merged.scan.inputs);
    let verdict = verdict::decide(
        &merged.scan.findings,
        &merged.scan.diagnostics,
        merged.fail_on,
    );
    let report = Report {
        scan: &merged.scan,
        rules: &merged.rules,
        verdict: &verdict,
        options: report::Options {
            show_suppressed: args.show_suppressed,
            sarif_omit_suppressed: args.sarif_omit_suppressed,
            report_unused_ignores: args.report_unused_ignores,
        },
    };
    write_outputs(&outputs, &report, args.color)?;
    if let Some(log) = &args.audit_log {
        let provenance = merged.scan.policy.clone().unwrap_or_default();
        let ctx = crate::audit::Decider {
            command: "merge",
            profile: None,
            provenance: &provenance,
            inputs: &inputs,
        };
        crate::audit::append(log, crate::audit::decision(&report, &ctx))?;
    }
    Ok(verdict.outcome.exit_code())
}

fn config_name(config: &Option<Config>) -> String {
    config
        .as_ref()
        .map_or_else(|| "(command line)".to_string(), |c| c.file.clone())
}

/// Waivers from `--waivers`, else the config's own list plus its waivers
/// file (or `.verdict-waivers.yaml` at the scan root). A waiver without an
/// end date is refused unless permanent waivers are allowed.
fn collect_waivers(
    args: &ScanArgs,
    settings: &Settings,
    config: &Option<Config>,
    root: &Path,
) -> std::result::Result<Vec<Waiver>, String> {
    let mut waivers = Vec::new();
    let file = match (&args.suppress.waivers, &settings.waivers_file, config) {
        (Some(p), _, _) => Some(p.clone()),
        (None, Some(f), Some(c)) => Some(c.resolve_path(f)),
        _ => {
            let base = config
                .as_ref()
                .map_or(root.to_path_buf(), |c| c.dir.clone());
            Some(base.join(config::WAIVERS_NAME)).filter(|p| p.is_file())
        }
    };
    if args.suppress.waivers.is_none() {
        waivers.extend(settings.waivers.clone().unwrap_or_default());
    }
    if let Some(f) = file {
        waivers.extend(config::load_waivers(&f).map_err(|e| e.to_string())?);
    }
    let permanent_ok =
        args.suppress.allow_permanent_waivers || settings.allow_permanent_waivers.unwrap_or(false);
    config::refuse_permanent(&waivers, permanent_ok)?;
    Ok(waivers)
}

fn parse_cmd(args: ParseArgs) -> Result<i32> {
    if args.file.is_dir() {
        return parse_terraform_folder(&args);
    }
    if let Some(chart) = crate::helm::chart_of(&args.file) {
        eprintln!(
            "{}: kind helm-template (a template of the chart {}): not evaluated; render it first: `helm template {} | verdict parse - --kind kubernetes`",
            args.file.display(),
            chart.display(),
            chart.display()
        );
        return Ok(2);
    }
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
    } else if args.envelope {
        let indices: Vec<usize> = parsed.documents.iter().map(|d| d.index).collect();
        let docs: Vec<serde_json::Value> = parsed.documents.into_iter().map(|d| d.value).collect();
        let env =
            serde_json::json!({"kind": parsed.kind.name(), "documents": docs, "indices": indices});
        serde_json::to_writer_pretty(&mut stdout, &env)?;
        writeln!(stdout)?;
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
