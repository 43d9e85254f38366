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
#[path = "src/core/source.rs"]
mod source;
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
            let json = serde_json::to_string(&content).unwrap_or_default();
            let out = std::env::var("OUT_DIR").unwrap_or_default();
            if let Err(error) = std::fs::write(Path::new(&out).join("content.json"), json) {
                println!("cargo::error=cannot write content.json: {error}");
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
