//! Reports: each format is a pure function of the scan result, the rule
//! registry and the verdict. Files are written atomically.

pub mod json;
pub mod sarif;
pub mod text;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::policy::Rule;
use crate::scan::ScanResult;
use crate::verdict::Verdict;

/// Everything a format may show.
pub struct Report<'a> {
    pub scan: &'a ScanResult,
    pub rules: &'a BTreeMap<String, Rule>,
    pub verdict: &'a Verdict,
    pub options: Options,
}

/// Choices about what a report shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Text: list suppressed findings with why (always counted).
    pub show_suppressed: bool,
    /// SARIF: leave suppressed findings out.
    pub sarif_omit_suppressed: bool,
    /// Text: list inline ignores that matched nothing.
    pub report_unused_ignores: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Sarif,
}

impl Format {
    const NAMES: &'static str = "text, json, sarif";

    fn parse(s: &str) -> Option<Format> {
        match s {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            _ => None,
        }
    }
}

/// One `--format FMT[=FILE]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub format: Format,
    pub file: Option<PathBuf>,
}

impl std::str::FromStr for Output {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (name, file) = match s.split_once('=') {
            Some((n, f)) if !f.is_empty() => (n, Some(PathBuf::from(f))),
            Some((n, _)) => return Err(format!("`--format {n}=` needs a file name after `=`")),
            None => (s, None),
        };
        let format = Format::parse(name)
            .ok_or_else(|| format!("unknown format `{name}` (known: {})", Format::NAMES))?;
        Ok(Output { format, file })
    }
}

pub fn render(format: Format, report: &Report<'_>, color: bool) -> String {
    match format {
        Format::Text => text::render(report, color),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
    }
}

/// Write through a temporary file in the same folder and rename it into
/// place, so a reader never sees half a report.
pub fn write_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(contents.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_arguments_parse() {
        assert_eq!(
            "sarif=out/r.sarif".parse::<Output>(),
            Ok(Output {
                format: Format::Sarif,
                file: Some(PathBuf::from("out/r.sarif"))
            })
        );
        assert_eq!(
            "json".parse::<Output>(),
            Ok(Output {
                format: Format::Json,
                file: None
            })
        );
        assert!("xml".parse::<Output>().is_err());
        assert!("json=".parse::<Output>().is_err());
    }
}
