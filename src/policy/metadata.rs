//! OPA `# METADATA` comment blocks, read by verdict itself (regorus treats
//! them as comments): where each block is and what it says.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::parse::yaml;

/// One METADATA block and the line of the statement it annotates.
#[derive(Debug, Clone)]
pub struct Block {
    /// Line of the `# METADATA` marker.
    pub line: u32,
    /// Line of the first non-comment, non-blank line after the block.
    pub target_line: u32,
    pub annotation: Annotation,
}

/// Equality tells whether two rule definitions describe the same rule.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Annotation {
    pub scope: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub related_resources: Vec<RelatedResource>,
    #[serde(default)]
    pub custom: Custom,
}

/// OPA allows `- ref: URL` objects or bare URL strings.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum RelatedResource {
    Url(String),
    Ref {
        #[serde(rename = "ref")]
        reference: String,
        #[allow(dead_code)]
        description: Option<String>,
    },
}

impl RelatedResource {
    pub fn url(&self) -> &str {
        match self {
            RelatedResource::Url(u) => u,
            RelatedResource::Ref { reference, .. } => reference,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Custom {
    pub id: Option<String>,
    pub severity: Option<String>,
    pub remediation: Option<String>,
    pub kinds: Option<OneOrMany>,
    #[serde(default)]
    pub frameworks: BTreeMap<String, OneOrMany>,
    pub response: Option<Value>,
    /// A snippet of input that triggers the rule (shown by `verdict rules ID`).
    pub example: Option<String>,
}

/// `kinds: kubernetes` and `kinds: [kubernetes]` mean the same.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// A METADATA block that is not valid YAML or not of the expected shape.
#[derive(Debug, thiserror::Error)]
#[error("{line}: invalid METADATA block: {message}")]
pub struct MetadataError {
    pub line: u32,
    pub message: String,
}

/// Find every METADATA block in a policy's text.
pub fn blocks(text: &str) -> Result<Vec<Block>, MetadataError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "# METADATA" {
            i += 1;
            continue;
        }
        let marker = i;
        let mut body = String::new();
        i += 1;
        while i < lines.len() {
            let Some(rest) = lines[i].trim_start().strip_prefix('#') else {
                break;
            };
            // One space after `#` belongs to the comment; the rest is YAML indentation.
            body.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            body.push('\n');
            i += 1;
        }
        let mut target = i;
        while target < lines.len() && lines[target].trim().is_empty() {
            target += 1;
        }
        let annotation = parse_annotation(&body, marker as u32 + 2)?;
        out.push(Block {
            line: marker as u32 + 1,
            target_line: target as u32 + 1,
            annotation,
        });
    }
    Ok(out)
}

fn parse_annotation(body: &str, first_line: u32) -> Result<Annotation, MetadataError> {
    let docs = yaml::parse(body, &yaml::keep_tag).map_err(|e| MetadataError {
        line: first_line + e.line.saturating_sub(1),
        message: e.message,
    })?;
    let Some(doc) = docs.into_iter().next() else {
        return Ok(Annotation::default());
    };
    serde_json::from_value(doc.value).map_err(|e| MetadataError {
        line: first_line,
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_read_with_their_target_line() {
        let text = "# METADATA\n# title: Pkg\n# custom:\n#   id: X-1\n#   kinds: [kubernetes]\n#   frameworks:\n#     CIS: 5.2.1\npackage p\n\n# METADATA\n# title: Rule\n\ndeny contains msg if { false }\n";
        let b = blocks(text).unwrap_or_default();
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].line, b[0].target_line), (1, 8));
        assert_eq!(b[0].annotation.custom.id.as_deref(), Some("X-1"));
        let fw = b[0].annotation.custom.frameworks.get("CIS").cloned();
        assert_eq!(fw.map(OneOrMany::into_vec), Some(vec!["5.2.1".to_string()]));
        assert_eq!(b[1].target_line, 13);
        assert_eq!(b[1].annotation.title.as_deref(), Some("Rule"));
    }

    #[test]
    fn bad_yaml_names_its_line() {
        let text = "package p\n# METADATA\n# title: [unclosed\n# x: 1\ndeny := 1\n";
        let err = blocks(text).err().map(|e| e.line);
        assert!(matches!(err, Some(l) if (3..=4).contains(&l)), "{err:?}");
    }
}
