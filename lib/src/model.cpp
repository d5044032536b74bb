#include "parallax/model.hpp"

namespace parallax {

const char* to_string(Severity s) {
    switch (s) {
        case Severity::high: return "high";
        case Severity::medium: return "medium";
        case Severity::low: return "low";
    }
    return "low";
}

const char* to_string(Status s) { return s == Status::aligned ? "aligned" : "unrelated"; }

const char* to_string(Form f) {
    switch (f) {
        case Form::full: return "full";
        case Form::partial: return "partial";
        case Form::report: return "report";
        case Form::copy: return "copy";
    }
    return "full";
}

const char* to_string(Qualifier q) {
    switch (q) {
        case Qualifier::none: return "none";
        case Qualifier::approximate: return "approximate";
        case Qualifier::lower_bound: return "lower_bound";
        case Qualifier::upper_bound: return "upper_bound";
        case Qualifier::exact: return "exact";
    }
    return "none";
}

const char* to_string(QuoteMatch m) {
    switch (m) {
        case QuoteMatch::exact: return "exact";
        case QuoteMatch::punctuation_only: return "punctuation_only";
        case QuoteMatch::altered: return "altered";
        case QuoteMatch::not_found: return "not_found";
        case QuoteMatch::not_checked: return "not_checked";
    }
    return "not_found";
}

const char* cut_off_label(const Rendering& r) {
    if (r.cut_start && r.cut_end) return "cut off at both ends";
    if (r.cut_end) return "cut off at the end";
    if (r.cut_start) return "cut off at the start";
    return "";
}

std::string form_label(const Comparison& c, int rendering) {
    const Rendering& r = c.renderings[static_cast<std::size_t>(rendering)];
    if (rendering == c.base || r.status != Status::aligned) return "";
    auto pct = [](double v) { return std::to_string(static_cast<long>(v * 100 + 0.5)) + "%"; };
    switch (r.form) {
        case Form::full: return "full rendering";
        case Form::partial: return "partial rendering (" + pct(r.rendered) + " of the base's sentences)";
        case Form::report: return "report (" + pct(r.own) + " of its sentences its own)";
        case Form::copy: return "copy of " + c.renderings[static_cast<std::size_t>(r.copy_of)].doc.name;
    }
    return "";
}

const char* to_string(Kind k) {
    switch (k) {
        case Kind::figure: return "figure";
        case Kind::qualifier: return "qualifier";
        case Kind::name: return "name";
        case Kind::title: return "title";
        case Kind::term: return "term";
        case Kind::quote: return "quote";
        case Kind::omission: return "omission";
        case Kind::addition: return "addition";
        case Kind::phrasing: return "phrasing";
        case Kind::wording: return "wording";
    }
    return "phrasing";
}

const char* to_string(Finding f) {
    switch (f) {
        case Finding::figure_differs: return "figure_differs";
        case Finding::figure_one_sided: return "figure_one_sided";
        case Finding::qualifier_differs: return "qualifier_differs";
        case Finding::name_differs: return "name_differs";
        case Finding::name_variant: return "name_variant";
        case Finding::name_fuller: return "name_fuller";
        case Finding::name_rank: return "name_rank";
        case Finding::term_differs: return "term_differs";
        case Finding::term_variant: return "term_variant";
        case Finding::quote_reworded: return "quote_reworded";
        case Finding::quote_not_found: return "quote_not_found";
        case Finding::sentence_one_sided: return "sentence_one_sided";
        case Finding::sentence_elided: return "sentence_elided";
        case Finding::diacritics_differ: return "diacritics_differ";
        case Finding::paragraph_one_sided: return "paragraph_one_sided";
        case Finding::sentence_reworded: return "sentence_reworded";
        case Finding::sentence_repeated: return "sentence_repeated";
        case Finding::wording_differs: return "wording_differs";
        case Finding::negation_differs: return "negation_differs";
        case Finding::modality_differs: return "modality_differs";
        case Finding::tense_differs: return "tense_differs";
        case Finding::person_differs: return "person_differs";
        case Finding::modifier_one_sided: return "modifier_one_sided";
        case Finding::words_one_sided: return "words_one_sided";
        case Finding::words_replaced: return "words_replaced";
        case Finding::word_doubled: return "word_doubled";
        case Finding::text_inserted: return "text_inserted";
        case Finding::sentence_differs: return "sentence_differs";
    }
    return "wording_differs";
}

const char* to_string(NoteReason r) {
    switch (r) {
        case NoteReason::diff_too_large: return "diff_too_large";
        case NoteReason::quotes_not_checked: return "quotes_not_checked";
        case NoteReason::wording_across_languages: return "wording_across_languages";
    }
    return "diff_too_large";
}

}  // namespace parallax
