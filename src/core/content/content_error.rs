//! What is wrong with a content file, said so that an editor can fix it.

use std::fmt;

/// One problem in the content: the file, the field inside it, and what is
/// wrong. Shown by the build and by `cargo test`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// Where in the file, e.g. `question "agenda-1", choice "c": label.en`.
    pub field: String,
    pub message: String,
}

impl ContentError {
    pub fn new(file: &str, field: impl Into<String>, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_owned(),
            field: field.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.field, self.message)
        }
    }
}

/// Checks that a resource or link address is a well-formed `https://` URL.
pub fn check_url(url: &str) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .ok_or("must start with https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if !host_ok {
        return Err("has no valid host name");
    }
    let chars_ok = rest
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}'));
    if !chars_ok {
        return Err("contains spaces or characters that must be percent-encoded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_https_and_well_formed() {
        assert_eq!(check_url("https://rm.coe.int/16807509dd"), Ok(()));
        assert_eq!(
            check_url("https://siviltoplumsektoru.org/a/Kamu-STK-%C4%B0%C5%9F.pdf"),
            Ok(())
        );
        assert!(check_url("http://rm.coe.int/x").is_err());
        assert!(check_url("https://localhost/x").is_err());
        assert!(check_url("https://exa mple.org/").is_err());
        assert!(check_url("https://example.org/İş Birliği.pdf").is_err());
        assert!(check_url("https://.org").is_err());
        assert!(check_url("rm.coe.int").is_err());
    }

    #[test]
    fn message_names_file_and_field() {
        let error = ContentError::new("a.toml", "question \"x\": prompt.en", "is empty");
        assert_eq!(
            error.to_string(),
            "a.toml: question \"x\": prompt.en: is empty"
        );
    }
}
