//! Errors of the generator: every one names the spec file, the key path and, where it can be
//! found, the line and column.

use std::fmt;

use crate::yaml::KeyPath;

/// A problem with a spec file.
#[derive(Debug, thiserror::Error)]
pub struct SpecError {
    /// The spec file as the caller named it, like `api-spec/team_sphere_1_0.yaml`.
    pub file: String,
    /// Where in the document, like `operations.CreateTask.body.properties.projectId.type`.
    pub path: String,
    /// 1-based line and column, when known.
    pub line_column: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line_column {
            Some((line, column)) => write!(f, "{}:{line}:{column}", self.file)?,
            None => write!(f, "{}", self.file)?,
        }
        write!(f, ": at `{}`: {}", self.path, self.message)
    }
}

/// Collects problems while lowering a spec, so one run reports all of them.
#[derive(Debug)]
pub(crate) struct Problems<'a> {
    file: &'a str,
    text: &'a str,
    found: Vec<SpecError>,
}

impl<'a> Problems<'a> {
    pub(crate) fn new(file: &'a str, text: &'a str) -> Self {
        Problems {
            file,
            text,
            found: Vec::new(),
        }
    }

    pub(crate) fn report(&mut self, path: &KeyPath, message: impl Into<String>) {
        self.found.push(SpecError {
            file: self.file.to_owned(),
            path: path.to_string(),
            line_column: Some(crate::yaml::position(self.text, path)),
            message: message.into(),
        });
    }

    pub(crate) fn into_result<T>(self, value: T) -> Result<T, Vec<SpecError>> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.found)
        }
    }
}
