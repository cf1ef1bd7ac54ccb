//! HCL expressions evaluated the way Terraform evaluates them, over the
//! values a static reading can know. What only a plan could know (resource
//! attributes, data sources, unset variables) is `Unknown` and stays so
//! through every operator and function: nothing is guessed.

use std::cell::Cell;

use hcl_edit::expr::{
    BinaryOperator, Expression, ForExpr, ObjectKey, TraversalOperator, UnaryOperator,
};
use hcl_edit::template::{Directive, Element, Template};
use hcl_edit::Span;

use super::funcs;
use super::value::{burn, err, pairs, to_set, EvalError, BUDGET_USED_UP, R, V};

/// What the expression's names refer to: variables, locals, module outputs,
/// `count`/`each`, `path` — everything outside the expression itself.
pub trait Scope {
    /// `root.attr` (`var.x`, `local.y`, `module.m`, `each.value`, …) for a
    /// root name the expression does not bind itself.
    fn reference(&self, root: &str, attr: &str) -> R;
    /// A bare name (a `dynamic` block's iterator, say).
    fn name(&self, _name: &str) -> R {
        Ok(V::unknown())
    }
    /// Functions that need the scope (`file`, `templatefile`, …); `None`
    /// leaves the call to the pure functions.
    fn call(&self, _name: &str, _args: &[V]) -> Option<R> {
        None
    }
}

/// Nested evaluations (locals referring to locals, templates in templates).
const MAX_DEPTH: usize = 128;
/// The largest string and collection a value may become: a chain of
/// locals that each double the last would otherwise fill memory.
const MAX_STRING: usize = 4 * 1024 * 1024;
const MAX_ITEMS: usize = 256 * 1024;

pub struct Eval<'a> {
    scope: &'a dyn Scope,
    /// The text the expression was parsed from (spans point into it).
    src: &'a str,
    /// Object keys the lenient parser renamed (see `parse::hcl::parse_lenient`).
    renamed: Option<&'a crate::parse::hcl::Renamed>,
    bound: Vec<(String, V)>,
    fuel: &'a Cell<u64>,
    depth: usize,
}

impl<'a> Eval<'a> {
    pub fn new(scope: &'a dyn Scope, src: &'a str, fuel: &'a Cell<u64>) -> Self {
        Eval {
            scope,
            src,
            renamed: None,
            bound: Vec::new(),
            fuel,
            depth: 0,
        }
    }

    pub fn with_renamed(mut self, renamed: &'a crate::parse::hcl::Renamed) -> Self {
        self.renamed = Some(renamed);
        self
    }

    fn burn(&self, n: u64) -> Result<(), EvalError> {
        burn(self.fuel, n)
    }

    fn text(&self, expr: &Expression) -> Option<String> {
        let range = expr.span()?;
        self.src.get(range).map(|s| s.trim().to_owned())
    }

    /// An unknown value named after the expression that gave it, as the
    /// unevaluated shape writes it: `${expr}`, a template as its text.
    fn named(&self, v: V, expr: &Expression) -> V {
        match v {
            V::Unknown(_) => V::Unknown(self.text(expr).map(|t| match expr {
                Expression::StringTemplate(_) if t.len() >= 2 => t[1..t.len() - 1].to_owned(),
                _ => format!("${{{t}}}"),
            })),
            other => other,
        }
    }

    pub fn expr(&mut self, expr: &Expression) -> R {
        self.burn(1)?;
        if self.depth > MAX_DEPTH {
            return err("expression nested too deeply");
        }
        self.depth += 1;
        let v = self.expr_inner(expr);
        self.depth -= 1;
        Ok(self.named(v?, expr))
    }

