//! Policy bundles (placeholder until it lands).

use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct BundleArgs {}

pub fn run(_args: BundleArgs) -> Result<i32> {
    anyhow::bail!("verdict bundle is not built yet")
}
