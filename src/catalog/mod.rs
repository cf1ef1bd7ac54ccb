//! The policy catalogue (`verdict doc`): every rule the loaded policies
//! enforce and the framework controls each covers, written for an auditor
//! as Markdown or as one self-contained HTML page.

pub mod coverage;
pub mod frameworks;
mod html;
mod markdown;
pub mod model;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};

use crate::policy::{self, LoadOptions};
use model::{Catalog, Source};

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
    /// The format, whatever the extension of --output [default: from the extension].
    #[arg(long, value_enum)]
    pub format: Option<DocFormat>,
    /// The catalogue's heading.
    #[arg(long, default_value = "Policy catalogue")]
    pub title: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    #[value(name = "md", alias = "markdown")]
    Markdown,
    #[value(alias = "htm")]
    Html,
}

impl DocFormat {
    /// The format an output path asks for by its extension.
    pub fn from_path(path: &Path) -> Result<DocFormat> {
        if path.as_os_str() == "-" {
            return Ok(DocFormat::Markdown);
        }
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown") => Ok(DocFormat::Markdown),
            Some("html" | "htm") => Ok(DocFormat::Html),
            _ => bail!(
                "cannot tell the catalogue format from `{}`: name it .md or .markdown for Markdown, .html or .htm for HTML, or pass --format md|html",
                path.display()
            ),
        }
    }
}

pub fn run(args: DocArgs) -> Result<i32> {
    // Before loading, so a mistyped name fails at once.
    let format = match args.format {
        Some(f) => f,
        None => DocFormat::from_path(&args.output)?,
    };
    let set = policy::load(&LoadOptions {
        policies: args.policies.clone(),
        rego_v0: args.rego_v0,
        verification_key: args.verification_key.clone(),
        ..LoadOptions::default()
    })
    .context("loading policies")?;
    let source = if args.policies.is_empty() {
        Source::Builtin
    } else {
        Source::Paths(
            args.policies
                .iter()
                .map(|p| p.display().to_string())
                .collect(),
        )
    };
    let mut catalog = Catalog::new(&args.title, source, &set.rules);
    catalog.provenance = set.provenance.clone();
    let text = render(&catalog, format)?;
    if args.output.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .context("writing the catalogue to stdout")?;
    } else {
        crate::report::write_atomic(&args.output, &text)
            .with_context(|| format!("writing {}", args.output.display()))?;
    }
    Ok(0)
}

/// The catalogue in one format: a pure function of the catalogue.
pub fn render(catalog: &Catalog<'_>, format: DocFormat) -> Result<String> {
    match format {
        DocFormat::Markdown => Ok(markdown::render(catalog)),
        DocFormat::Html => html::render(catalog),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_chooses_the_format() {
        let f = |p: &str| DocFormat::from_path(Path::new(p)).ok();
        assert_eq!(f("-"), Some(DocFormat::Markdown));
        assert_eq!(f("out/catalog.md"), Some(DocFormat::Markdown));
        assert_eq!(f("CATALOG.Markdown"), Some(DocFormat::Markdown));
        assert_eq!(f("catalog.html"), Some(DocFormat::Html));
        assert_eq!(f("catalog.HTM"), Some(DocFormat::Html));
        assert_eq!(f("catalog.txt"), None);
        assert_eq!(f("catalog"), None);
    }
}
