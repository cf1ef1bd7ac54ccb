//! JSON Lines sinks: `--events FILE|-` and the dead-letter file. Each event
//! is one `write` of one whole line to a file opened with `O_APPEND`, so
//! lines from concurrent writers never interleave and a reader tailing the
//! file sees every event as soon as it is built.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Where `--events` writes.
pub enum LineSink {
    Stdout,
    File { file: File, path: PathBuf },
}

impl LineSink {
    /// `-` is stdout; anything else a file opened for appending (created if missing).
    pub fn open(path: &Path) -> io::Result<LineSink> {
        if path.as_os_str() == "-" {
            return Ok(LineSink::Stdout);
        }
        Ok(LineSink::File {
            file: open_append(path)?,
            path: path.to_path_buf(),
        })
    }

    /// Write one line (which ends in `\n`) and flush it: a consumer must see
    /// the event now, not when a buffer fills.
    pub fn write_line(&mut self, line: &[u8]) -> io::Result<()> {
        match self {
            LineSink::Stdout => {
                let mut out = io::stdout().lock();
                out.write_all(line)?;
                out.flush()
            }
            LineSink::File { file, .. } => file.write_all(line),
        }
    }

    pub fn name(&self) -> String {
        match self {
            LineSink::Stdout => "stdout".into(),
            LineSink::File { path, .. } => path.display().to_string(),
        }
    }
}

pub fn open_append(path: &Path) -> io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

/// Append events that could not be delivered; each line is the event
/// exactly as it was sent, so `verdict events replay` can send it again.
pub struct DeadLetter {
    path: PathBuf,
    file: Option<File>,
}

impl DeadLetter {
    pub fn new(path: PathBuf) -> Self {
        DeadLetter { path, file: None }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Opened on the first failure only: a run that delivers everything
    /// leaves no empty file behind.
    pub fn append(&mut self, line: &[u8]) -> io::Result<()> {
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(open_append(&self.path)?),
        };
        if line.ends_with(b"\n") {
            file.write_all(line)
        } else {
            let mut l = Vec::with_capacity(line.len() + 1);
            l.extend_from_slice(line);
            l.push(b'\n');
            file.write_all(&l)
        }
    }

    pub fn sync(&mut self) -> io::Result<()> {
        match &self.file {
            Some(f) => f.sync_all(),
            None => Ok(()),
        }
    }
}
