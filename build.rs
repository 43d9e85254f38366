//! Turns the editable content under `assets/content/` into the compact,
//! validated JSON that the app embeds. A content mistake stops the build with
//! one line per problem, naming the file and the field.

// These modules are the core's own files: one reader for build and tests.
#[path = "src/core/content.rs"]
#[allow(dead_code)]
mod content;
#[path = "src/core/content_error.rs"]
mod content_error;
#[path = "src/core/lang.rs"]
#[allow(dead_code)]
mod lang;
#[path = "src/core/level.rs"]
#[allow(dead_code)]
mod level;
#[path = "src/core/readiness.rs"]
#[allow(dead_code)]
mod readiness;
#[path = "src/core/source.rs"]
mod source;
#[path = "src/core/source_guidance.rs"]
mod source_guidance;
#[path = "src/core/source_previous.rs"]
mod source_previous;
#[path = "src/core/spelling.rs"]
mod spelling;
#[path = "src/core/step.rs"]
#[allow(dead_code)]
mod step;
#[path = "src/core/validate.rs"]
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
    match source::load(ROOT, &files) {
        Ok(content) => {
            if let Err(error) = write_pieces(content) {
                println!("cargo::error=cannot write the embedded content: {error}");
                std::process::exit(1);
            }
        }
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
            println!(
                "cargo::error={} problem(s) in the content; see docs/content-format.md",
                errors.len()
            );
            std::process::exit(1);
        }
    }
}

/// How many pieces the questions are embedded in: the app parses one piece
/// per task, so no task of a slow phone's start-up is long.
const QUESTION_PIECES: usize = 4;

/// Writes the content as compact JSON in pieces (the frame without its
/// questions, then the questions in `QUESTION_PIECES` slices of about equal
/// size) and `pieces.rs`, which embeds them (see src/core/embedded.rs).
fn write_pieces(mut content: content::Content) -> std::io::Result<()> {
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    let out = Path::new(&out);
    let questions = std::mem::take(&mut content.questions);
    std::fs::write(out.join("frame.json"), json(&content))?;
    let per_piece = questions.len().div_ceil(QUESTION_PIECES).max(1);
    let mut pieces = questions.chunks(per_piece).map(|piece| piece.to_vec());
    let mut names = Vec::new();
    for i in 0..QUESTION_PIECES {
        let name = format!("questions-{i}.json");
        std::fs::write(out.join(&name), json(&pieces.next().unwrap_or_default()))?;
        names.push(format!(
            "include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}\"))"
        ));
    }
    std::fs::write(
        out.join("pieces.rs"),
        format!(
            "const FRAME: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/frame.json\"));\n\
             const QUESTIONS: [&str; {QUESTION_PIECES}] = [{}];\n",
            names.join(", ")
        ),
    )
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}
