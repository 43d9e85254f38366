//! A small valid content bank written as source files, generated so that a
//! test can break exactly one thing in it.

use super::super::content::Content;
use super::super::content_error::ContentError;
use super::super::scoring::Answers;
use super::super::source::{load, SourceFile};
use super::super::step::Step;

pub const ROOT: &str = "assets/content/";

/// Questions per area in the fixture: STEP-1 and STEP-2 single, STEP-3 multiple
/// (readiness: four single). Choices a-e have levels 0-4 (readiness: a-c are
/// weak, developing, strong), listed out of level order; f is "don't know",
/// g "not applicable".
pub fn question_count(step: Step) -> usize {
    if step.in_matrix() {
        3
    } else {
        4
    }
}

pub fn fixture_files() -> Vec<SourceFile> {
    let mut main = String::from("content_version = 7\ninstitution_version = 3\n");
    for value in 0..=4 {
        main += &format!(
            "[[level]]\nvalue = {value}\nname.tr = \"Düzey {value}\"\nname.en = \"Level {value}\"\nmeaning.tr = \"anlam\"\nmeaning.en = \"meaning\"\nnext.tr = \"sonraki\"\nnext.en = \"next\"\nreading.tr = \"düzey {value} çalışıyorsunuz\"\nreading.en = \"you work at level {value}\"\n"
        );
    }
    for value in ["weak", "developing", "strong"] {
        main += &format!(
            "[[readiness]]\nvalue = \"{value}\"\nname.tr = \"Hazırlık {value}\"\nname.en = \"Readiness {value}\"\nmeaning.tr = \"anlam\"\nmeaning.en = \"meaning\"\n"
        );
    }
    for step in Step::ALL {
        main += &format!(
            "[[step]]\nid = \"{0}\"\nname.tr = \"Adım {0}\"\nname.en = \"Step {0}\"\nshort.tr = \"{0}\"\nshort.en = \"{0}\"\ndescription.tr = \"açıklama\"\ndescription.en = \"description\"\ndiscussion.tr = \"tartışma?\"\ndiscussion.en = \"discussion?\"\n",
            step.id()
        );
    }
    for step in Step::MATRIX {
        for level in 1..=4 {
            main += &format!(
                "[[cell]]\nstep = \"{}\"\nlevel = {level}\nmechanisms.tr = [\"forum\"]\nmechanisms.en = [\"forum\"]\n",
                step.id()
            );
        }
    }
    main += "[[resource]]\nid = \"coe\"\ntitle = \"Code\"\nurl = \"https://rm.coe.int/16807509dd\"\npublisher = \"CoE\"\nlanguage = \"en\"\nkind = \"standard\"\n";

    let mut files = vec![SourceFile {
        path: "content.toml".into(),
        text: main,
    }];
    // The institution's bank is the same, under institution/ with ids
    // "kurum-STEP-N", and its frame words the levels its own way.
    let mut frame = String::new();
    for value in 0..=4 {
        frame += &format!(
            "[[level]]\nvalue = {value}\nname.tr = \"Düzey {value}\"\nname.en = \"Level {value}\"\nmeaning.tr = \"kurum için anlam\"\nmeaning.en = \"meaning for an institution\"\nnext.tr = \"sonraki\"\nnext.en = \"next\"\nreading.tr = \"kurum düzey {value}\"\nreading.en = \"the institution at level {value}\"\n"
        );
    }
    for value in ["weak", "developing", "strong"] {
        frame += &format!(
            "[[readiness]]\nvalue = \"{value}\"\nname.tr = \"Hazırlık {value}\"\nname.en = \"Readiness {value}\"\nmeaning.tr = \"kurum\"\nmeaning.en = \"institution\"\n"
        );
    }
    for step in Step::MATRIX {
        frame += &format!(
            "[[step]]\nid = \"{}\"\ngap.tr = \"Fark nereden geliyor?\"\ngap.en = \"Where does the gap come from?\"\n",
            step.id()
        );
    }
    files.push(SourceFile {
        path: "institution/frame.toml".into(),
        text: frame,
    });
    for (dir, prefix) in [("", ""), ("institution/", "kurum-")] {
        for (n, step) in Step::ALL.into_iter().enumerate() {
            let mut text = format!("step = \"{}\"\n", step.id());
            for q in 1..=question_count(step) {
                let id = format!("{prefix}{}-{q}", step.id());
                let kind = if q == 3 && step.in_matrix() {
                    "multiple"
                } else {
                    "single"
                };
                text += &format!(
                "[[question]]\nid = \"{id}\"\nkind = \"{kind}\"\nprompt.tr = \"Soru {id}?\"\nprompt.en = \"Question {id}?\"\n"
            );
                let choices: &[(&str, &str)] = if step.in_matrix() {
                    &[("c", "2"), ("a", "0"), ("d", "3"), ("b", "1"), ("e", "4")]
                } else {
                    &[
                        ("b", "\"developing\""),
                        ("a", "\"weak\""),
                        ("c", "\"strong\""),
                    ]
                };
                let uncounted = [("f", "\"dont-know\""), ("g", "\"not-applicable\"")];
                for &(c, level) in choices.iter().chain(&uncounted) {
                    text += &format!(
                    "[[question.choice]]\nid = \"{c}\"\nlevel = {level}\nlabel.tr = \"Seçenek {c}\"\nlabel.en = \"Choice {c}\"\n"
                );
                    for lang in ["tr", "en"] {
                        files.push(SourceFile {
                        path: format!("{dir}guidance/{lang}/{id}.{c}.md"),
                        text: format!(
                            "---\ntitle: Durum {c}\nquestion_id: {id}\nchoice_id: {c}\nresources: coe\nnext: Bir adım atın.\n---\nBu düzey **önemli**. [Kaynak](https://rm.coe.int/16807509dd)\n"
                        ),
                    });
                    }
                }
            }
            files.push(SourceFile {
                path: format!("{dir}questions/{}-{}.toml", n + 1, step.id()),
                text,
            });
        }
    }
    files
}