    fn expr_inner(&mut self, expr: &Expression) -> R {
        match expr {
            Expression::Null(_) => Ok(V::Null),
            Expression::Bool(b) => Ok(V::Bool(*b.value())),
            Expression::Number(n) => Ok(V::Num(n.value().as_f64().unwrap_or(f64::NAN))),
            Expression::String(s) => Ok(V::Str(s.value().clone())),
            Expression::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    out.push(self.expr(item)?);
                }
                Ok(V::List(out))
            }
            Expression::Object(object) => {
                let mut out = std::collections::BTreeMap::new();
                for (key, value) in object.iter() {
                    let written = key
                        .span()
                        .and_then(|r| self.renamed.and_then(|m| m.get(&r.start)));
                    let name = match key {
                        _ if written.is_some() => written.cloned().unwrap_or_default(),
                        ObjectKey::Ident(id) => id.as_str().to_owned(),
                        // A bare name as a key is the name, not a variable.
                        ObjectKey::Expression(Expression::Variable(v)) => v.as_str().to_owned(),
                        ObjectKey::Expression(e) => match self.expr(e)?.as_string()? {
                            Some(s) => s,
                            None => return Ok(V::unknown()),
                        },
                    };
                    let v = self.expr(value.expr())?;
                    out.insert(name, v);
                }
                Ok(V::Map(out))
            }
            Expression::StringTemplate(t) => self.template(t),
            Expression::HeredocTemplate(h) => self.template(&h.template),
            Expression::Parenthesis(p) => self.expr(p.inner()),
            Expression::Variable(v) => self.variable(v.as_str()),
            Expression::Conditional(c) => {
                let cond = self.expr(&c.cond_expr)?;
                match cond.as_bool()? {
                    Some(true) => self.expr(&c.true_expr),
                    Some(false) => self.expr(&c.false_expr),
                    None => Ok(V::unknown()),
                }
            }
            Expression::FuncCall(call) => self.call(call),
            Expression::Traversal(t) => {
                let mut v = match (&t.expr, t.operators.first().map(|o| o.value())) {
                    (Expression::Variable(root), Some(TraversalOperator::GetAttr(attr)))
                        if !self.is_bound(root.as_str()) =>
                    {
                        let v = self.scope.reference(root.as_str(), attr.as_str())?;
                        return self.traverse(v, &t.operators[1..]);
                    }
                    _ => self.expr(&t.expr)?,
                };
                v = self.traverse(v, &t.operators)?;
                Ok(v)
            }
            Expression::UnaryOp(op) => {
                let v = self.expr(&op.expr)?;
                match op.operator.value() {
                    UnaryOperator::Neg => Ok(v.as_number()?.map_or(V::unknown(), |n| V::Num(-n))),
                    UnaryOperator::Not => Ok(v.as_bool()?.map_or(V::unknown(), |b| V::Bool(!b))),
                }
            }
            Expression::BinaryOp(op) => {
                let operator = *op.operator.value();
                let lhs = self.expr(&op.lhs_expr)?;
                // `var.x != null && var.x.enabled`: decided by the left side,
                // the right is not evaluated (as HCL does since 2.22).
                let decisive = match operator {
                    BinaryOperator::And => Some(false),
                    BinaryOperator::Or => Some(true),
                    _ => None,
                };
                if decisive.is_some() && lhs.as_bool()? == decisive {
                    return Ok(V::Bool(decisive == Some(true)));
                }
                let rhs = self.expr(&op.rhs_expr)?;
                binary(operator, lhs, rhs)
            }
            Expression::ForExpr(f) => self.for_expr(f),
        }
    }

    fn is_bound(&self, name: &str) -> bool {
        self.bound.iter().any(|(n, _)| n == name)
    }

    fn variable(&self, name: &str) -> R {
        if let Some((_, v)) = self.bound.iter().rev().find(|(n, _)| n == name) {
            return Ok(v.clone());
        }
        self.scope.name(name)
    }

    fn traverse(&mut self, mut v: V, ops: &[hcl_edit::Decorated<TraversalOperator>]) -> R {
        for (i, op) in ops.iter().enumerate() {
            match op.value() {
                TraversalOperator::GetAttr(attr) => v = get_attr(&v, attr.as_str())?,
                TraversalOperator::LegacyIndex(n) => v = index(&v, &V::Num(*n.value() as f64))?,
                TraversalOperator::Index(key) => {
                    let key = self.expr(key)?;
                    v = index(&v, &key)?;
                }
                TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_) => {
                    let items = match v {
                        V::Unknown(_) => return Ok(V::unknown()),
                        V::Null => return Ok(V::List(Vec::new())),
                        V::List(items) => items,
                        other => vec![other],
                    };
                    let rest = &ops[i + 1..];
                    // `.*` applies only the attribute lookups right after it.
                    let take = match op.value() {
                        TraversalOperator::AttrSplat(_) => rest
                            .iter()
                            .take_while(|o| matches!(o.value(), TraversalOperator::GetAttr(_)))
                            .count(),
                        _ => rest.len(),
                    };
                    let mut out = Vec::with_capacity(items.len());
                    for item in items {
                        self.burn(1)?;
                        out.push(self.traverse(item, &rest[..take])?);
                    }
                    return self.traverse(V::List(out), &rest[take..]);
                }
            }
        }
        Ok(v)
    }

    fn call(&mut self, call: &hcl_edit::expr::FuncCall) -> R {
        let name = call.name.name.as_str();
        if call.name.is_namespaced() {
            // `provider::aws::arn_parse(…)`: defined by a provider plugin.
            return Ok(V::unknown());
        }
        match name {
            // Lazily evaluated: an argument that fails must not stop the call.
            "try" => {
                for arg in call.args.iter() {
                    match self.expr(arg) {
                        Ok(v) if v.is_unknown() => return Ok(V::unknown()),
                        Ok(v) => return Ok(v),
                        Err(e) if e.0 == BUDGET_USED_UP => return Err(e),
                        Err(_) => continue,
                    }
                }
                err("no argument of try() could be evaluated")
            }
            "can" => {
                let Some(arg) = call.args.iter().next() else {
                    return err("can() takes one argument");
                };
                match self.expr(arg) {
                    Ok(v) if !v.is_known() => Ok(V::unknown()),
                    Ok(_) => Ok(V::Bool(true)),
                    Err(e) if e.0 == BUDGET_USED_UP => Err(e),
                    Err(_) => Ok(V::Bool(false)),
                }
            }
            _ => {
                let mut args = Vec::with_capacity(call.args.len());
                for arg in call.args.iter() {
                    args.push(self.expr(arg)?);
                }
                // `f(list...)`: the last argument's elements are the arguments.
                if call.args.expand_final() {
                    match args.pop() {
                        Some(V::List(items)) => args.extend(items),
                        Some(V::Unknown(_)) => return Ok(V::unknown()),
                        Some(other) => {
                            return err(format!("cannot expand a {}", other.type_name()))
                        }
                        None => {}
                    }
                }
                self.burn(args.len() as u64)?;
                let v = match self.scope.call(name, &args) {
                    Some(r) => r?,
                    None => funcs::call(name, args, self.fuel)?,
                };
                self.bounded(v)
            }
        }
    }

    /// A value within the size bounds, its size paid for in fuel.
    fn bounded(&self, v: V) -> R {
        let size = match &v {
            V::Str(s) if s.len() > MAX_STRING => return err("string too large"),
            V::Str(s) => s.len() / 64,
            V::List(items) if items.len() > MAX_ITEMS => return err("list too large"),
            V::List(items) => items.len(),
            V::Map(m) if m.len() > MAX_ITEMS => return err("map too large"),
            V::Map(m) => m.len(),
            _ => 0,
        };
        self.burn(size as u64)?;
        Ok(v)
    }

    fn for_expr(&mut self, f: &ForExpr) -> R {
        let coll = self.expr(&f.intro.collection_expr)?;
        let Some(pairs) = pairs(coll)? else {
            return Ok(V::unknown());
        };
        let key_var = f.intro.key_var.as_ref().map(|k| k.as_str().to_owned());
        let value_var = f.intro.value_var.as_str().to_owned();
        let mut list = Vec::new();
        let mut map: std::collections::BTreeMap<String, V> = Default::default();
        let mut groups: std::collections::BTreeMap<String, Vec<V>> = Default::default();
        let mut unknown_keys = false;
        for (k, v) in pairs {
            self.burn(1)?;
            let mark = self.bound.len();
            if let Some(kv) = &key_var {
                self.bound.push((kv.clone(), k));
            }
            self.bound.push((value_var.clone(), v));
            let result = self.for_item(f, &mut list, &mut map, &mut groups, &mut unknown_keys);
            self.bound.truncate(mark);
            result?;
        }
        // An unknown filter or key: which elements there are is unknown.
        if unknown_keys {
            return Ok(V::unknown());
        }
        if f.key_expr.is_none() {
            return self.bounded(V::List(list));
        }
        if f.grouping {
            return self.bounded(V::Map(
                groups.into_iter().map(|(k, v)| (k, V::List(v))).collect(),
            ));
        }
        self.bounded(V::Map(map))
    }

    fn for_item(
        &mut self,
        f: &ForExpr,
        list: &mut Vec<V>,
        map: &mut std::collections::BTreeMap<String, V>,
        groups: &mut std::collections::BTreeMap<String, Vec<V>>,
        unknown_keys: &mut bool,
    ) -> Result<(), EvalError> {
        if let Some(cond) = &f.cond {
            match self.expr(&cond.expr)?.as_bool()? {
                Some(true) => {}
                Some(false) => return Ok(()),
                None => {
                    *unknown_keys = true;
                    return Ok(());
                }
            }
        }
        let value = self.expr(&f.value_expr)?;
        match &f.key_expr {
            None => list.push(value),
            Some(key_expr) => match self.expr(key_expr)?.as_string()? {
                None => *unknown_keys = true,
                Some(key) if f.grouping => groups.entry(key).or_default().push(value),
                Some(key) => {
                    if map.contains_key(&key) {
                        return err(format!(
                            "duplicate object key \"{key}\" (use `...` to group values)"
                        ));
                    }
                    map.insert(key, value);
                }
            },
        }
        Ok(())
    }

    /// A template rendered to a string; one lone interpolation keeps its
    /// value's type (`"${var.list}"` is the list).
    pub fn template(&mut self, t: &Template) -> R {
        let mut elements = t.iter();
        if let (Some(Element::Interpolation(i)), None) = (elements.next(), elements.next()) {
            if !i.strip.strip_start() && !i.strip.strip_end() {
                return self.expr(&i.expr);
            }
        }
        let mut out = String::new();
        let mut trim_next = false;
        let mut unknown = false;
        self.render(t, &mut out, &mut trim_next, &mut unknown)?;
        self.bounded(if unknown { V::unknown() } else { V::Str(out) })
    }

    fn render(
        &mut self,
        t: &Template,
        out: &mut String,
        trim_next: &mut bool,
        unknown: &mut bool,
    ) -> Result<(), EvalError> {
        for element in t.iter() {
            self.burn(1)?;
            if out.len() > MAX_STRING {
                return err("string too large");
            }
            match element {
                Element::Literal(lit) => {
                    let s = lit.value();
                    out.push_str(if std::mem::take(trim_next) {
                        s.trim_start()
                    } else {
                        s
                    });
                }
                Element::Interpolation(i) => {
                    if i.strip.strip_start() {
                        trim_end(out);
                    }
                    match self.expr(&i.expr)?.as_string()? {
                        Some(s) => out.push_str(&s),
                        None => *unknown = true,
                    }
                    *trim_next = i.strip.strip_end();
                }
                Element::Directive(d) => match d.as_ref() {
                    Directive::If(d) => {
                        if d.if_expr.strip.strip_start() {
                            trim_end(out);
                        }
                        *trim_next = d.if_expr.strip.strip_end();
                        match self.expr(&d.if_expr.cond_expr)?.as_bool()? {
                            Some(true) => {
                                self.render(&d.if_expr.template, out, trim_next, unknown)?
                            }
                            Some(false) => {
                                if let Some(e) = &d.else_expr {
                                    if e.strip.strip_start() {
                                        trim_end(out);
                                    }
                                    *trim_next = e.strip.strip_end();
                                    self.render(&e.template, out, trim_next, unknown)?;
                                }
                            }
                            None => *unknown = true,
                        }
                        if d.endif_expr.strip.strip_start() {
                            trim_end(out);
                        }
                        *trim_next = d.endif_expr.strip.strip_end();
                    }
                    Directive::For(d) => {
                        let f = &d.for_expr;
                        if f.strip.strip_start() {
                            trim_end(out);
                        }
                        let pairs = pairs(self.expr(&f.collection_expr)?)?.unwrap_or_else(|| {
                            *unknown = true;
                            Vec::new()
                        });
                        for (k, v) in pairs {
                            *trim_next = f.strip.strip_end();
                            let mark = self.bound.len();
                            if let Some(kv) = &f.key_var {
                                self.bound.push((kv.as_str().to_owned(), k));
                            }
                            self.bound.push((f.value_var.as_str().to_owned(), v));
                            let r = self.render(&f.template, out, trim_next, unknown);
                            self.bound.truncate(mark);
                            r?;
                            if d.endfor_expr.strip.strip_start() {
                                trim_end(out);
                            }
                        }
                        *trim_next = d.endfor_expr.strip.strip_end();
                    }
                },
            }
        }
        Ok(())
    }
}

