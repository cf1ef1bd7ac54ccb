//! Text → documents a policy sees. One parser per syntax family; each gives
//! the JSON value and its position tree in the same pass.

pub mod cloudformation;
pub mod dockerfile;
pub mod error;
pub mod hcl;
pub mod json;
pub mod toml;
pub mod yaml;

use std::path::Path;

use serde_json::Value;

pub use error::SyntaxError;

use crate::kind::{self, Kind, Syntax};
use crate::source_map::PosTree;

/// One document of a file: a whole JSON/TOML file, one YAML document of a
/// stream, or one line of a JSON Lines file.
#[derive(Debug, Clone)]
pub struct Document {
    /// 0-based: the YAML stream index, or the JSON Lines record number.
    pub index: usize,
    pub value: Value,
    pub positions: PosTree,
}

#[derive(Debug)]
pub struct ParsedFile {
    pub kind: Kind,
    /// The syntax it was read as (decides e.g. whether it has comments).
    pub syntax: Syntax,
    pub documents: Vec<Document>,
    /// Things worth telling the user that do not stop evaluation.
    pub warnings: Vec<Warning>,
}

/// A non-fatal remark about an input, at a place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub line: u32,
    pub column: u32,
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    #[error("{0}")]
    Syntax(#[from] SyntaxError),
    #[error("cannot tell what kind of file this is; pass --kind")]
    UnknownKind,
}

impl ParseError {
    /// 1-based line and column, when the error has a place in the text.
    pub fn position(&self) -> Option<(u32, u32)> {
        match self {
            ParseError::Syntax(e) => Some((e.line, e.column)),
            _ => None,
        }
    }
}

/// Parse a file's text into its kind and documents. `forced` is `--kind`;
/// without it the path decides the syntax and the content the kind, and a
/// path with no known extension is sniffed (JSON only, as anything is YAML).
pub fn parse(text: &str, path: &Path, forced: Option<Kind>) -> Result<ParsedFile, ParseError> {
    let hint = kind::from_path(path);
    let syntax = match (forced, hint) {
        (Some(k), _) if matches!(k.natural_syntax(), Syntax::Hcl | Syntax::Dockerfile) => {
            match hint {
                Some(h) if h.kind == Some(k) => h.syntax,
                _ => k.natural_syntax(),
            }
        }
        (Some(_), Some(h)) => h.syntax,
        (Some(k), _) => k.natural_syntax(),
        (None, Some(h)) => h.syntax,
        (None, None) if looks_like_json(text) => Syntax::Json,
        (None, None) => return Err(ParseError::UnknownKind),
    };
    let (syntax, documents, unknown_tags) = parse_syntax(text, syntax)?;
    let kind = match (forced, hint.and_then(|h| h.kind)) {
        (Some(k), _) => k,
        (None, Some(k)) => k,
        (None, None) => {
            let values: Vec<&Value> = documents.iter().map(|d| &d.value).collect();
            kind::from_content(syntax, path, &values)
        }
    };
    // Other YAML dialects have tags of their own (GitLab's `!reference`);
    // only in a template is an unknown tag a likely mistake.
    let warnings = if kind == Kind::Cloudformation {
        let mut seen: Vec<(String, crate::source_map::Position)> = Vec::new();
        for t in unknown_tags {
            if !seen.iter().any(|(n, _)| *n == t.0) {
                seen.push(t);
            }
        }
        seen.into_iter()
            .map(|(tag, pos)| Warning {
                line: pos.line,
                column: pos.column,
                message: format!(
                    "unknown CloudFormation tag `{tag}`: its value is kept without the tag"
                ),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(ParsedFile {
        kind,
        syntax,
        documents,
        warnings,
    })
}

fn looks_like_json(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with('{') || t.starts_with('[')
}

/// Run one parser. A `.json` file holding one object per line is JSON Lines
/// (Falco and OCSF exports often are), so a complete value followed by more
/// content on the next line is retried as such.
type Parsed = (
    Syntax,
    Vec<Document>,
    Vec<(String, crate::source_map::Position)>,
);

fn parse_syntax(text: &str, syntax: Syntax) -> Result<Parsed, ParseError> {
    let single = |(value, positions)| Document {
        index: 0,
        value,
        positions,
    };
    match syntax {
        Syntax::Json => match json::parse(text) {
            Ok(v) => Ok((Syntax::Json, vec![single(v)], Vec::new())),
            Err(e) if e.trailing_content => {
                let docs = json::parse_lines(text).map_err(|_| e)?;
                Ok((Syntax::JsonLines, lines_to_documents(docs), Vec::new()))
            }
            Err(e) => Err(e.into()),
        },
        Syntax::Jsonc => Ok((
            Syntax::Jsonc,
            vec![single(json::parse_jsonc(text)?)],
            Vec::new(),
        )),
        Syntax::JsonLines => Ok((
            Syntax::JsonLines,
            lines_to_documents(json::parse_lines(text)?),
            Vec::new(),
        )),
        Syntax::Toml => Ok((Syntax::Toml, vec![single(toml::parse(text)?)], Vec::new())),
        Syntax::Yaml => {
            // CloudFormation's short tags are mapped in any YAML: whether the
            // file is a template is only known once it is parsed.
            let docs = yaml::parse(text, &cloudformation::map_tag)?;
            let mut unknown = Vec::new();
            let docs = docs
                .into_iter()
                .map(|d| {
                    unknown.extend(d.unknown_tags);
                    Document {
                        index: d.index,
                        value: d.value,
                        positions: d.positions,
                    }
                })
                .collect();
            Ok((Syntax::Yaml, docs, unknown))
        }
        Syntax::Hcl => Ok((Syntax::Hcl, vec![single(hcl::parse(text)?)], Vec::new())),
        Syntax::Dockerfile => Ok((
            Syntax::Dockerfile,
            vec![single(dockerfile::parse(text)?)],
            Vec::new(),
        )),
    }
}

fn lines_to_documents(lines: Vec<(u32, Value, PosTree)>) -> Vec<Document> {
    lines
        .into_iter()
        .enumerate()
        .map(|(index, (_, value, positions))| Document {
            index,
            value,
            positions,
        })
        .collect()
}
