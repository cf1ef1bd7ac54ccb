//! The syntax error every parser returns: where, and why.

/// A syntax error at a 1-based line and column of the input text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct SyntaxError {
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// Set by the JSON parser when a complete value was followed by more
    /// content: the text may be JSON Lines saved under a `.json` name.
    pub trailing_content: bool,
}

impl SyntaxError {
    pub fn new(line: u32, column: u32, message: impl Into<String>) -> Self {
        SyntaxError {
            line,
            column,
            message: message.into(),
            trailing_content: false,
        }
    }
}
