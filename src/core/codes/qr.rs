//! The QR code of a share link, as an SVG document: participants show it,
//! the trainer's phone or laptop camera reads it. Made here, fetched from
//! nowhere.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The SVG of `text` (medium error correction, a quiet zone, black on
/// white), or `None` if the text is too long for a QR code.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(200, 200)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// The same SVG without its XML declaration, to put inside a page.
pub fn inline_svg(text: &str) -> String {
    svg(text)
        .map(|svg| {
            svg.split_once("?>")
                .map_or(svg.clone(), |(_, rest)| rest.to_owned())
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_link_becomes_an_svg_and_absurd_text_does_not() {
        let link = "https://katilim.example.org/shared#101N-F6YP-ZYVF-ZDZP-VDPZ-YVDQ-ZDPG-78FV";
        let drawn = svg(link).expect("a share link fits a QR code");
        assert!(drawn.starts_with("<?xml") && drawn.contains("<svg") && drawn.contains("#000000"));
        // Different links give different pictures.
        assert_ne!(svg(&link.replace("78FV", "78FW")), Some(drawn));
        assert_eq!(svg(&"x".repeat(8000)), None);
    }
}
