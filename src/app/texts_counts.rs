//! Interface sentences with numbers in them, in both languages.

use crate::core::lang::Lang;

use super::texts::Texts;

impl Texts {
    /// The texts of `lang` did not arrive (said in this text's language).
    pub fn texts_failed(&self, lang: Lang) -> &'static str {
        match (self.lang, lang) {
            (Lang::Tr, Lang::En) => "İngilizce metinler yüklenemedi; sayfa Türkçe kaldı. İnternet bağlantınızı kontrol edip yeniden deneyin.",
            (Lang::Tr, Lang::Tr) => "Türkçe metinler yüklenemedi. İnternet bağlantınızı kontrol edip yeniden deneyin.",
            (Lang::En, Lang::En) => "The English texts could not be loaded, so the page is still in Turkish. Check your connection and try again.",
            (Lang::En, Lang::Tr) => "The Turkish texts could not be loaded. Check your connection and try again.",
        }
    }

    /// "Don't know" is itself a finding: say how to find out.
    pub fn dont_know_line(&self, n: usize, role: crate::core::role::Role) -> String {
        if role == crate::core::role::Role::Institution {
            return match self.lang {
                Lang::Tr => format!("{n} soruya “Bilmiyorum” dediniz. Bu da bir bulgu: yanıtı kurumunuzda kimin bildiğini bulun (birim amiri, STK'larla yazışmaları yürüten kişi, toplantı tutanakları, kurumun internet sitesi) ve sonra yanıtı güncelleyin."),
                Lang::En => format!("You answered “don't know” to {n} question(s). That is a finding too: find out who in your institution knows (the head of unit, whoever handles correspondence with NGOs, meeting minutes, the institution's website), then update the answer."),
            };
        }
        match self.lang {
            Lang::Tr => format!("{n} soruya “Bilmiyorum” dediniz. Bu da bir bulgu: yanıtı derneğinizde kimin bildiğini bulun (yönetim kurulu, yazışmaları yürüten kişi, eski yazılar, kurumun internet sitesi) ve sonra yanıtı güncelleyin."),
            Lang::En => format!("You answered “don't know” to {n} question(s). That is a finding too: find out who in your organisation knows (the board, whoever handles correspondence, old letters, the institution's website), then update the answer."),
        }
    }

    pub fn not_applicable_line(&self, n: usize) -> String {
        match self.lang {
            Lang::Tr => format!("{n} soru sizin için geçerli değil; hesaba katılmadı."),
            Lang::En => format!("{n} question(s) do not apply to you; not counted."),
        }
    }

    pub fn not_enough_line(&self, counted: usize, questions: usize) -> String {
        match self.lang {
            Lang::Tr => format!("Bu adımın {questions} sorusundan {counted} tanesi bir düzeyle yanıtlandı. Yerleşik düzey, soruların en az yarısı bir düzeyle yanıtlanınca gösterilir."),
            Lang::En => format!("{counted} of this step's {questions} questions were answered with a level. The established level is shown once at least half of them are."),
        }
    }

    /// The note beside a result made with an earlier question set.
    pub fn carried_note(&self, version: u32, kept: usize, not: usize) -> String {
        match self.lang {
            Lang::Tr => format!("Bu değerlendirme soruların {version}. sürümüyle yapıldı. {kept} yanıt yeni sürüme aktarıldı; {not} sorunun yerinde yeni ya da değişmiş sorular var, onları yeniden yanıtlayın. İlk yanıtlarınız kayıtta duruyor ve dışa aktarılan dosyada da yer alır."),
            Lang::En => format!("This assessment was made with version {version} of the questions. {kept} answer(s) were carried over to the new version; {not} question(s) were replaced or changed, so please answer those again. Your original answers are kept in the record and in the exported file."),
        }
    }

    /// "3 adım planlandı, 1'i tamamlandı".
    pub fn plan_counts(&self, total: usize, done: usize) -> String {
        match self.lang {
            Lang::Tr => format!("{total} adım planlandı, {done} tanesi tamamlandı."),
            Lang::En if total == 1 => format!("1 step planned, {done} done."),
            Lang::En => format!("{total} steps planned, {done} done."),
        }
    }

    /// A step of the room's compass: its typical level and over how many.
    pub fn room_typical_line(&self, typical: &str, assessed: usize) -> String {
        match self.lang {
            Lang::Tr => format!("{typical} (ortanca; {assessed} katılımcı)"),
            Lang::En => format!("{typical} (median; {assessed} participants)"),
        }
    }

    pub fn carry_question(&self, open: usize) -> String {
        match self.lang {
            Lang::Tr => format!("Açık değerlendirmenin eylem planında tamamlanmamış {open} adım var. Aynı kuruluş için yeni bir değerlendirme başlatıyorsanız bu adımlar yeni planda da yer alabilir."),
            Lang::En => format!("The open assessment's action plan has {open} step(s) not done. If you are assessing the same organisation again, they can go into the new plan."),
        }
    }

    /// How many readiness conditions hold the NGO back most.
    pub fn weakest_count(&self, n: usize) -> String {
        match self.lang {
            Lang::Tr => format!("en zayıf {n} koşul"),
            Lang::En if n == 1 => "1 weakest condition".to_owned(),
            Lang::En => format!("{n} weakest conditions"),
        }
    }

    /// A shared code made with an earlier question set.
    pub fn shared_carried(&self, version: u32) -> String {
        match self.lang {
            Lang::Tr => format!("Bu kod soruların {version}. sürümüyle yapıldı. Yanıtlar yeni sorulara aktarıldı; karşılığı olmayan yanıtlar gösterilmiyor."),
            Lang::En => format!("This code was made with version {version} of the questions. Its answers were carried over to the new questions; answers with no counterpart are not shown."),
        }
    }

    /// How a room counts codes made with an earlier question set.
    pub fn room_carried(&self, n: usize) -> String {
        match self.lang {
            Lang::Tr => format!("{n} katılımcının kodu soruların önceki sürümüyle yapıldı. Yanıtları yeni sorulara aktarılarak sayıldı; karşılığı olmayan yanıtlar sayılmadı."),
            Lang::En => format!("{n} participant code(s) were made with an earlier version of the questions. Their answers were carried over to the new questions and counted; answers with no counterpart were left out."),
        }
    }
}
