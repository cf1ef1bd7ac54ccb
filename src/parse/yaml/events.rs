//! libyaml's event parser (the `libyaml-rs` translation of the C library
//! that PyYAML, Kubernetes' go-yaml and GitHub build on) behind a safe API.
//! Every `unsafe` block of the YAML parser lives in this file.

use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::MaybeUninit;

use libyaml_rs as sys;

/// A place in the input: `index` is a byte offset, `line` and `column` are
/// 0-based and count characters (libyaml steps its column once per
/// character, whatever its width in UTF-8).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mark {
    pub index: usize,
    pub line: usize,
    pub column: usize,
}

impl From<sys::yaml_mark_t> for Mark {
    fn from(m: sys::yaml_mark_t) -> Self {
        Mark {
            index: m.index as usize,
            line: m.line as usize,
            column: m.column as usize,
        }
    }
}

/// Why libyaml refused the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub problem: String,
    /// Where the problem is. For a problem found while decoding the input
    /// (a control character, say) only `index` is known: libyaml keeps lines
    /// and columns for the scanner and parser alone.
    pub mark: Mark,
    pub has_line: bool,
    /// What libyaml was reading when it failed, and where that began
    /// (`while parsing a flow sequence`, at its `[`).
    pub context: Option<(String, Mark)>,
}

/// One scalar's text and properties, borrowed from its event.
pub struct Scalar<'e> {
    pub anchor: Option<&'e str>,
    pub tag: Option<&'e str>,
    pub value: &'e str,
    /// Plain (unquoted, not a block scalar): only those resolve to numbers,
    /// booleans and null.
    pub plain: bool,
}

/// What an event says, borrowed from it.
pub enum Data<'e> {
    StreamStart,
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    Alias(&'e str),
    Scalar(Scalar<'e>),
    SequenceStart {
        anchor: Option<&'e str>,
        tag: Option<&'e str>,
    },
    SequenceEnd,
    MappingStart {
        anchor: Option<&'e str>,
        tag: Option<&'e str>,
    },
    MappingEnd,
}

/// One event as libyaml produced it; its strings are freed when it drops.
pub struct Event {
    raw: sys::yaml_event_t,
}

impl Event {
    fn empty() -> Self {
        // SAFETY: the all-zero `yaml_event_t` is libyaml's own "no event"
        // (`yaml_parser_parse` and `yaml_event_delete` both reset an event
        // to it): type 0 is YAML_NO_EVENT, every pointer null, every enum
        // and flag in the union 0, which is a declared value of each.
        Event {
            raw: unsafe { MaybeUninit::<sys::yaml_event_t>::zeroed().assume_init() },
        }
    }

    /// Where the event's node starts: its first property (anchor or tag)
    /// if it has one, else its content.
    pub fn start(&self) -> Mark {
        self.raw.start_mark.into()
    }

    /// The event's content. Text that is not UTF-8 cannot come out of UTF-8
    /// input, but is refused rather than assumed.
    pub fn data(&self) -> Result<Data<'_>, std::str::Utf8Error> {
        let raw = &self.raw;
        // SAFETY (every block below): the union member read is the one
        // libyaml wrote for this event type, and its pointers are either
        // null or NUL-terminated strings (`value` a `length`-byte buffer)
        // owned by this event until `yaml_event_delete` runs in `drop`,
        // which cannot happen while the returned borrows of `self` live.
        Ok(match raw.type_ {
            sys::YAML_STREAM_START_EVENT => Data::StreamStart,
            sys::YAML_DOCUMENT_START_EVENT => Data::DocumentStart,
            sys::YAML_DOCUMENT_END_EVENT => Data::DocumentEnd,
            sys::YAML_ALIAS_EVENT => {
                Data::Alias(unsafe { c_str(raw.data.alias.anchor) }?.unwrap_or(""))
            }
            sys::YAML_SCALAR_EVENT => {
                let s = unsafe { raw.data.scalar };
                let bytes: &[u8] = if s.value.is_null() {
                    &[]
                } else {
                    unsafe { std::slice::from_raw_parts(s.value, s.length as usize) }
                };
                Data::Scalar(Scalar {
                    anchor: unsafe { c_str(s.anchor) }?,
                    tag: unsafe { c_str(s.tag) }?,
                    value: std::str::from_utf8(bytes)?,
                    plain: s.style == sys::YAML_PLAIN_SCALAR_STYLE,
                })
            }
            sys::YAML_SEQUENCE_START_EVENT => {
                let s = unsafe { raw.data.sequence_start };
                Data::SequenceStart {
                    anchor: unsafe { c_str(s.anchor) }?,
                    tag: unsafe { c_str(s.tag) }?,
                }
            }
            sys::YAML_SEQUENCE_END_EVENT => Data::SequenceEnd,
            sys::YAML_MAPPING_START_EVENT => {
                let s = unsafe { raw.data.mapping_start };
                Data::MappingStart {
                    anchor: unsafe { c_str(s.anchor) }?,
                    tag: unsafe { c_str(s.tag) }?,
                }
            }
            sys::YAML_MAPPING_END_EVENT => Data::MappingEnd,
            // YAML_NO_EVENT: libyaml has nothing more to say, which only
            // happens after the end of the stream.
            _ => Data::StreamEnd,
        })
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: `raw` is either all zero or an event filled in by
        // `yaml_parser_parse`; `yaml_event_delete` frees what the latter
        // allocated, ignores the former, and zeroes the event, so a second
        // call could not double-free either.
        unsafe { sys::yaml_event_delete(&mut self.raw) }
    }
}

/// # Safety
/// `p` is null or points to a NUL-terminated string that outlives `'a`.
unsafe fn c_str<'a>(p: *const u8) -> Result<Option<&'a str>, std::str::Utf8Error> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: guaranteed by the caller.
    let c = unsafe { CStr::from_ptr(p.cast()) };
    c.to_str().map(Some)
}