fn trim_end(s: &mut String) {
    let len = s.trim_end().len();
    s.truncate(len);
}

pub fn get_attr(v: &V, attr: &str) -> R {
    match v {
        V::Unknown(_) => Ok(V::unknown()),
        V::Map(map) => match map.get(attr) {
            Some(v) => Ok(v.clone()),
            None => err(format!("no attribute \"{attr}\"")),
        },
        V::Null => err(format!("attribute \"{attr}\" of a null value")),
        // `list.attr` is an error in HCL; a one-element splat is not implied.
        other => err(format!("a {} has no attributes", other.type_name())),
    }
}

pub fn index(v: &V, key: &V) -> R {
    match (v, key) {
        (V::Unknown(_), _) | (_, V::Unknown(_)) => Ok(V::unknown()),
        (V::List(items), k) => {
            let Some(n) = k.as_number()? else {
                return Ok(V::unknown());
            };
            if n.fract() != 0.0 || n < 0.0 {
                return err(format!("invalid index {n}"));
            }
            items
                .get(n as usize)
                .cloned()
                .ok_or_else(|| EvalError(format!("index {n} out of range")))
        }
        (V::Map(map), k) => {
            let Some(k) = k.as_string()? else {
                return Ok(V::unknown());
            };
            map.get(&k)
                .cloned()
                .ok_or_else(|| EvalError(format!("no key \"{k}\"")))
        }
        (V::Null, _) => err("index into a null value"),
        (other, _) => err(format!("cannot index a {}", other.type_name())),
    }
}

