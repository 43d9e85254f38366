//! Turns the editable content under `assets/content/` into the compact,
//! validated JSON that the app embeds. A content mistake stops the build with
//! one line per problem, naming the file and the field.

// These modules are the core's own files: one reader for build and tests.
#[path = "src/core/content/content.rs"]
#[allow(dead_code)]
mod content;
#[path = "src/core/content/content_error.rs"]
mod content_error;
#[path = "src/core/content/content_parts.rs"]
#[allow(dead_code)]
mod content_parts;
#[path = "src/core/content/lang.rs"]
#[allow(dead_code)]
mod lang;
#[path = "src/core/method/level.rs"]
#[allow(dead_code)]
mod level;
#[path = "src/core/method/readiness.rs"]
#[allow(dead_code)]
mod readiness;
#[path = "src/core/method/role.rs"]
#[allow(dead_code)]
mod role;
#[path = "src/core/workshop/session.rs"]
#[allow(dead_code)]
mod session;
#[path = "src/core/workshop/session_source.rs"]
mod session_source;
#[path = "src/core/content/source.rs"]
mod source;
#[path = "src/core/content/source_bank.rs"]
mod source_bank;
#[path = "src/core/content/source_guidance.rs"]
mod source_guidance;
#[path = "src/core/content/source_previous.rs"]
mod source_previous;
#[path = "src/core/content/spelling.rs"]
mod spelling;
#[path = "src/core/method/step.rs"]
#[allow(dead_code)]
mod step;
#[path = "src/core/content/validate.rs"]
#[allow(dead_code)]
mod validate;

use std::path::Path;

const ROOT: &str = "assets/content/";

fn collect(dir: &Path, files: &mut Vec<source::SourceFile>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "md")
        ) {
            let relative = path
                .strip_prefix(ROOT)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            files.push(source::SourceFile {
                text: std::fs::read_to_string(&path)?,
                path: relative,
            });
        }
    }
    Ok(())
}

fn main() {
    println!("cargo::rerun-if-changed={ROOT}");
    let mut files = Vec::new();
    if let Err(error) = collect(Path::new(ROOT), &mut files) {
        println!("cargo::error=cannot read {ROOT}: {error}");
        std::process::exit(1);
    }
    write_session(&files);
    match source::load(ROOT, &files) {
        Ok(content) => {
            if let Err(error) = write_pieces(content) {
                println!("cargo::error=cannot write the embedded content: {error}");
                std::process::exit(1);
            }
        }
        Err(errors) => stop(&errors, "the content"),
    }
}

/// Stops the build with one line per problem.
fn stop(errors: &[content_error::ContentError], what: &str) -> ! {
    for error in errors {
        println!("cargo::error={error}");
    }
    println!(
        "cargo::error={} problem(s) in {what}; see docs/content-format.md",
        errors.len()
    );
    std::process::exit(1);
}

/// Checks the trainer's session script and writes it as Rust constants
/// (`session.rs` in the out dir, included by src/core/embedded.rs).
fn write_session(files: &[source::SourceFile]) {
    let name = format!("{ROOT}{}", session_source::SESSION_FILE);
    let text = files
        .iter()
        .find(|file| file.path == session_source::SESSION_FILE)
        .map_or("", |file| file.text.as_str());
    match session_source::read(&name, text) {
        Ok(session) => {
            let out = std::env::var("OUT_DIR").unwrap_or_default();
            let path = Path::new(&out).join("session.rs");
            if let Err(error) = std::fs::write(path, session_source::to_rust(&session)) {
                println!("cargo::error=cannot write the session script: {error}");
                std::process::exit(1);
            }
        }
        Err(errors) => stop(&errors, "the session script"),
    }
}

/// How many pieces the questions are embedded in: the app parses one piece
/// per task, so no task of a slow phone's start-up is long.
const QUESTION_PIECES: usize = 4;

/// The parts fetched when first needed (see src/core/content_parts.rs): the
/// app embeds the rest, Turkish texts without guidance.
const PARTS: [(content_parts::Kind, lang::Lang); 4] = [
    (content_parts::Kind::Texts, lang::Lang::En),
    (content_parts::Kind::Guidance, lang::Lang::Tr),
    (content_parts::Kind::Guidance, lang::Lang::En),
    (content_parts::Kind::Institution, lang::Lang::Tr),
];

