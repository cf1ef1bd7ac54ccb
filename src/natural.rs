//! Natural ordering for control and rule ids: runs of digits compare as
//! numbers, so an auditor reads "1.2" before "1.10" and "AC-2" before "AC-10".

use std::cmp::Ordering;

/// `a` against `b`, digit runs by value and text case-insensitively; a
/// total order (ties fall back to the raw strings), so sorting is
/// deterministic.
pub fn cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (chunks(a), chunks(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => match chunk_cmp(p, q) {
                Ordering::Equal => continue,
                other => return other,
            },
        }
    }
}

/// A maximal run of ASCII digits, or of anything else.
#[derive(Clone, Copy)]
enum Chunk<'a> {
    Number(&'a str),
    Text(&'a str),
}

fn chunks(s: &str) -> impl Iterator<Item = Chunk<'_>> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let digit = first.is_ascii_digit();
        let end = rest
            .find(|c: char| c.is_ascii_digit() != digit)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some(if digit {
            Chunk::Number(run)
        } else {
            Chunk::Text(run)
        })
    })
}

fn chunk_cmp(a: Chunk<'_>, b: Chunk<'_>) -> Ordering {
    match (a, b) {
        // By value without parsing, so a 40-digit control number cannot overflow.
        (Chunk::Number(p), Chunk::Number(q)) => {
            let (p, q) = (p.trim_start_matches('0'), q.trim_start_matches('0'));
            p.len().cmp(&q.len()).then_with(|| p.cmp(q))
        }
        (Chunk::Number(_), Chunk::Text(_)) => Ordering::Less,
        (Chunk::Text(_), Chunk::Number(_)) => Ordering::Greater,
        (Chunk::Text(p), Chunk::Text(q)) => p
            .chars()
            .map(|c| c.to_ascii_lowercase())
            .cmp(q.chars().map(|c| c.to_ascii_lowercase())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(items: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        v.sort_by(|a, b| cmp(a, b));
        v
    }

    #[test]
    fn cis_sections_sort_by_number_not_by_character() {
        assert_eq!(
            sorted(&["1.10", "1.2", "5.2.10", "5.2.9", "1.1", "10.1", "2"]),
            ["1.1", "1.2", "1.10", "2", "5.2.9", "5.2.10", "10.1"]
        );
    }

    #[test]
    fn nist_controls_and_enhancements_sort_as_the_catalogue_does() {
        assert_eq!(
            sorted(&["AC-10", "IA-5(7)", "AC-2", "CM-10(1)", "IA-5", "CM-10", "AU-9", "CM-2"]),
            ["AC-2", "AC-10", "AU-9", "CM-2", "CM-10", "CM-10(1)", "IA-5", "IA-5(7)"]
        );
    }

    #[test]
    fn a_section_comes_before_its_subsections() {
        assert_eq!(
            sorted(&["10.2.1.1", "10.2.1", "10.2.1.2", "10.2"]),
            ["10.2", "10.2.1", "10.2.1.1", "10.2.1.2"]
        );
    }

    #[test]
    fn service_prefixed_controls_and_rule_ids_sort_naturally() {
        assert_eq!(
            sorted(&["EC2.13", "EC2.2", "ec2.3", "S3.14", "S3.2"]),
            ["EC2.2", "ec2.3", "EC2.13", "S3.2", "S3.14"]
        );
        assert_eq!(
            sorted(&["VD-K8S-010", "VD-K8S-9", "VD-K8S-001"]),
            ["VD-K8S-001", "VD-K8S-9", "VD-K8S-010"]
        );
    }

    #[test]
    fn ties_are_broken_so_the_order_is_total() {
        assert_eq!(cmp("01", "1"), "01".cmp("1"));
        assert_eq!(cmp("a", "A"), "a".cmp("A"));
        assert_eq!(cmp("x", "x"), Ordering::Equal);
        assert_eq!(cmp("", "1"), Ordering::Less);
        let huge = "9".repeat(40);
        assert_eq!(cmp(&huge, "10"), Ordering::Greater);
    }
}
