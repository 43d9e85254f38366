//! One spelling per word in the Turkish texts (TDK's), and the phrases a
//! review found clumsy or calqued: the content validator rejects them, so
//! a new text cannot bring them back.

/// A word written on its own (any suffix after an apostrophe aside), and
/// the spelling to use instead.
const WORDS: [(&str, &str); 24] = [
    ("resmi", "resmî"),
    ("Resmi", "Resmî"),
    ("gayriresmi", "gayriresmî"),
    ("hale", "hâle"),
    ("hali", "hâli"),
    ("haline", "hâline"),
    ("halinde", "hâlinde"),
    ("halihazırda", "hâlihazırda"),
    ("sekreterya", "sekretarya"),
    ("Sekreterya", "Sekretarya"),
    ("sekreteryası", "sekretaryası"),
    ("çevrimiçi", "çevrim içi"),
    ("online", "çevrim içi"),
    ("mail", "e-posta"),
    ("diyalogun", "diyaloğun"),
    ("diyalogu", "diyaloğu"),
    ("diyaloga", "diyaloğa"),
    ("dahil", "dâhil"),
    ("Dahil", "Dâhil"),
    ("mahalli", "mahallî"),
    ("milli", "millî"),
    ("yada", "ya da"),
    ("birşey", "bir şey"),
    ("herşey", "her şey"),
];

/// The start of a word, whatever its suffixes, and what to write instead.
const STEMS: [(&str, &str); 8] = [
    ("işbirliğ", "iş birliğ"),
    ("İşbirliğ", "İş birliğ"),
    ("şikayet", "şikâyet"),
    ("Şikayet", "Şikâyet"),
    ("imkan", "imkân"),
    ("İmkan", "İmkân"),
    ("kağıt", "kâğıt"),
    ("Kağıt", "Kâğıt"),
];

/// Phrases, and why they go.
const PHRASES: [(&str, &str); 23] = [
    ("hiç bir", "write \"hiçbir\""),
    ("Hiç bir", "write \"Hiçbir\""),
    ("bir çok", "write \"birçok\""),
    ("Bir çok", "write \"Birçok\""),
    ("bir kaç", "write \"birkaç\""),
    ("Bir kaç", "write \"Birkaç\""),
    ("girişim sizde", "a calque: say \"ilk adımı siz atarsınız\""),
    ("girişim kurum", "a calque: say \"soran kurumdur\""),
    ("girişim idare", "a calque: say \"soran idaredir\""),
    ("girişim kamu", "a calque: say \"soran kurumdur\""),
    ("Komisyonu'", "an institution's name takes its suffix without an apostrophe (TDK)"),
    ("Kurumu'", "an institution's name takes its suffix without an apostrophe (TDK)"),
    ("Müdürlüğü'", "an institution's name takes its suffix without an apostrophe (TDK)"),
    ("Kurulu'", "an institution's name takes its suffix without an apostrophe (TDK)"),
    ("Başkanlığı'", "an institution's name takes its suffix without an apostrophe (TDK)"),
    ("il sivil toplumla ilişkiler", "a name: İl Sivil Toplumla İlişkiler Müdürlüğü"),
    ("gayri resmi", "write \"gayriresmî\""),
    ("yeri nedir", "a calque (\"what is your place\"): ask what the NGO does"),
    ("girişim kamudadır", "a calque: say that the institution asks"),
    (
        "iş birliğine dayalı diyalog",
        "clashes with the level named iş birliği: say \"belirli bir politika üzerinde ortak çalışma\"",
    ),
    ("getirmiş bulunuyorsunuz", "stilted: say it plainly"),
    ("düzeyine karşılık gelir", "a template phrase: say what this practice is"),
    (
        "için yerinde bir katılımdır",
        "a template phrase: say what this practice gives",
    ),
];

/// What is wrong with the spelling of one Turkish text, one line each.
/// Link addresses in rendered HTML are not words and are skipped.
pub fn spelling_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut words = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("href=\"") {
        words.push_str(&rest[..at]);
        let after = &rest[at + 6..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    words.push_str(rest);
    let text = words.as_str();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’') {
        let bare = word.split(['\'', '’']).next().unwrap_or_default();
        if let Some((_, right)) = WORDS.iter().find(|(wrong, _)| *wrong == bare) {
            problems.push(format!("\"{bare}\" is spelled \"{right}\" (TDK)"));
        }
        if let Some((wrong, right)) = STEMS.iter().find(|(wrong, _)| bare.starts_with(wrong)) {
            problems.push(format!(
                "\"{bare}\": write \"{wrong}…\" as \"{right}…\" (TDK)"
            ));
        }
    }
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (phrase, why) in PHRASES {
        if spaced.contains(phrase) {
            problems.push(format!("\"{phrase}\": {why}"));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_the_spellings_chosen_against_and_accepts_the_chosen_ones() {
        assert_eq!(
            spelling_problems("Resmî yazı hâline getirdik; hiçbir sorun yok."),
            Vec::<String>::new()
        );
        assert_eq!(
            spelling_problems("STK'lar iş birliği yapar, sekretarya çevrim içi."),
            Vec::<String>::new()
        );
        let wrong = "Resmi yazı hale geldi. Hiç bir sekreterya işbirliğini bilmez; derneğinizin yeri nedir?";
        let problems = spelling_problems(wrong);
        for needle in [
            "\"Resmi\"",
            "\"hale\"",
            "\"Hiç bir\"",
            "\"sekreterya\"",
            "\"işbirliğini\"",
            "yeri nedir",
        ] {
            assert!(
                problems.iter().any(|p| p.contains(needle)),
                "{needle} not found in {problems:?}"
            );
        }
        // A suffix after an apostrophe does not hide the word.
        assert_eq!(spelling_problems("resmi'ydi").len(), 1);
        // Words that only contain a rejected one are fine.
        assert!(spelling_problems("resmiyet, haleti, halı").is_empty());
    }
}