/// Writes the content: the parts of `PARTS` as files with content-hashed
/// names, into the out dir (for host tests) and `<target>/katilim-content/`
/// with a list of them (scripts/post-build.mjs copies them into the build);
/// the rest as compact JSON in pieces (the frame without its questions,
/// then the questions in `QUESTION_PIECES` slices of about equal size); and
/// `pieces.rs`, which embeds them (see src/core/embedded.rs).
fn write_pieces(mut content: content::Content) -> std::io::Result<()> {
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    let out = Path::new(&out);
    let shared = target_dir(out).join("katilim-content");
    std::fs::create_dir_all(&shared)?;
    let mut parts = Vec::new();
    for (kind, lang) in PARTS {
        let text = match kind {
            content_parts::Kind::Texts => {
                json(&content_parts::Part::take_texts(&mut content, lang))
            }
            content_parts::Kind::Guidance => {
                json(&content_parts::Part::take_guidance(&mut content, lang))
            }
            content_parts::Kind::Institution => json(&content_parts::BankPart::take(&mut content)),
        };
        let name = format!(
            "{}-{}-{:016x}.json",
            kind.id(),
            lang.code(),
            fnv1a(text.as_bytes())
        );
        std::fs::write(out.join(&name), &text)?;
        std::fs::write(shared.join(&name), &text)?;
        parts.push((kind, lang, name));
    }
    let names: Vec<&str> = parts.iter().map(|(_, _, name)| name.as_str()).collect();
    // Only this build's parts stay beside the list.
    for entry in std::fs::read_dir(&shared)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.ends_with(".json") && !names.contains(&name.as_str()) {
            std::fs::remove_file(&path)?;
        }
    }
    std::fs::write(shared.join("parts.txt"), names.join("\n") + "\n")?;
    let questions = std::mem::take(&mut content.questions);
    std::fs::write(out.join("frame.json"), json(&content))?;
    let per_piece = questions.len().div_ceil(QUESTION_PIECES).max(1);
    let mut pieces = questions.chunks(per_piece).map(|piece| piece.to_vec());
    let mut included = Vec::new();
    for i in 0..QUESTION_PIECES {
        let name = format!("questions-{i}.json");
        std::fs::write(out.join(&name), json(&pieces.next().unwrap_or_default()))?;
        included.push(include(&name));
    }
    let part_names: Vec<String> = parts
        .iter()
        .map(|(kind, lang, name)| format!("(Kind::{kind:?}, Lang::{lang:?}, \"/content/{name}\")"))
        .collect();
    let part_json: Vec<String> = parts.iter().map(|(_, _, name)| include(name)).collect();
    std::fs::write(
        out.join("pieces.rs"),
        format!(
            "const FRAME: &str = {};\n\
             const QUESTIONS: [&str; {QUESTION_PIECES}] = [{}];\n\
             /// The parts fetched later, and where.\n\
             pub const PARTS: [(Kind, Lang, &str); {}] = [{}];\n\
             /// The parts themselves, for the host (tests, fuzzing); never in the app.\n\
             #[cfg(not(target_arch = \"wasm32\"))]\n\
             const PART_JSON: [&str; {}] = [{}];\n",
            include("frame.json"),
            included.join(", "),
            parts.len(),
            part_names.join(", "),
            parts.len(),
            part_json.join(", "),
        ),
    )
}

fn include(name: &str) -> String {
    format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))")
}

/// Cargo's target directory (the one with CACHEDIR.TAG) above the out dir.
fn target_dir(out: &Path) -> std::path::PathBuf {
    let found = out
        .ancestors()
        .find(|dir| dir.join("CACHEDIR.TAG").is_file())
        .map_or_else(|| Path::new("target").to_path_buf(), Path::to_path_buf);
    // A build for another target (the wasm one) has a tagged folder of its
    // own, `<target>/<triple>`; the parts go beside the host's, where
    // scripts/post-build.mjs looks, even when no host build came first.
    let triple = std::env::var("TARGET").unwrap_or_default();
    match found.parent() {
        Some(parent)
            if found
                .file_name()
                .is_some_and(|name| name == triple.as_str())
                && parent.join("CACHEDIR.TAG").is_file() =>
        {
            parent.to_path_buf()
        }
        _ => found,
    }
}

/// FNV-1a, 64 bits: a name that changes with the file, no dependency.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
