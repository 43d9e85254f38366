//! The interface's words for the two roles and the joint workshop: the
//! role on the start screen, the two sides of a room, the perception gap
//! and the anonymity floor, in both languages.

use crate::core::lang::Lang;
use crate::core::role::Role;

use super::texts::Texts;

impl Texts {
    pub(super) fn pick(&self, tr: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Tr => tr,
            Lang::En => en,
        }
    }

    pub fn role_legend(&self) -> &'static str {
        self.pick(
            "Kimin adına yanıtlıyorsunuz?",
            "On whose behalf are you answering?",
        )
    }

    pub fn role_name(&self, role: Role) -> &'static str {
        match role {
            Role::Ngo => self.pick("STK adına", "On behalf of an NGO"),
            Role::Institution => {
                self.pick("Kamu kurumu adına", "On behalf of a public institution")
            }
        }
    }

    pub fn role_hint(&self, role: Role) -> &'static str {
        match role {
            Role::Ngo => self.pick(
                "Dernek, vakıf, platform ya da başka bir sivil toplum kuruluşu.",
                "An association, foundation, platform or other civil society organisation.",
            ),
            Role::Institution => self.pick(
                "Belediye, valilik ya da kaymakamlık, il müdürlüğü, bakanlık birimi ya da kalkınma ajansı. Sorular, kurumunuzun STK'lara karar süreçlerinde nasıl yer açtığını sorar.",
                "A municipality, governorship or district governorship, provincial directorate, ministry unit or development agency. The questions ask how your institution involves NGOs in its decisions.",
            ),
        }
    }

    /// The kind of assessment, beside its result.
    pub fn role_badge(&self, role: Role) -> &'static str {
        match role {
            Role::Ngo => self.pick("STK değerlendirmesi", "An NGO's assessment"),
            Role::Institution => self.pick(
                "Kamu kurumu değerlendirmesi: kurumunuzun STK'ları karar süreçlerine nasıl kattığı",
                "A public institution's assessment: how your institution involves NGOs in its decisions",
            ),
        }
    }

    /// The presenter's next steps in a room with no NGO in it.
    pub fn next_steps_no_ngo(&self) -> &'static str {
        self.pick(
            "Sonraki adımlar STK'ların yanıtlarından çıkar; bu odada henüz STK yanıtı yok.",
            "The next steps come from the NGOs' answers; this room has no NGO answers yet.",
        )
    }

    pub fn institution_loading(&self) -> &'static str {
        self.pick(
            "Kamu kurumu soruları yükleniyor…",
            "Loading the public institution questions…",
        )
    }

    pub fn institution_failed(&self) -> &'static str {
        self.pick(
            "Kamu kurumu soruları yüklenemedi. İnternet bağlantınızı kontrol edip yeniden deneyin.",
            "The public institution questions could not be loaded. Check your connection and try again.",
        )
    }

    /// A side of a joint room, as a column or heading.
    pub fn side_name(&self, role: Role) -> &'static str {
        match role {
            Role::Ngo => self.pick("STK'lar", "NGOs"),
            Role::Institution => self.pick("Kamu kurumları", "Public institutions"),
        }
    }

    /// "12 katılımcı: 8 STK, 4 kamu kurumu".
    pub fn side_counts(&self, ngo: usize, institution: usize) -> String {
        let all = ngo + institution;
        match self.lang {
            Lang::Tr => format!("{all} katılımcı: {ngo} STK, {institution} kamu kurumu"),
            Lang::En => format!("{all} participants: {ngo} NGO, {institution} public institution"),
        }
    }

    pub fn waiting_codes(&self, n: usize) -> String {
        match self.lang {
            Lang::Tr => format!("{n} kamu kurumu kodu, kurum soruları gelince sayılacak."),
            Lang::En => format!("{n} public institution code(s) will be counted once the institution questions have arrived."),
        }
    }

    /// Why a group's distribution is not shown.
    pub fn floor_hidden(&self, count: usize, floor: usize) -> String {
        match self.lang {
            Lang::Tr => format!("Bu grupta {count} katılımcı var. {floor} kişiden küçük grupların dağılımı gösterilmez, çünkü birinin yanıtları tanınabilir."),
            Lang::En => format!("This group has {count} participant(s). The distribution of a group smaller than {floor} is not shown, because one person's answers could be recognised."),
        }
    }

    pub fn floor_label(&self) -> &'static str {
        self.pick(
            "Anonimlik sınırı: dağılımı gösterilecek en küçük grup",
            "Anonymity floor: the smallest group whose distribution is shown",
        )
    }

    pub fn gap_title(&self) -> &'static str {
        self.pick(
            "Algı farkı: kurumlar ve STK'lar",
            "Perception gap: institutions and NGOs",
        )
    }

    pub fn gap_intro(&self) -> &'static str {
        self.pick(
            "Her adımda iki tarafın tipik (ortanca) yerleşik düzeyi. İki taraf aynı ilişkiyi anlatır: bir düzey ya da daha fazla fark, konuşulacak bir konudur, bir not değildir.",
            "In each step, each side's typical (median) established level. Both sides describe the same relationship: a difference of one level or more is something to talk about, not a mark.",
        )
    }

    pub fn gap_caption(&self) -> &'static str {
        self.pick(
            "Adım adım iki tarafın tipik düzeyi ve aradaki fark",
            "Each side's typical level and the gap, step by step",
        )
    }

    pub fn gap_column(&self) -> &'static str {
        self.pick("Fark", "Gap")
    }

    /// The gap of a step: "Fark var: kurumlar 2 düzey yukarıda".
    pub fn gap_cell(&self, difference: Option<i8>) -> String {
        match (self.lang, difference) {
            (Lang::Tr, None) => "Gösterilmiyor".into(),
            (Lang::En, None) => "Not shown".into(),
            (Lang::Tr, Some(0)) => "Fark yok".into(),
            (Lang::En, Some(0)) => "No gap".into(),
            (Lang::Tr, Some(d)) if d > 0 => format!("Fark var: kurumlar {d} düzey yukarıda"),
            (Lang::Tr, Some(d)) => format!("Fark var: STK'lar {} düzey yukarıda", -d),
            (Lang::En, Some(d)) if d > 0 => format!("Gap: institutions {d} level(s) higher"),
            (Lang::En, Some(d)) => format!("Gap: NGOs {} level(s) higher", -d),
        }
    }

    /// The discussion line of a step where the sides differ.
    pub fn gap_question(&self, step: &str, institutions: &str, ngos: &str) -> String {
        match self.lang {
            Lang::Tr => format!("Kurumlar {step} adımında {institutions} görüyor, STK'lar {ngos}: aradaki fark nereden geliyor?"),
            Lang::En => format!("In {step}, institutions see {institutions} and NGOs see {ngos}: where does the difference come from?"),
        }
    }

    pub fn gap_not_shown(&self) -> &'static str {
        self.pick(
            "Bu adımda bir taraf, anonimlik sınırı için yeterince kalabalık değil.",
            "In this step one side is too small for the anonymity floor.",
        )
    }

    /// The question's hint: what to choose (worded for the role).
    pub fn choose_hint(&self, single: bool, role: Role) -> &'static str {
        match (role, single) {
            (Role::Ngo, true) => self.choose_one,
            (Role::Ngo, false) => self.choose_many,
            (Role::Institution, true) => self.pick(
                "Kurumunuzda genellikle geçerli olanı seçin.",
                "Choose what is usually true of your institution.",
            ),
            (Role::Institution, false) => self.pick(
                "Kurumunuzun yaptıklarının hepsini işaretleyin.",
                "Tick everything your institution has done.",
            ),
        }
    }

    /// The time frame, said once on the first question.
    pub fn time_frame_for(&self, role: Role) -> &'static str {
        match role {
            Role::Ngo => self.time_frame,
            Role::Institution => self.pick(
                "Soruları kurumunuzun ya da biriminizin son iki yılını düşünerek yanıtlayın. Her soruda, bir kez olanı değil genellikle ne yaptığınızı seçin; bir seçenek bir kez olmuş bir şeyi anlatıyorsa bunu açıkça söyler.",
                "Answer with your institution's or unit's last two years in mind. In each question choose what you usually do, not what happened once; where a choice describes something that happened once, it says so.",
            ),
        }
    }
}
