//! Content validation: each rule broken once must be named with its file and
//! field; the real bank must pass and match what the app embeds.

use super::super::embedded;
use super::super::lang::Lang;
use super::super::source::load;
use super::super::step::Step;
use super::fixture::{fixture, load_changed, real_files, ROOT};

#[test]
fn the_fixture_is_valid() {
    let content = fixture();
    assert_eq!(content.version, 7);
    assert_eq!(content.questions.len(), 22);
    let choice = &content.questions[0].choices[1];
    assert_eq!(choice.guidance.tr.html, "<p>Bu düzey <strong>önemli</strong>. <a href=\"https://rm.coe.int/16807509dd\">Kaynak</a></p>");
}

/// The first question's choices relevelled to 0, 1, 2, 3, 4 in file order.
fn in_level_order(text: &str) -> String {
    let mut next = 0;
    text.lines()
        .map(|line| {
            if line.starts_with("level = ") && !line.contains('"') && next < 5 {
                next += 1;
                format!("level = {}", next - 1)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// Each row: the file to change, the change, and what the message must say.
#[test]
fn every_broken_rule_names_the_file_and_the_field() {
    type Change = fn(&str) -> String;
    let cases: &[(&str, Change, &str)] = &[
        ("content.toml", |t| t.replace("content_version = 7\n", ""), "assets/content/content.toml: content_version: must be set"),
        ("content.toml", |t| t.replacen("name.en = \"Level 2\"\n", "", 1), "assets/content/content.toml: level #3: name.en: is missing"),
        ("content.toml", |t| t.replacen("meaning.tr = \"anlam\"", "meaning.tr = \"  \"", 1), "level #1: meaning.tr: is empty"),
        ("content.toml", |t| t.replacen("id = \"drafting\"", "id = \"drafing\"", 1), "step #2: id: \"drafing\" is not a step"),
        ("content.toml", |t| t.replacen("discussion.en = \"discussion?\"\n", "", 1), "step #1: discussion.en: is missing"),
        ("content.toml", |t| t.replacen("mechanisms.en = [\"forum\"]", "mechanisms.en = []", 1), "cell #1: mechanisms.en: needs at least one entry"),
        ("content.toml", |t| t.replacen("[[cell]]\nstep = \"agenda\"\nlevel = 1", "[[cell]]\nstep = \"agenda\"\nlevel = 2", 1), "step \"agenda\", level 1 needs exactly one [[cell]], found 0"),
        ("content.toml", |t| t.replace("https://rm.coe.int", "http://rm.coe.int"), "resource \"coe\": url: must start with https://"),
        ("content.toml", |t| t.replace("language = \"en\"", "language = \"de\""), "resource \"coe\": language: must be \"tr\" or \"en\""),
        ("content.toml", |t| t.replace("content_version = 7", "content_version = 7\ncolour = 1"), "content.toml: line 2: unknown field `colour`"),
        ("content.toml", |t| format!("{t}[[resource]]\nid = \"coe\"\ntitle = \"T\"\nurl = \"https://a.org/\"\npublisher = \"P\"\nlanguage = \"tr\"\nkind = \"guide\"\n"), "resource \"coe\": id is used twice"),
        ("questions/1-agenda.toml", |t| t.replacen("prompt.en = \"Question agenda-1?\"\n", "", 1), "assets/content/questions/1-agenda.toml: question \"agenda-1\": prompt.en: is missing"),
        ("questions/1-agenda.toml", |t| t.replacen("label.tr = \"Seçenek c\"", "label.tr = \"\"", 1), "questions/1-agenda.toml: question \"agenda-1\", choice \"c\": label.tr: is empty"),
        ("questions/1-agenda.toml", |t| t.replacen("level = 2\n", "", 1), "question \"agenda-1\", choice \"c\": level: must be 0-4 or \"dont-know\" or \"not-applicable\""),
        ("questions/1-agenda.toml", |t| t.replacen("level = 2\n", "level = 5\n", 1), "choice \"c\": level: must be 0-4"),
        ("questions/1-agenda.toml", |t| t.replacen("level = \"dont-know\"", "level = \"maybe\"", 1), "choice \"f\": level: must be 0-4"),
        ("questions/1-agenda.toml", |t| t.replacen("level = 2\n", "level = \"strong\"\n", 1), "choice \"c\": level: must be 0-4"),
        ("questions/7-readiness.toml", |t| t.replacen("level = \"weak\"", "level = 0", 1), "choice \"a\": level: must be weak, developing, strong"),
        ("questions/1-agenda.toml", in_level_order, "question \"agenda-1\": lists its choices in level order"),
        ("questions/1-agenda.toml", |t| t.replacen("level = 3\n", "level = 2\n", 1).replacen("level = 1\n", "level = 2\n", 1).replacen("level = 4\n", "level = 2\n", 1).replacen("level = 0\n", "level = 2\n", 1), "question \"agenda-1\": needs at least 3 choices with a level, of at least two levels"),
        ("questions/1-agenda.toml", |t| t.replacen("level = \"not-applicable\"", "level = \"dont-know\"", 1), "question \"agenda-1\": needs exactly one \"dont-know\" choice and then one \"not-applicable\" choice, listed last"),
        ("questions/1-agenda.toml", |t| t.replacen("prompt.tr = \"Soru agenda-1?\"", "prompt.tr = \"Resmi soru hale geldi mi?\"", 1), "question \"agenda-1\", prompt.tr: \"Resmi\" is spelled \"Resmî\" (TDK)"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("Bu düzey", "Hiç bir düzey"), "guidance/tr/agenda-1.c.md: body: \"Hiç bir\": write \"Hiçbir\""),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("title: Durum c", "title: Derneğinizin yeri nedir?"), "guidance/tr/agenda-1.c.md: title: \"yeri nedir\": a calque"),
        ("content.toml", |t| t.replacen("value = \"strong\"", "value = \"weak\"", 1), "content.toml: readiness: readiness \"strong\" needs exactly one [[readiness]], found 0"),
        ("content.toml", |t| t.replacen("value = \"weak\"", "value = \"feeble\"", 1), "readiness #1: value: \"feeble\" must be weak, developing or strong"),
        ("content.toml", |t| format!("{t}[[resource]]\nid = \"unused\"\ntitle = \"T\"\nurl = \"https://a.org/\"\npublisher = \"P\"\nlanguage = \"tr\"\nkind = \"guide\"\n"), "content.toml: resource \"unused\": no guidance cites it"),
        ("content.toml", |t| t.replace("kind = \"standard\"", "kind = \"video\""), "resource \"coe\": kind: must be one of course, guide, standard, law, portal"),
        ("questions/1-agenda.toml", |t| t.replacen("kind = \"single\"", "kind = \"several\"", 1), "question \"agenda-1\": kind: Some(\"several\") must be"),
        ("questions/1-agenda.toml", |t| t.replace("id = \"agenda-2\"", "id = \"agenda-1\""), "question \"agenda-1\": id is used twice"),
        ("questions/1-agenda.toml", |t| t.replacen("id = \"b\"", "id = \"a\"", 1), "question \"agenda-1\": choice id \"a\" is used twice"),
        ("questions/1-agenda.toml", |t| t.replacen("level = \"dont-know\"", "level = 4", 1), "question \"agenda-1\": needs exactly one \"dont-know\" choice and then one \"not-applicable\" choice, listed last"),
        ("questions/1-agenda.toml", |t| t.replacen("id = \"agenda-1\"", "id = \"Agenda 1\"", 1), "id may contain only a-z, 0-9 and '-'"),
        ("questions/1-agenda.toml", |t| t.replacen("[[question]]\nid = \"agenda-1\"\nkind = \"single\"\n", "[[question]]\nid = \"agenda-1\"\nkind = \"single\"\nhelp.tr = \"yardım\"\n", 1), "question \"agenda-1\": help.en: is missing"),
        ("questions/1-agenda.toml", |t| t.replacen("step = \"agenda\"", "step = \"readiness\"", 1), "questions/: step \"agenda\": has 0 questions, needs at least 3"),
        ("guidance/en/agenda-1.c.md", |t| t.replace("next: Bir adım atın.\n", ""), "assets/content/guidance/en/agenda-1.c.md: next: is missing"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("resources: coe", "resources: coe, stok-999"), "guidance/tr/agenda-1.c.md: resources: \"stok-999\" is not a resource"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("resources: coe", "resources: "), "guidance/tr/agenda-1.c.md: resources: is empty"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("resources: coe", "resources: coe, coe, coe, coe"), "guidance/tr/agenda-1.c.md: resources: must list 1-3"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("choice_id: c", "choice_id: d"), "question_id: says agenda-1.d but the file name says agenda-1.c"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("(https://rm", "(http://rm"), "guidance/tr/agenda-1.c.md: body: link http://rm.coe.int/16807509dd: must start with https://"),
        ("guidance/tr/agenda-1.c.md", |t| format!("{t}<script>alert(1)</script>\n"), "guidance/tr/agenda-1.c.md: body: raw HTML is not allowed"),
        ("guidance/tr/agenda-1.c.md", |t| format!("{t}\n# Başlık\n"), "body: headings are not allowed"),
        ("guidance/tr/agenda-1.c.md", |t| format!("{t}\n![x](https://a.org/x.png)\n"), "body: images are not allowed"),
        ("guidance/tr/agenda-1.c.md", |t| t.split("---\n").take(2).collect::<Vec<_>>().join("---\n") + "---\n", "guidance/tr/agenda-1.c.md: body: is empty"),
        ("guidance/tr/agenda-1.c.md", |t| t.replacen("---\n", "", 1), "front matter: the file must start with front matter"),
        ("guidance/tr/agenda-1.c.md", |t| t.replace("next:", "sonraki:"), "sonraki: unknown front matter key"),
    ];
    for (path, change, expected) in cases {
        let errors = load_changed(path, change).expect_err(expected);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            messages.iter().any(|message| message.contains(expected)),
            "breaking {path} should report {expected:?}, got {messages:#?}"
        );
    }
}

#[test]
fn a_missing_or_stray_guidance_file_is_named() {
    let mut files = super::fixture::fixture_files();
    files.retain(|file| file.path != "guidance/en/drafting-2.d.md");
    let stray = files
        .iter()
        .position(|file| file.path == "guidance/tr/drafting-2.e.md")
        .expect("exists");
    files[stray].path = "guidance/tr/drafting-9.e.md".into();
    files[stray].text = files[stray].text.replace("drafting-2", "drafting-9");
    let messages: Vec<String> = load(ROOT, &files)
        .expect_err("invalid")
        .iter()
        .map(ToString::to_string)
        .collect();
    let expect = [
        "assets/content/guidance/en/drafting-2.d.md: is missing: question \"drafting-2\", choice \"d\" needs guidance in en",
        "assets/content/guidance/tr/drafting-2.e.md: is missing",
        "assets/content/guidance/tr/drafting-9.e.md: no question \"drafting-9\" with a choice \"e\" exists",
    ];
    for expected in expect {
        assert!(
            messages.iter().any(|m| m.starts_with(expected)),
            "{expected:?} not in {messages:#?}"
        );
    }
}

#[test]
fn a_missing_content_file_is_named() {
    let files: Vec<_> = super::fixture::fixture_files()
        .into_iter()
        .filter(|f| f.path != "content.toml")
        .collect();
    let errors = load(ROOT, &files).expect_err("invalid");
    assert_eq!(
        errors[0].to_string(),
        "assets/content/content.toml: file is missing"
    );
}

#[test]
fn the_real_content_is_valid_and_is_what_the_app_ships_in_its_parts() {
    let content = match load(ROOT, &real_files()) {
        Ok(content) => content,
        Err(errors) => panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string() + "\n")
                .collect::<String>()
        ),
    };
    assert_eq!(embedded::content(), Ok(&content));
}

