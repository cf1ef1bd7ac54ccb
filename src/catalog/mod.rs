//! The policy catalogue (placeholder until it lands).

pub mod natural;

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct DocArgs {
    /// Policy folder, `.rego` file or bundle (repeatable; default: the built-in library).
    #[arg(short, long = "policy", value_name = "PATH")]
    pub policies: Vec<PathBuf>,
    /// Parse policies as Rego v0.
    #[arg(long)]
    pub rego_v0: bool,
    /// Verify bundles against this public key before reading them.
    #[arg(long, value_name = "PUB")]
    pub verification_key: Option<PathBuf>,
    /// Where to write the catalogue: `.md` for Markdown, `.html` for HTML; `-` for Markdown on stdout.
    #[arg(short, long, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
}

pub fn run(_args: DocArgs) -> Result<i32> {
    anyhow::bail!("verdict doc is not built yet")
}
