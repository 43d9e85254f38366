//! The interface's words for the trainer's session script and its clock,
//! in both languages. The script's own texts are content
//! (`assets/content/session.toml`).

use crate::core::lang::Lang;

use super::texts::Texts;

impl Texts {
    pub fn session_title(&self) -> &'static str {
        self.pick("Oturum akışı", "Session script")
    }

    pub fn session_intro(&self) -> &'static str {
        self.pick(
            "60 ya da 90 dakikalık bir oturumun akışı: her bölümün süresi ve sizin yapacaklarınız. Yazdırıp yanınıza alabilirsiniz. Saati başlatırsanız, bu cihazda hem bu ekran hem sunum modu o anki bölümü ve kalan süreyi gösterir; sayfayı yenileseniz de saat sürer.",
            "The running order of a 60- or 90-minute session: each part's minutes and what you do. You can print it and keep it at hand. If you start the clock, this screen and presenter mode on this device show the current part and the time left, even after a reload.",
        )
    }

    pub fn session_length(&self) -> &'static str {
        self.pick("Oturumun süresi", "Length of the session")
    }

    pub fn session_minutes(&self, minutes: u16) -> String {
        match self.lang {
            Lang::Tr => format!("{minutes} dakika"),
            Lang::En => format!("{minutes} minutes"),
        }
    }

    /// A part's length and its place in the session, e.g. "8 dakika (0–8)".
    pub fn session_span(&self, start: u16, minutes: u16) -> String {
        let end = start.saturating_add(minutes);
        format!("{} ({start}–{end})", self.session_minutes(minutes))
    }

    pub fn session_start(&self) -> &'static str {
        self.pick("Saati başlat", "Start the clock")
    }

    pub fn session_stop(&self) -> &'static str {
        self.pick("Saati durdur", "Stop the clock")
    }

    pub fn session_clock(&self) -> &'static str {
        self.pick("Oturum saati", "Session clock")
    }

    /// The running part and the minutes left of it, rounded up.
    pub fn session_now(&self, part: &str, seconds_left: u64) -> String {
        let minutes = seconds_left.div_ceil(60);
        match self.lang {
            Lang::Tr => format!("Şimdi: {part} · {minutes} dk kaldı"),
            Lang::En => format!("Now: {part} · {minutes} min left"),
        }
    }

    pub fn session_over(&self) -> &'static str {
        self.pick("Oturumun süresi doldu.", "The session's time is up.")
    }

    pub fn session_refused(&self) -> &'static str {
        self.pick(
            "Bu tarayıcı veri saklamaya izin vermediği için saat başlatılamadı. Akışı yine de kullanabilir ve yazdırabilirsiniz.",
            "The clock could not start: this browser does not allow storing data. You can still use and print the running order.",
        )
    }

    pub fn session_print(&self) -> &'static str {
        self.pick("Yazdır", "Print")
    }

    pub fn session_back(&self) -> &'static str {
        self.pick("Odalara dön", "Back to the rooms")
    }

    pub fn session_link(&self) -> &'static str {
        self.pick(
            "60 ya da 90 dakikalık bir oturumun akışını açın",
            "Open the running order of a 60- or 90-minute session",
        )
    }
}