/// libyaml's parser over one text.
pub struct Parser<'a> {
    // Boxed because libyaml keeps a pointer to the parser inside the parser
    // (its string reader's `read_handler_data`): it must never move.
    raw: Box<MaybeUninit<sys::yaml_parser_t>>,
    // libyaml reads the text through a raw pointer as it goes.
    text: PhantomData<&'a str>,
    failed: bool,
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut raw = Box::new(MaybeUninit::<sys::yaml_parser_t>::uninit());
        let p = raw.as_mut_ptr();
        // SAFETY: `p` points to boxed, writable memory the size of a parser;
        // `yaml_parser_initialize` zeroes it before use, and its only failure
        // is an allocation failure, which `libyaml-rs` turns into Rust's
        // allocation-error handler rather than a return value. The input
        // pointer stays valid for `'a`, which `Parser` cannot outlive, and
        // `text.len()` is its exact length in bytes. Setting the encoding
        // to UTF-8 (what a `&str` is) before any read is the documented order.
        unsafe {
            let _ = sys::yaml_parser_initialize(p);
            sys::yaml_parser_set_encoding(p, sys::YAML_UTF8_ENCODING);
            sys::yaml_parser_set_input_string(p, text.as_ptr(), text.len() as u64);
        }
        Parser {
            raw,
            text: PhantomData,
            failed: false,
        }
    }

    /// The next event. After an error, or after the end of the stream,
    /// every call returns the end of the stream (or the error again).
    pub fn next_event(&mut self) -> Result<Event, Error> {
        let mut event = Event::empty();
        let p = self.raw.as_mut_ptr();
        // SAFETY: the parser was initialized in `new` and has not moved (it
        // is boxed); `event.raw` is a valid event for libyaml to overwrite
        // (it zeroes it first) and to fill on success. On failure libyaml
        // leaves it zeroed, and `Event::drop` is then a no-op.
        let ok = unsafe { sys::yaml_parser_parse(p, &mut event.raw) };
        if ok.fail || self.failed {
            self.failed = true;
            // SAFETY: initialized above; `error` reads only plain fields and
            // libyaml's static message strings.
            return Err(unsafe { error(p) });
        }
        Ok(event)
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: initialized in `new` and deleted exactly once, here; the
        // events already returned own their strings separately (libyaml
        // copies them), so they stay valid after the parser is gone.
        unsafe { sys::yaml_parser_delete(self.raw.as_mut_ptr()) }
    }
}

/// # Safety
/// `p` points to an initialized parser.
unsafe fn error(p: *const sys::yaml_parser_t) -> Error {
    // SAFETY: `p` is initialized (the caller's promise); `problem` and
    // `context` are null or point to libyaml's static NUL-terminated
    // messages.
    let parser = unsafe { &*p };
    let text = |s: *const std::ffi::c_char| {
        if s.is_null() {
            None
        } else {
            // SAFETY: see above.
            Some(unsafe { CStr::from_ptr(s) }.to_string_lossy().into_owned())
        }
    };
    let mut problem = text(parser.problem.cast())
        .unwrap_or_else(|| "the YAML parser failed without saying why".to_string());
    if parser.error == sys::YAML_READER_ERROR {
        // The reader names the offending character by its code point.
        if parser.problem_value >= 0 {
            problem = format!("{problem} (#x{:X})", parser.problem_value);
        }
        return Error {
            problem,
            mark: Mark {
                index: parser.problem_offset as usize,
                line: 0,
                column: 0,
            },
            has_line: false,
            context: None,
        };
    }
    Error {
        problem,
        mark: parser.problem_mark.into(),
        has_line: true,
        context: text(parser.context.cast()).map(|c| (c, parser.context_mark.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<String> {
        let mut p = Parser::new(text);
        let mut out = Vec::new();
        loop {
            let e = match p.next_event() {
                Ok(e) => e,
                Err(e) => {
                    out.push(format!("error {}", e.problem));
                    return out;
                }
            };
            let m = e.start();
            let s = match e.data() {
                Ok(Data::StreamEnd) => return out,
                Ok(Data::Scalar(s)) => format!("={}@{}:{}", s.value, m.line, m.column),
                Ok(Data::Alias(a)) => format!("*{a}"),
                Ok(Data::MappingStart { .. }) => format!("{{@{}:{}", m.line, m.column),
                Ok(Data::SequenceStart { .. }) => format!("[@{}:{}", m.line, m.column),
                Ok(_) => continue,
                Err(e) => format!("utf8 {e}"),
            };
            out.push(s);
        }
    }

    #[test]
    fn columns_count_characters_and_lines_start_at_zero() {
        assert_eq!(kinds("ünï: cödé\n"), ["{@0:0", "=ünï@0:0", "=cödé@0:5"]);
    }

    #[test]
    fn errors_are_returned_and_repeat() {
        let mut p = Parser::new("a: [1,\n");
        let mut errors = 0;
        for _ in 0..10 {
            if p.next_event().is_err() {
                errors += 1;
            }
        }
        assert!(errors >= 2, "the error repeats instead of panicking");
    }

    #[test]
    fn a_control_character_is_a_reader_error_with_an_offset() {
        let mut p = Parser::new("a: x\u{7}y\n");
        let e = loop {
            match p.next_event() {
                Err(e) => break e,
                Ok(ev) if matches!(ev.data(), Ok(Data::StreamEnd)) => panic!("accepted"),
                Ok(_) => {}
            }
        };
        assert!(!e.has_line);
        assert_eq!(e.mark.index, 4);
        assert!(e.problem.contains("#x7"), "{}", e.problem);
    }
}