/// Terraform's `==`: values of different types are not equal (`5 != "5"`).
fn equal(a: &V, b: &V) -> Option<bool> {
    if !a.is_known() || !b.is_known() {
        return None;
    }
    Some(a == b)
}

fn binary(op: BinaryOperator, lhs: V, rhs: V) -> R {
    use BinaryOperator as B;
    let num = |v: &V| v.as_number();
    Ok(match op {
        B::Eq => equal(&lhs, &rhs).map_or(V::unknown(), V::Bool),
        B::NotEq => equal(&lhs, &rhs).map_or(V::unknown(), |e| V::Bool(!e)),
        B::And | B::Or => {
            let (a, b) = (lhs.as_bool()?, rhs.as_bool()?);
            let decisive = op == B::Or;
            match (a, b) {
                (Some(x), Some(y)) => V::Bool(if decisive { x || y } else { x && y }),
                // `false && unknown` is false whatever the unknown turns out to be.
                (Some(x), None) | (None, Some(x)) if x == decisive => V::Bool(decisive),
                _ => V::unknown(),
            }
        }
        _ => {
            let (Some(a), Some(b)) = (num(&lhs)?, num(&rhs)?) else {
                return Ok(V::unknown());
            };
            match op {
                B::Plus => V::Num(a + b),
                B::Minus => V::Num(a - b),
                B::Mul => V::Num(a * b),
                B::Div if b == 0.0 => return err("division by zero"),
                B::Div => V::Num(a / b),
                B::Mod if b == 0.0 => return err("modulo by zero"),
                B::Mod => V::Num(a % b),
                B::Less => V::Bool(a < b),
                B::LessEq => V::Bool(a <= b),
                B::Greater => V::Bool(a > b),
                B::GreaterEq => V::Bool(a >= b),
                B::Eq | B::NotEq | B::And | B::Or => V::unknown(),
            }
        }
    })
}

/// A set of the strings a `for_each` names, as Terraform requires.
pub fn as_set(v: V) -> V {
    match v {
        V::List(items) => to_set(items),
        other => other,
    }
}