/// The valid fixture, read once (property tests ask for it thousands of times).
pub fn fixture() -> Content {
    static FIXTURE: std::sync::OnceLock<Content> = std::sync::OnceLock::new();
    FIXTURE
        .get_or_init(|| match load(ROOT, &fixture_files()) {
            Ok(content) => content,
            Err(errors) => panic!("the fixture must be valid: {errors:#?}"),
        })
        .clone()
}

/// Loads the fixture after `change` edited one of its files.
pub fn load_changed(
    path: &str,
    change: impl Fn(&str) -> String,
) -> Result<Content, Vec<ContentError>> {
    let mut files = fixture_files();
    let file = files
        .iter_mut()
        .find(|file| file.path == path)
        .expect("fixture file exists");
    file.text = change(&file.text);
    load(ROOT, &files)
}

/// Answers from (question, choice) pairs.
pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    let mut answers = Answers::new();
    for (question, choice) in pairs {
        answers
            .entry((*question).to_owned())
            .or_default()
            .push((*choice).to_owned());
    }
    answers
}

/// The real content files under assets/content/.
pub fn real_files() -> Vec<SourceFile> {
    fn walk(dir: &std::path::Path, base: &std::path::Path, files: &mut Vec<SourceFile>) {
        for entry in std::fs::read_dir(dir).expect("content folder readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, base, files);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("toml" | "md")
            ) {
                files.push(SourceFile {
                    path: path
                        .strip_prefix(base)
                        .expect("inside")
                        .to_string_lossy()
                        .replace('\\', "/"),
                    text: std::fs::read_to_string(&path).expect("readable"),
                });
            }
        }
    }
    let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(ROOT);
    let mut files = Vec::new();
    walk(&base, &base, &mut files);
    files
}
