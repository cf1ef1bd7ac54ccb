//! The HTML report (placeholder until the template lands).

use super::Report;

pub fn render(report: &Report<'_>) -> String {
    super::markdown::render(report)
}
