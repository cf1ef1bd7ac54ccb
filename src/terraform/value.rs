//! Values of the static Terraform evaluation: HCL's types reduced to what
//! policies see (JSON), plus `Unknown` for whatever only a plan or an apply
//! could tell (a resource attribute, a data source, an unset variable).

use std::collections::BTreeMap;

use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum V {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    /// Tuples, lists and sets (a set is a list kept sorted and unique).
    List(Vec<V>),
    /// Objects and maps: Terraform iterates their keys in lexical order.
    Map(BTreeMap<String, V>),
    /// Not known before apply. Carries the string the unevaluated shape has
    /// for the expression that gave it (`${aws_vpc.main.id}`), so a partly
    /// known value still shows where the rest comes from.
    Unknown(Option<String>),
}

/// Why an expression has no value. Terraform would reject the
/// configuration (or `try`/`can` catch it); here it only means "not known".
#[derive(Clone, Debug, PartialEq)]
pub struct EvalError(pub String);

pub type R = Result<V, EvalError>;

pub fn err<T>(msg: impl Into<String>) -> Result<T, EvalError> {
    Err(EvalError(msg.into()))
}

/// The message of an exhausted budget: `try`/`can` must not swallow it.
pub const BUDGET_USED_UP: &str = "evaluation budget used up";

/// Spend `n` units of a root module's work budget.
pub fn burn(fuel: &std::cell::Cell<u64>, n: u64) -> Result<(), EvalError> {
    let left = fuel.get();
    if left < n {
        fuel.set(0);
        return err(BUDGET_USED_UP);
    }
    fuel.set(left - n);
    Ok(())
}

/// What a `for` expression, a `%{for}` directive or a `dynamic` block
/// iterates: `(index, element)` of a list, `(key, value)` of a map in key
/// order. `None`: the collection is unknown.
pub fn pairs(v: V) -> Result<Option<Vec<(V, V)>>, EvalError> {
    Ok(Some(match v {
        V::Unknown(_) => return Ok(None),
        V::List(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| (V::Num(i as f64), v))
            .collect(),
        V::Map(map) => map.into_iter().map(|(k, v)| (V::Str(k), v)).collect(),
        other => return err(format!("cannot iterate over a {}", other.type_name())),
    }))
}

