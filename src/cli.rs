//! The command line: clap structs, grouped by heading.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::kind::Kind;
use crate::report::Output;
use crate::verdict::FailOn;

#[derive(Debug, Parser)]
#[command(
    name = "verdict",
    version,
    about = "Policy-as-code compliance gate: Rego policies over IaC, SBOMs, scanner reports and runtime events",
    after_help = "Exit codes: 0 pass · 1 gate failed · 2 error (bad usage, unreadable or unparseable input, policy error)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Evaluate policies over files, directories or stdin; report; gate.
    Scan(Box<ScanArgs>),
    /// Print the detected kind and the exact JSON input a policy sees.
    Parse(ParseArgs),
    /// Run Rego unit tests (`test_*` rules in `*_test.rego`), with coverage.
    Test(TestArgs),
    /// List the rules with id, severity, kinds and title; `verdict rules ID` explains one.
    Rules(RulesArgs),
    /// Evaluate a JSON Lines event stream (stdin) as it arrives; emit remediation events.
    Stream(Box<crate::stream::StreamArgs>),
    /// Remediation events: `verdict events replay FILE --events-url URL` re-sends a dead-letter file.
    Events(crate::events::EventsArgs),
    /// Combine the JSON reports of a sharded scan (`scan --shard K/N`) into one report and one verdict.
    Merge(MergeArgs),
    /// Policy bundles for distribution and audit: build, sign, inspect, verify.
    Bundle(crate::bundle::BundleArgs),
    /// The decision log: `verdict audit verify FILE` checks its hash chain.
    Audit(crate::audit::AuditArgs),
    /// Write the policy catalogue (every rule, and the framework controls it covers) as Markdown or HTML.
    Doc(crate::catalog::DocArgs),
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The JSON reports of every shard, written by `verdict scan --shard K/N -f json=FILE`, in any order.
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,
    /// Output format, optionally to a file, as `scan` takes it (repeatable; at most one to stdout).
    #[arg(short, long = "format", value_name = "FMT[=FILE]")]
    pub formats: Vec<Output>,
    /// Which findings fail the gate [default: what the shards were run with].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Colour the text report.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Show suppressed findings, with why, in the text report.
    #[arg(long)]
    pub show_suppressed: bool,
    /// Leave suppressed findings out of SARIF.
    #[arg(long)]
    pub sarif_omit_suppressed: bool,
    /// Report inline ignores that match no finding.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set)]
    pub report_unused_ignores: bool,
    /// Record the merged findings' fingerprints as a baseline (what `scan --write-baseline` does unsharded).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Append the merged gate decision to this decision log (one hash-chained JSON line).
    #[arg(long, value_name = "FILE")]
    pub audit_log: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Folders or files with policies and their tests [default: ./policy, else ./policies].
    pub dirs: Vec<PathBuf>,
    /// JSON/YAML data documents merged under `data` (repeatable).
    #[arg(short, long = "data", value_name = "PATH")]
    pub data: Vec<PathBuf>,
    /// Parse policies as Rego v0.
    #[arg(long)]
    pub rego_v0: bool,
    /// Run only tests whose name contains this text.
    #[arg(long, value_name = "TEXT")]
    pub run: Option<String>,
    /// Report line coverage of the policies (test files excluded).
    #[arg(long)]
    pub coverage: bool,
    /// Fail when coverage is below this percentage (implies --coverage).
    #[arg(long, value_name = "PERCENT")]
    pub threshold: Option<f64>,
    /// List passing tests too.
    #[arg(short, long)]
    pub verbose: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Show one rule in full.
    #[arg(conflicts_with = "framework")]
    pub id: Option<String>,
    /// List a framework's controls (e.g. CIS-AWS-3.0) with the rules that cover each, and the controls no rule covers yet.
    #[arg(long, value_name = "KEY")]
    pub framework: Option<String>,
    /// Policy folder or `.rego` file (repeatable; default: the built-in library).
    #[arg(short, long = "policy", value_name = "PATH")]
    pub policies: Vec<PathBuf>,
    /// Parse policies as Rego v0.
    #[arg(long)]
    pub rego_v0: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files, directories (walked recursively) or `-` for stdin.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Force the input kind (needed for stdin of a non-JSON kind).
    #[arg(long, value_parser = parse_kind, help_heading = "Input")]
    pub kind: Option<Kind>,
    /// Skip paths matching this glob (repeatable); a pattern without `/` matches any path component.
    #[arg(long, value_name = "GLOB", help_heading = "Input")]
    pub exclude: Vec<String>,
    /// Report paths relative to this folder (default: the working directory when it holds every input).
    #[arg(long, value_name = "DIR", help_heading = "Input")]
    pub root: Option<PathBuf>,
    /// Refuse input files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 256 * 1024 * 1024, help_heading = "Input")]
    pub max_file_size: u64,
    /// Evaluate all documents as one input: [{"path", "kind", "contents"}].
    #[arg(long, help_heading = "Input")]
    pub combine: bool,
    /// Pass over named files of no known kind, or of kinds no policy reads, as a directory walk does (for pre-commit, which passes every changed file).
    #[arg(long, help_heading = "Input")]
    pub skip_unknown: bool,
    /// Evaluate only shard K of N (`1/4` … `4/4`): a stable share of the inputs by path, for a CI matrix; `verdict merge` combines the shards' JSON reports. `auto` reads the runner's index (GitLab `CI_NODE_INDEX`/`CI_NODE_TOTAL`, Kubernetes `JOB_COMPLETION_INDEX` with --shard-count).
    #[arg(long, value_name = "K/N|auto", help_heading = "Performance")]
    pub shard: Option<String>,
    /// The number of shards for `--shard auto` when the runner does not say it (Kubernetes Indexed Jobs).
    #[arg(long, value_name = "N", help_heading = "Performance")]
    pub shard_count: Option<u32>,
    /// Evaluate each `.tf` file on its own instead of a folder's files as one module (conftest's way; implies --terraform-raw).
    #[arg(long, help_heading = "Input")]
    pub terraform_per_file: bool,
    /// Give policies the Terraform configuration as written, without resolving variables, locals and module calls.
    #[arg(long, help_heading = "Terraform")]
    pub terraform_raw: bool,
    /// Variable values for root modules from a `.tfvars`/`.tfvars.json` file (repeatable; later files win).
    #[arg(long, value_name = "FILE", help_heading = "Terraform")]
    pub tf_var_file: Vec<PathBuf>,
    /// A variable value for root modules, as `terraform plan -var` takes it (repeatable; wins over files).
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_tf_var, help_heading = "Terraform")]
    pub tf_var: Vec<(String, String)>,
    /// Also read `TF_VAR_<name>` from the environment (off by default, so a gate does not depend on the machine).
    #[arg(long, help_heading = "Terraform")]
    pub tf_var_env: bool,

    #[command(flatten)]
    pub policy: PolicyArgs,

    /// Output format, optionally to a file: text, json, sarif, junit, gitlab, github, markdown, html (repeatable; at most one to stdout).
    #[arg(
        short,
        long = "format",
        value_name = "FMT[=FILE]",
        help_heading = "Output"
    )]
    pub formats: Vec<Output>,
    /// Colour the text report.
    #[arg(long, value_enum, default_value_t = Color::Auto, help_heading = "Output")]
    pub color: Color,

    /// Which findings fail the gate [default: error].
    #[arg(long, value_enum, help_heading = "Gate")]
    pub fail_on: Option<FailOn>,
    /// Configuration file [default: .verdict.yaml at the scan root].
    #[arg(long, value_name = "FILE", help_heading = "Gate")]
    pub config: Option<PathBuf>,
    /// Apply the named profile of the configuration (e.g. dev, prod).
    #[arg(long, value_name = "NAME", help_heading = "Gate")]
    pub profile: Option<String>,

    #[command(flatten)]
    pub suppress: SuppressArgs,

    #[command(flatten)]
    pub events: crate::events::ScanEventArgs,

    /// Append this gate decision to a decision log: one JSON line carrying the SHA-256 of the line before (`verdict audit verify FILE` checks the chain).
    #[arg(long, value_name = "FILE", help_heading = "Gate")]
    pub audit_log: Option<PathBuf>,

    /// Worker threads (default: all cores).
    #[arg(short, long, value_name = "N", help_heading = "Performance")]
    pub jobs: Option<usize>,
    /// Keep each file's result here and reuse it while the file, the policies, the data and verdict are unchanged [default: $XDG_CACHE_HOME/verdict or ~/.cache/verdict].
    #[arg(
        long,
        value_name = "DIR",
        env = "VERDICT_CACHE_DIR",
        help_heading = "Performance"
    )]
    pub cache: Option<PathBuf>,
    /// Evaluate every file afresh and keep nothing (wins over --cache and VERDICT_CACHE_DIR).
    #[arg(long, help_heading = "Performance")]
    pub no_cache: bool,
    /// Read, detect and parse every input (and evaluate Terraform modules) but run no policy: the parse-only floor for benchmarks. Reports no findings.
    #[arg(long, help_heading = "Performance")]
    pub no_eval: bool,
}

