//! verdict: a policy-as-code compliance gate.
//!
//! discover → detect kind → parse (value + source map) → evaluate (regorus,
//! rayon) → findings → report (formats) → verdict (exit code) → decision
//! log. Policies may come from signed bundles (`bundle`); `catalog` documents
//! what they enforce.

pub mod audit;
pub mod bundle;
pub mod catalog;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod discover;
pub mod eval;
pub mod events;
pub mod finding;
pub mod helm;
pub mod kind;
pub mod merge;
pub mod natural;
pub mod parse;
pub mod policy;
pub mod report;
pub mod scan;
pub mod shard;
pub mod source_map;
pub mod stamp;
pub mod stream;
pub mod suppress;
pub mod synthetic;
pub mod terraform;
pub mod verdict;
