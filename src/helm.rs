//! Helm charts: their templates are Go templates, not YAML, and only `helm
//! template` renders them, so a walk tells them apart and passes over them;
//! rendered output keeps `# Source: chart/templates/x.yaml` comments, which
//! name the template each document came from.

use std::path::Path;

use crate::parse::Document;

/// The chart a file belongs to as a template: it is under a `templates/`
/// folder (`templates/tests/`, `_helpers.tpl` and `NOTES.txt` included)
/// whose parent holds `Chart.yaml`.
pub fn chart_of(path: &Path) -> Option<&Path> {
    let mut dir = path.parent();
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n == "templates") {
            if let Some(chart) = d.parent() {
                if chart.join("Chart.yaml").is_file() || chart.join("Chart.yml").is_file() {
                    return Some(chart);
                }
            }
        }
        dir = d.parent();
    }
    None
}

/// For each document of a rendered stream (by index), the template its
/// `# Source:` comment names: the last one between the previous document's
/// start and its own.
pub fn source_templates(text: &str, documents: &[Document]) -> Vec<(usize, String)> {
    if !text.contains("# Source: ") {
        return Vec::new();
    }
    let sources: Vec<(u32, &str)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim_start().strip_prefix("# Source: ")?.trim();
            (!t.is_empty()).then_some((i as u32 + 1, t))
        })
        .collect();
    let mut out = Vec::new();
    let mut after = 0u32;
    for doc in documents {
        let start = doc.positions.pos.line;
        let named = sources
            .iter()
            .rev()
            .find(|(line, _)| *line < start && *line > after)
            .map(|(_, t)| t.to_string());
        if let Some(t) = named {
            out.push((doc.index, t));
        }
        after = start;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_documents_name_their_template() {
        let text = "---\n# Source: shop/templates/sa.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: a\n---\n# Source: shop/templates/deploy.yaml\n# a comment\napiVersion: apps/v1\nkind: Deployment\n---\napiVersion: v1\nkind: ConfigMap\n";
        let docs =
            match crate::parse::parse(text, Path::new("-"), Some(crate::kind::Kind::Kubernetes)) {
                Ok(p) => p.documents,
                Err(e) => panic!("{e}"),
            };
        assert_eq!(
            source_templates(text, &docs),
            vec![
                (0, "shop/templates/sa.yaml".to_string()),
                (1, "shop/templates/deploy.yaml".to_string())
            ]
        );
    }
}