#[derive(Debug, Args)]
pub struct SuppressArgs {
    /// Waivers file [default: .verdict-waivers.yaml at the scan root, or `waivers:` in the config].
    #[arg(long, value_name = "FILE", help_heading = "Suppression")]
    pub waivers: Option<PathBuf>,
    /// Accept waivers without an `expires` date.
    #[arg(long, help_heading = "Suppression")]
    pub allow_permanent_waivers: bool,
    /// Warn about waivers that expire within this many days [default: 14].
    #[arg(long, value_name = "DAYS", help_heading = "Suppression")]
    pub waiver_warn_days: Option<u32>,
    /// Gate only on findings whose fingerprint is not in this baseline.
    #[arg(long, value_name = "FILE", help_heading = "Suppression")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings' fingerprints as a baseline.
    #[arg(long, value_name = "FILE", help_heading = "Suppression")]
    pub write_baseline: Option<PathBuf>,
    /// Ignore `verdict:ignore[...]` comments in inputs.
    #[arg(long, help_heading = "Suppression")]
    pub no_inline_ignores: bool,
    /// Report inline ignores that match no finding.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, help_heading = "Suppression")]
    pub report_unused_ignores: bool,
    /// Show suppressed findings, with why, in the text report.
    #[arg(long, help_heading = "Suppression")]
    pub show_suppressed: bool,
    /// Leave suppressed findings out of SARIF (GitHub opens alerts for them).
    #[arg(long, help_heading = "Suppression")]
    pub sarif_omit_suppressed: bool,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Policy directory or `.rego` file (repeatable; default: the built-in library).
    #[arg(short, long = "policy", value_name = "PATH", help_heading = "Policy")]
    pub policies: Vec<PathBuf>,
    /// JSON/YAML data documents merged under `data` (repeatable).
    #[arg(short, long = "data", value_name = "PATH", help_heading = "Policy")]
    pub data: Vec<PathBuf>,
    /// Parse policies as Rego v0 (legacy syntax without `if`/`contains`).
    #[arg(long, help_heading = "Policy")]
    pub rego_v0: bool,
    /// Evaluate only packages matching this glob (repeatable, conftest-compatible).
    #[arg(long, value_name = "NS", help_heading = "Policy")]
    pub namespace: Vec<String>,
    /// Evaluate every package that defines deny/warn/violation rules (the default).
    #[arg(long, conflicts_with = "namespace", help_heading = "Policy")]
    pub all_namespaces: bool,
    /// Verify policy bundles (`--policy B.tar.gz`) against this public key (PEM) before loading anything; unsigned bundles are refused.
    #[arg(long, value_name = "PUB", help_heading = "Policy")]
    pub verification_key: Option<PathBuf>,
    /// Per-document evaluation time limit, in seconds.
    #[arg(
        long,
        value_name = "SECS",
        default_value_t = 10.0,
        help_heading = "Policy"
    )]
    pub timeout: f64,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The file to parse, `-` for stdin, or a Terraform module folder (each
    /// module instance as evaluated: `[{module, folder, input}]`).
    pub file: PathBuf,
    /// For a Terraform folder: the configuration as written, unevaluated.
    #[arg(long)]
    pub terraform_raw: bool,
    /// For a Terraform folder: variable values from a `.tfvars` file (repeatable).
    #[arg(long, value_name = "FILE")]
    pub tf_var_file: Vec<PathBuf>,
    /// For a Terraform folder: a variable value (repeatable).
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_tf_var)]
    pub tf_var: Vec<(String, String)>,
    /// Force the input kind.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<Kind>,
    /// Print the source map (JSON Pointer → line:column) instead of the value.
    #[arg(long)]
    pub lines: bool,
    /// Print `{"kind": …, "documents": […]}` (for tools) instead of the bare value.
    #[arg(long, conflicts_with = "lines")]
    pub envelope: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    s.parse()
}

fn parse_tf_var(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.to_owned()))
        }
        _ => Err(format!("expected NAME=VALUE, got `{s}`")),
    }
}
