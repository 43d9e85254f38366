//! The interface's own words in both languages (content texts live in
//! assets/content/). Components take every string from here.

use crate::core::lang::Lang;

pub struct Texts {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub not_a_ranking: &'static str,
    pub duration: &'static str,
    pub stays_on_device: &'static str,
    pub start: &'static str,
    pub coming_soon: &'static str,
    /// The name of this language, in itself: the switch's label.
    pub language_name: &'static str,
}

const TR: Texts = Texts {
    app_name: "Katılım Pusulası",
    tagline: "Derneğinizin ya da vakfınızın kamu kararlarına ne ölçüde katıldığını görün ve bir sonraki adımınızı bulun.",
    not_a_ranking: "Bu bir sıralama ya da not değil, kendi kendinize bir değerlendirmedir.",
    duration: "Yaklaşık 15 dakika sürer.",
    stays_on_device: "Yanıtlarınız bu cihazda kalır; siz paylaşmadıkça hiçbir yere gönderilmez.",
    start: "Başla",
    coming_soon: "Sorular yakında burada olacak.",
    language_name: "Türkçe",
};

const EN: Texts = Texts {
    app_name: "Participation Compass",
    tagline: "See how far your association or foundation takes part in public decisions, and find your next step.",
    not_a_ranking: "This is a self-reflection, not a ranking or a grade.",
    duration: "It takes about 15 minutes.",
    stays_on_device: "Your answers stay on this device; nothing is sent anywhere unless you share it.",
    start: "Start",
    coming_soon: "The questions will be here soon.",
    language_name: "English",
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Tr => &TR,
        Lang::En => &EN,
    }
}