#[test]
fn the_real_bank_has_enough_questions_in_every_step() {
    let content = embedded::content().expect("embedded content");
    assert!(
        content.questions.len() >= 24,
        "{} questions",
        content.questions.len()
    );
    for step in Step::MATRIX {
        assert!(content.questions_of(step).count() >= 3, "{step:?}");
    }
    assert!(content.questions_of(Step::Readiness).count() >= 4);
}

#[test]
fn the_seed_situation_is_a_choice_with_its_own_guidance() {
    let content = embedded::content().expect("embedded content");
    let seed = "Kamu idaresiyle dönem dönem bir araya gelip bilgi paylaşımında bulunuyoruz.";
    let choice = content
        .questions
        .iter()
        .flat_map(|question| &question.choices)
        .find(|choice| choice.label.tr.starts_with(seed.trim_end_matches('.')))
        .expect("the seed situation is a choice");
    // Occasional meetings to share information: one-way information, not
    // the regular exchange of views that dialogue is (see 1-agenda.toml).
    assert_eq!(
        choice.value.level(),
        Some(super::super::level::Level::Information)
    );
    assert!(!choice.guidance.tr.html.is_empty() && !choice.guidance.en.html.is_empty());
    assert!(!choice.guidance.tr.next.is_empty());
}

#[test]
fn prompts_and_labels_speak_of_practice_not_of_level_names() {
    let content = embedded::content().expect("embedded content");
    for question in &content.questions {
        for lang in Lang::ALL {
            let mut texts = vec![question.prompt.get(lang)];
            texts.extend(question.choices.iter().map(|choice| choice.label.get(lang)));
            for text in texts {
                for level in &content.levels {
                    let name = level.name.get(lang);
                    let phrase = match lang {
                        Lang::Tr => format!("{name} düzey"),
                        Lang::En => format!("{name} level"),
                    };
                    assert!(
                        !text.contains(&phrase),
                        "{}: {text:?} names the level {name:?}",
                        question.id
                    );
                }
            }
        }
    }
}
