//! Scalar text → JSON value by YAML 1.2's core schema: `true`/`false`,
//! `null`/`~`/empty, decimal, `0x` and `0o` integers, floats and `.inf`/`.nan`.
//! `yes`, `on` and friends stay strings (YAML 1.1 booleans are not core).

use serde_json::{Number, Value};

/// A plain (unquoted) scalar with no tag.
pub fn plain(s: &str) -> Value {
    match core(s) {
        Some(v) => v,
        None => Value::String(s.to_string()),
    }
}

/// A scalar with an explicit core tag (`!!int`, `!!str`…), `suffix` being
/// what follows `tag:yaml.org,2002:`. The tag decides even for quoted text
/// (`!!int "12"` is 12); text the tag cannot read, and the tags JSON has no
/// type for (`!!binary`, `!!timestamp`), keep the text as a string.
pub fn tagged(suffix: &str, s: &str) -> Value {
    let text = || Value::String(s.to_string());
    match suffix {
        "null" => match s {
            "" | "~" | "null" | "Null" | "NULL" => Value::Null,
            _ => text(),
        },
        "bool" => match s {
            "true" | "True" | "TRUE" => Value::Bool(true),
            "false" | "False" | "FALSE" => Value::Bool(false),
            _ => text(),
        },
        "int" => match integer(s) {
            Some(i) => Value::Number(Number::from(i)),
            None => text(),
        },
        "float" => match integer(s).map(|i| i as f64).or_else(|| float(s)) {
            Some(f) => float_value(f),
            None => text(),
        },
        _ => text(),
    }
}

fn core(s: &str) -> Option<Value> {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    if let Some(i) = integer(s) {
        return Some(Value::Number(Number::from(i)));
    }
    float(s).map(float_value)
}

/// Decimal (with an optional sign), `0x…` or `0o…`, within i64.
fn integer(s: &str) -> Option<i64> {
    // `from_str_radix` and `parse` accept a sign of their own, which the
    // core schema does not allow after a prefix (`0x-1`) or twice (`+-1`).
    let unsigned = |d: &str| !d.starts_with(['+', '-']);
    if let Some(hex) = s.strip_prefix("0x") {
        return unsigned(hex)
            .then(|| i64::from_str_radix(hex, 16).ok())
            .flatten();
    }
    if let Some(oct) = s.strip_prefix("0o") {
        return unsigned(oct)
            .then(|| i64::from_str_radix(oct, 8).ok())
            .flatten();
    }
    if let Some(rest) = s.strip_prefix('+') {
        return unsigned(rest).then(|| rest.parse().ok()).flatten();
    }
    s.parse().ok()
}

fn float(s: &str) -> Option<f64> {
    match s {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => Some(f64::NAN),
        // Rust also reads `inf`, `nan` and `infinity`, which YAML does not:
        // a core float has a digit.
        _ if s.bytes().any(|b| b.is_ascii_digit()) => s.parse().ok(),
        _ => None,
    }
}

fn float_value(f: f64) -> Value {
    match Number::from_f64(f) {
        Some(n) => Value::Number(n),
        // JSON has no NaN or infinity: keep YAML's spelling.
        None if f.is_nan() => Value::String(".nan".into()),
        None if f > 0.0 => Value::String(".inf".into()),
        None => Value::String("-.inf".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_scalars_resolve_by_the_core_schema() {
        let cases = [
            ("~", json!(null)),
            ("", json!(null)),
            ("Null", json!(null)),
            ("nUll", json!("nUll")),
            ("True", json!(true)),
            ("FALSE", json!(false)),
            ("yes", json!("yes")),
            ("on", json!("on")),
            ("0x1F", json!(31)),
            ("0o17", json!(15)),
            ("017", json!(17)),
            ("+12", json!(12)),
            ("-12", json!(-12)),
            ("0x-1", json!("0x-1")),
            ("+-1", json!("+-1")),
            ("1_000", json!("1_000")),
            ("0b101", json!("0b101")),
            ("1.5", json!(1.5)),
            ("1e3", json!(1000.0)),
            (".5", json!(0.5)),
            ("12345678901234567890", json!(12345678901234567890.0)),
            (".inf", json!(".inf")),
            ("-.Inf", json!("-.inf")),
            (".NaN", json!(".nan")),
            ("1e400", json!(".inf")),
            ("inf", json!("inf")),
            ("nan", json!("nan")),
        ];
        for (text, want) in cases {
            assert_eq!(plain(text), want, "{text:?}");
        }
    }

    #[test]
    fn explicit_core_tags_decide_even_for_quoted_text() {
        assert_eq!(tagged("str", "12"), json!("12"));
        assert_eq!(tagged("str", ""), json!(""));
        assert_eq!(tagged("int", "12"), json!(12));
        assert_eq!(tagged("int", "0x1F"), json!(31));
        assert_eq!(tagged("int", "abc"), json!("abc"));
        assert_eq!(tagged("float", "1"), json!(1.0));
        assert_eq!(tagged("bool", "true"), json!(true));
        assert_eq!(tagged("bool", "yes"), json!("yes"));
        assert_eq!(tagged("null", ""), json!(null));
        assert_eq!(tagged("binary", "aGk="), json!("aGk="));
    }
}