impl V {
    pub fn unknown() -> V {
        V::Unknown(None)
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, V::Unknown(_))
    }

    /// Known all the way down.
    pub fn is_known(&self) -> bool {
        match self {
            V::Unknown(_) => false,
            V::List(items) => items.iter().all(V::is_known),
            V::Map(map) => map.values().all(V::is_known),
            _ => true,
        }
    }

    /// About how much work a copy of this value is: its nodes, and its
    /// strings' bytes in 64-byte steps.
    pub fn weight(&self) -> u64 {
        match self {
            V::Str(s) => 1 + s.len() as u64 / 64,
            V::List(items) => 1 + items.iter().map(V::weight).sum::<u64>(),
            V::Map(m) => {
                1 + m
                    .iter()
                    .map(|(k, v)| k.len() as u64 / 64 + v.weight())
                    .sum::<u64>()
            }
            _ => 1,
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            V::Null => "null",
            V::Bool(_) => "bool",
            V::Num(_) => "number",
            V::Str(_) => "string",
            V::List(_) => "tuple",
            V::Map(_) => "object",
            V::Unknown(_) => "unknown",
        }
    }

    /// From a parsed document (hcl2json shape, tfvars, JSON). Strings are
    /// taken literally here; the evaluator decides which ones are templates.
    pub fn from_json(v: &Value) -> V {
        match v {
            Value::Null => V::Null,
            Value::Bool(b) => V::Bool(*b),
            Value::Number(n) => V::Num(n.as_f64().unwrap_or(f64::NAN)),
            Value::String(s) => V::Str(s.clone()),
            Value::Array(items) => V::List(items.iter().map(V::from_json).collect()),
            Value::Object(map) => V::Map(
                map.iter()
                    .map(|(k, v)| (k.clone(), V::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// The JSON a policy sees. An unknown part becomes the `"${…}"` string
    /// of the expression it came from, as in the unevaluated shape.
    pub fn to_json(&self) -> Value {
        match self {
            V::Null => Value::Null,
            V::Bool(b) => Value::Bool(*b),
            V::Num(n) => number_json(*n),
            V::Str(s) => Value::String(s.clone()),
            V::List(items) => Value::Array(items.iter().map(V::to_json).collect()),
            V::Map(map) => {
                Value::Object(map.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
            }
            V::Unknown(shown) => Value::String(
                shown
                    .clone()
                    .unwrap_or_else(|| "${(known after apply)}".to_owned()),
            ),
        }
    }

    /// Terraform's automatic conversion to string (templates, string
    /// functions): primitives only.
    pub fn as_string(&self) -> Result<Option<String>, EvalError> {
        match self {
            V::Str(s) => Ok(Some(s.clone())),
            V::Num(n) => Ok(Some(format_number(*n))),
            V::Bool(b) => Ok(Some(b.to_string())),
            V::Unknown(_) => Ok(None),
            V::Null => err("a null value cannot be used as a string"),
            V::List(_) | V::Map(_) => err(format!(
                "a {} value cannot be used as a string",
                self.type_name()
            )),
        }
    }

    pub fn as_number(&self) -> Result<Option<f64>, EvalError> {
        match self {
            V::Num(n) => Ok(Some(*n)),
            V::Str(s) => s
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(Some)
                .ok_or_else(|| EvalError(format!("\"{s}\" is not a number"))),
            V::Unknown(_) => Ok(None),
            other => err(format!("a {} is not a number", other.type_name())),
        }
    }

    pub fn as_bool(&self) -> Result<Option<bool>, EvalError> {
        match self {
            V::Bool(b) => Ok(Some(*b)),
            V::Str(s) if s == "true" => Ok(Some(true)),
            V::Str(s) if s == "false" => Ok(Some(false)),
            V::Unknown(_) => Ok(None),
            other => err(format!("a {} is not a bool", other.type_name())),
        }
    }

    /// Elements of a list, or values of a map in key order.
    pub fn elements(&self) -> Result<Option<Vec<V>>, EvalError> {
        match self {
            V::List(items) => Ok(Some(items.clone())),
            V::Map(map) => Ok(Some(map.values().cloned().collect())),
            V::Unknown(_) => Ok(None),
            other => err(format!("a {} is not a collection", other.type_name())),
        }
    }
}

/// HCL numbers are arbitrary-precision decimals; integral ones print
/// without a fraction, as Terraform prints them.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn number_json(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

/// A set: sorted and unique, as Terraform orders a set of strings.
pub fn to_set(items: Vec<V>) -> V {
    let mut out: Vec<V> = Vec::with_capacity(items.len());
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    if out
        .iter()
        .all(|v| matches!(v, V::Str(_) | V::Num(_) | V::Bool(_)))
    {
        out.sort_by(|a, b| match (a, b) {
            (V::Num(x), V::Num(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
            _ => sort_key(a).cmp(&sort_key(b)),
        });
    }
    V::List(out)
}

fn sort_key(v: &V) -> String {
    match v {
        V::Str(s) => s.clone(),
        V::Num(n) => format_number(*n),
        V::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_round_trips_and_unknown_parts_show_their_source() {
        let v = V::from_json(&json!({"a": [1, 2.5, "x", null, true]}));
        assert_eq!(v.to_json(), json!({"a": [1, 2.5, "x", null, true]}));
        let partly = V::List(vec![
            V::Str("10.0.0.0/16".into()),
            V::Unknown(Some("${aws_vpc.main.cidr_block}".into())),
        ]);
        assert!(!partly.is_known());
        assert_eq!(
            partly.to_json(),
            json!(["10.0.0.0/16", "${aws_vpc.main.cidr_block}"])
        );
    }

    #[test]
    fn primitives_convert_as_terraform_converts_them() {
        assert_eq!(V::Num(5.0).as_string(), Ok(Some("5".into())));
        assert_eq!(V::Num(0.5).as_string(), Ok(Some("0.5".into())));
        assert_eq!(V::Str(" 42 ".into()).as_number(), Ok(Some(42.0)));
        assert_eq!(V::Str("true".into()).as_bool(), Ok(Some(true)));
        assert!(V::Str("yes".into()).as_bool().is_err());
        assert!(V::Null.as_string().is_err());
        assert_eq!(
            to_set(vec![
                V::Str("b".into()),
                V::Str("a".into()),
                V::Str("b".into())
            ]),
            V::List(vec![V::Str("a".into()), V::Str("b".into())])
        );
    }
}
