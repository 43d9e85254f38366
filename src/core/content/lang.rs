//! The app's two languages and values given in both.

use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Turkish comes first: most users read it.
    #[default]
    Tr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Tr, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and file paths.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Tr => "tr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }
}

/// A value that exists in every language (a text, a guidance page).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translated<T> {
    pub tr: T,
    pub en: T,
}

/// A text in both languages.
pub type Text = Translated<String>;

impl<T> Translated<T> {
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::Tr => &self.tr,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_text_of_the_language_and_defaults_to_turkish() {
        let text = Text {
            tr: "Başla".into(),
            en: "Start".into(),
        };
        assert_eq!(text.get(Lang::Tr), "Başla");
        assert_eq!(text.get(Lang::En), "Start");
        assert_eq!(Lang::default(), Lang::Tr);
        assert_eq!(Lang::from_code("en"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }
}
