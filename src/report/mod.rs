//! Reports: each format is a pure function of the scan result, the rule
//! registry and the verdict. Files are written atomically.

pub mod github;
pub mod gitlab;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod text;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::finding::Finding;
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
    /// JUnit XML (GitLab, Jenkins, Azure DevOps test reports).
    Junit,
    /// GitLab Code Quality JSON.
    Gitlab,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// Markdown for `$GITHUB_STEP_SUMMARY`.
    Markdown,
    /// One self-contained HTML page for people (and auditors).
    Html,
}

impl Format {
    const NAMES: &'static str = "text, json, sarif, junit, gitlab, github, markdown, html";

    fn parse(s: &str) -> Option<Format> {
        match s {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "sarif" => Some(Format::Sarif),
            "junit" => Some(Format::Junit),
            "gitlab" => Some(Format::Gitlab),
            "github" => Some(Format::Github),
            "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
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
        Format::Junit => junit::render(report),
        Format::Gitlab => gitlab::render(report),
        Format::Github => github::render(report),
        Format::Markdown => markdown::render(report),
        Format::Html => html::render(report),
    }
}

/// Unsuppressed findings, most severe first (severity, then error before
/// warning), report order within a tie: what a format with room for only
/// some findings shows.
pub(crate) fn most_severe_first<'a>(report: &Report<'a>) -> Vec<&'a Finding> {
    let mut active: Vec<&Finding> = report
        .scan
        .findings
        .iter()
        .filter(|f| f.suppression.is_none())
        .collect();
    active.sort_by_key(|f| (std::cmp::Reverse(f.severity), std::cmp::Reverse(f.level)));
    active
}

/// The run in one line, as the text report ends and the GitHub log says it:
/// `12 files (3 skipped), 4 findings: 2 errors, 2 warnings, 0 suppressed`.
pub fn counts(report: &Report<'_>) -> String {
    let (v, s) = (report.verdict, report.scan);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = plural(s.files, "file", "files");
    if s.skipped_total() > 0 {
        line.push_str(&format!(" ({} skipped)", s.skipped_total()));
    }
    line.push_str(&format!(
        ", {}: {}, {}, {} suppressed",
        plural(v.findings, "finding", "findings"),
        plural(v.errors, "error", "errors"),
        plural(v.warnings, "warning", "warnings"),
        v.suppressed
    ));
    if v.input_errors > 0 {
        line.push_str(&format!(
            ", {} could not be evaluated",
            plural(v.input_errors, "input", "inputs")
        ));
    }
    line
}

/// A related resource worth a link: plain http(s) with nothing that could
/// end the link early. Anything else is shown as text.
pub fn is_web_link(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\''))
}

/// Write through a temporary file in the same folder and rename it into
/// place, so a reader never sees half a report. A path that is not a
/// regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written to
/// as it is: renaming over it would replace the device with a file. A
/// symbolic link is followed, so the link stays and its target is replaced.
pub fn write_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() {
            return std::fs::OpenOptions::new()
                .write(true)
                .open(path)?
                .write_all(contents.as_bytes());
        }
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return write_atomic(&std::fs::canonicalize(path)?, contents);
        }
    }
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

    #[cfg(unix)]
    #[test]
    fn a_device_or_a_link_is_written_through_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        write_atomic(Path::new("/dev/null"), "report").unwrap();
        let meta = std::fs::metadata("/dev/null").unwrap();
        assert!(meta.file_type().is_char_device());

        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("reports").join("verdict.sarif");
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("verdict.sarif");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, "new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    }

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
        for name in ["junit", "gitlab", "github", "markdown", "html"] {
            assert!(name.parse::<Output>().is_ok(), "{name}");
            assert!(Format::NAMES.contains(name), "{name}");
        }
        assert!("xml".parse::<Output>().is_err());
        assert!("json=".parse::<Output>().is_err());
    }
}

/// Findings, rules and a verdict for the reporters' unit tests.
#[cfg(test)]
pub(crate) mod fixture {
    use std::collections::BTreeMap;

    use super::{Options, Report};
    use crate::diagnostic::Diagnostic;
    use crate::finding::{Finding, Level, Severity};
    use crate::kind::Kind;
    use crate::policy::Rule;
    use crate::scan::ScanResult;
    use crate::verdict::{self, FailOn, Verdict};

    pub fn finding(
        rule_id: &str,
        file: &str,
        line: u32,
        level: Level,
        severity: Severity,
        message: &str,
    ) -> Finding {
        Finding {
            rule_id: rule_id.into(),
            query: "data.t.deny".into(),
            level,
            severity,
            message: message.into(),
            file: file.into(),
            line,
            column: 3,
            kind: Kind::Kubernetes,
            document: 0,
            path: None,
            resource: None,
            remediation: None,
            frameworks: BTreeMap::new(),
            fingerprint: crate::finding::fingerprint(rule_id, file, "", message),
            snippet: None,
            suppression: None,
            properties: serde_json::Map::new(),
            module: None,
            call_chain: Vec::new(),
            source_template: None,
        }
    }

    /// What a `Report` borrows.
    pub struct Owned {
        pub scan: ScanResult,
        pub rules: BTreeMap<String, Rule>,
        pub verdict: Verdict,
    }

    impl Owned {
        pub fn new(findings: Vec<Finding>, diagnostics: Vec<Diagnostic>) -> Owned {
            let verdict = verdict::decide(&findings, &diagnostics, FailOn::Error);
            Owned {
                scan: ScanResult {
                    files: 3,
                    findings,
                    diagnostics,
                    ..ScanResult::default()
                },
                rules: BTreeMap::new(),
                verdict,
            }
        }

        pub fn report(&self) -> Report<'_> {
            Report {
                scan: &self.scan,
                rules: &self.rules,
                verdict: &self.verdict,
                options: Options::default(),
            }
        }
    }
}
