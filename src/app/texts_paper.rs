//! The interface's words for paper forms: the printed questionnaire and
//! the room's tally of filled-in forms, in both languages.

use crate::core::lang::Lang;

use super::texts::Texts;

impl Texts {
    pub fn paper_title(&self) -> &'static str {
        self.pick("Kâğıt formlar", "Paper forms")
    }

    pub fn paper_intro(&self) -> &'static str {
        self.pick(
            "Telefonu olmayan katılımcılar kâğıt formu doldurabilir. Doldurulan her formu buraya tek tek girin: her form odada bir katılımcı sayılır; indirilen dosyalarda kaç katılımcının kâğıttan geldiği de yazılır.",
            "Participants without a phone can fill in a paper form. Enter each filled-in form here, one at a time: each form counts as one participant in the room, and the downloaded files say how many came from paper.",
        )
    }

    pub fn paper_print_link(&self) -> &'static str {
        self.pick(
            "Yazdırmak için kâğıt formu açın",
            "Open the paper form to print it",
        )
    }

    pub fn paper_enter(&self) -> &'static str {
        self.pick("Bir kâğıt formu girin", "Enter a paper form")
    }

    pub fn paper_role(&self) -> &'static str {
        self.pick(
            "Form kimin adına dolduruldu?",
            "On whose behalf was the form filled in?",
        )
    }

    pub fn paper_print_role(&self) -> &'static str {
        self.pick(
            "Form kimin adına doldurulacak?",
            "On whose behalf will the form be filled in?",
        )
    }

    pub fn paper_add(&self) -> &'static str {
        self.pick("Formu odaya ekle", "Add the form to the room")
    }

    pub fn paper_added(&self, forms: usize) -> String {
        match self.lang {
            Lang::Tr => format!("Form eklendi. Bu odada {forms} kâğıt form var."),
            Lang::En if forms == 1 => "The form was added. This room has 1 paper form.".into(),
            Lang::En => format!("The form was added. This room has {forms} paper forms."),
        }
    }

    pub fn paper_clear(&self) -> &'static str {
        self.pick("Formu temizle", "Clear the form")
    }

    pub fn paper_blank(&self) -> &'static str {
        self.pick(
            "Bu formda hiç işaret yok; eklenmedi.",
            "This form has no ticks; it was not added.",
        )
    }

    pub fn paper_count(&self, forms: usize) -> String {
        match self.lang {
            Lang::Tr => format!("{forms} kâğıt form"),
            Lang::En if forms == 1 => "1 paper form".into(),
            Lang::En => format!("{forms} paper forms"),
        }
    }

    pub fn paper_multiple(&self) -> &'static str {
        self.pick("(birden çok seçilebilir)", "(tick all that apply)")
    }

    pub fn paper_form_title(&self) -> &'static str {
        self.pick("Kâğıt form", "Paper form")
    }

    pub fn paper_form_intro(&self) -> &'static str {
        self.pick(
            "Telefonu olmayan katılımcılar için yazdırın. Formda düzeyler görünmez. Doldurulan formları odanın ekranındaki “Kâğıt formlar” bölümüne tek tek girin; sorular orada da aynı numaralarla, seçenekler aynı harflerle yer alır.",
            "Print it for participants without a phone. The form shows no levels. Enter the filled-in forms one at a time in the “Paper forms” section of the room's screen; the questions are numbered and the choices lettered the same way there.",
        )
    }

    /// Printed above the questions, for the person who fills the form in.
    pub fn paper_instructions(&self) -> &'static str {
        self.pick(
            "Her soruda kuruluşunuza en uygun seçeneği işaretleyin. Emin değilseniz “Bilmiyorum”u işaretleyin. Adınızı ya da kuruluşunuzun adını yazmayın: form adsızdır.",
            "For each question, tick the choice that fits your organisation best. If you are not sure, tick “I don't know”. Do not write your name or your organisation's name: the form is anonymous.",
        )
    }
}
