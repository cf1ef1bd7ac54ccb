//! The decision log (placeholder until it lands).

use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct AuditArgs {}

pub fn run(_args: AuditArgs) -> Result<i32> {
    anyhow::bail!("verdict audit is not built yet")
}
