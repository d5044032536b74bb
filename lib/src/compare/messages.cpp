// The one place where findings and notes become sentences. Everything a
// message says comes from the fields of its discrepancy or note, so that
// renderers, scripts and the batch index can rely on the fields alone.
#include <algorithm>
#include <cstdio>

#include "parallax/compare.hpp"
#include "parallax/display.hpp"
#include "parallax/similarity.hpp"

namespace parallax {

namespace {

std::string two_decimals(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

struct MessageWriter {
    const Comparison& c;
    std::vector<int> named;  // renderings the message names so far

    const std::string& name(int y) {
        named.push_back(y);
        return c.renderings[static_cast<std::size_t>(y)].doc.name;
    }
    // "a, b, c"
    std::string names(const std::vector<int>& ys) {
        std::string m;
        for (std::size_t k = 0; k < ys.size(); ++k) m += (k ? ", " : "") + name(ys[k]);
        return m;
    }
    std::string text(const SpanRef& s) const { return std::string(c.text(s.rendering, s.span)); }
    // The start of a long span, cut at a space (never inside a character).
    static std::string clip(std::string t, std::size_t most) {
        if (t.size() <= most) return t;
        std::size_t at = t.rfind(' ', most);
        if (at == std::string::npos || at < most / 2) {
            at = most;
            while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
        }
        return t.substr(0, at) + "\xE2\x80\xA6";
    }

    // The renderings a one-sided finding's spans are in, in order: the one
    // it was found in, then those folded in that say it too.
    static std::vector<int> holders(const Discrepancy& d) {
        std::vector<int> out;
        for (const auto& s : d.spans)
            if (std::find(out.begin(), out.end(), s.rendering) == out.end()) out.push_back(s.rendering);
        return out;
    }

    // 'about 750,000' (approximate)
    std::string figure(const Discrepancy& d, std::size_t k) const {
        std::string s = "'" + text(d.spans[k]) + "'";
        Qualifier q = k < d.qualifiers.size() ? d.qualifiers[k] : Qualifier::none;
        if (q != Qualifier::none) s += std::string(" (") + to_string(q) + ")";
        return s;
    }

    // "name", "title", or "film title"
    static std::string subject(const Discrepancy& d) {
        if (d.kind != Kind::title) return "name";
        if (d.work.empty() || d.work == "entitled" || d.work == "titled" || d.work == "called" || d.work == "headline") return "title";
        return d.work + " title";
    }

    // The span that was looked for, and the one found where it was looked.
    const SpanRef& sought(const Discrepancy& d) const {
        for (const auto& s : d.spans)
            if (d.against.empty() || s.rendering != d.against.front()) return s;
        return d.spans.front();
    }
    const SpanRef& found(const Discrepancy& d) const {
        for (const auto& s : d.spans)
            if (!d.against.empty() && s.rendering == d.against.front()) return s;
        return d.spans.back();
    }

    std::string body(const Discrepancy& d) {
        std::string pair = d.spans.size() >= 2 ? "\"" + text(d.spans[0]) + "\" vs \"" + text(d.spans[1]) + "\"" : "";
        switch (d.finding) {
            case Finding::figure_differs: return "figure differs: " + figure(d, 0) + " vs " + figure(d, 1);
            case Finding::qualifier_differs: return "qualifier differs: " + figure(d, 0) + " vs " + figure(d, 1);
            case Finding::figure_one_sided: {
                std::string m = "figure only in " + names(holders(d)) + ": " + figure(d, 0) + " has no counterpart in ";
                return m + names(d.against);
            }
            case Finding::name_differs: return subject(d) + " differs: " + pair;
            case Finding::name_variant: return subject(d) + " spelled differently: " + pair + " (similarity " + two_decimals(d.score) + ")";
            case Finding::name_fuller: return subject(d) + " in a fuller form: " + pair;
            case Finding::name_rank: return subject(d) + " with another rank or title: " + pair;
            case Finding::term_differs: return "term rendered differently: " + pair;
            case Finding::term_variant: return "term spelled differently: " + pair;
            case Finding::quote_reworded:
                return "quotation worded differently: \"" + text(sought(d)) + "\" vs \"" + text(found(d)) + "\"";
            case Finding::quote_not_found: {
                std::string m = "quotation not found in " + names(d.against) + ": \"" + text(d.spans[0]) + "\"";
                if (auto by = holders(d); by.size() > 1) m += " (quoted in " + names(by) + ")";
                return m;
            }
            case Finding::sentence_one_sided: {
                // the share is measured against the first rendering; the
                // others were found lacking the sentence as well
                std::string from = names(holders(d));
                const Document& mine = c.renderings[static_cast<std::size_t>(d.spans[0].rendering)].doc;
                const Document& theirs = c.renderings[static_cast<std::size_t>(d.against.front())].doc;
                std::string m = cross_language(mine, theirs)
                    ? "sentence only in " + from + " (no sentence of " + name(d.against.front()) + ", in " + theirs.language +
                          ", lines up with it between the sentences they share"
                    : "sentence only in " + from + " (" + two_decimals(d.score * 100) + "% of its content words appear in " +
                          name(d.against.front());
                if (d.against.size() > 1) m += "; also missing from " + names({d.against.begin() + 1, d.against.end()});
                return m + ")";
            }
            case Finding::diacritics_differ: {
                bool first_marked = text(d.spans[0]).size() > text(d.spans[1]).size();
                return std::string("spelled ") + (first_marked ? "without" : "with") + " diacritics: " + pair;
            }
            case Finding::paragraph_one_sided:
                return "paragraph only in " + names(holders(d)) + ", missing from " + names(d.against) +
                       " between paragraphs they share: \"" + clip(text(d.spans[0]), 120) + "\"";
            case Finding::sentence_elided:
                return "sentence elided ('" + text(d.spans[1]) + "') in " + name(d.spans[1].rendering) + ": \"" + text(d.spans[0]) + "\"";
            case Finding::sentence_reworded: return "sentence worded entirely differently: " + pair;
            case Finding::sentence_repeated:
                return "sentence printed twice in " + name(d.spans[0].rendering) + ": \"" + text(d.spans[0]) + "\" (once in " +
                       names(d.against) + ")";
            case Finding::wording_differs: return "wording differs (similarity " + two_decimals(d.score) + ")";
            case Finding::negation_differs: return "negation differs: " + pair;
            case Finding::modality_differs: return "modality differs: " + pair;
            case Finding::tense_differs: return "tense differs: " + pair;
            case Finding::person_differs: return "person differs: " + pair;
            case Finding::modifier_one_sided: return "modifier on one side only: " + pair;
            case Finding::words_one_sided: return "words on one side only: " + pair;
            case Finding::words_replaced: return "words replaced: " + pair;
            case Finding::word_doubled: return "word printed twice: " + pair;
            case Finding::text_inserted: return "text inserted: " + pair;
            case Finding::sentence_differs:
                return "sentence worded differently (similarity " + two_decimals(d.score) + "): " + pair;
        }
        return {};
    }

    std::string message(const Discrepancy& d, bool name_other) {
        named.clear();
        std::string m = body(d);
        if (d.outlier) {
            const Outlier& o = *d.outlier;
            m += "; odd one out: " + name(o.odd) + " (" + std::to_string(o.agreeing) + " of " + std::to_string(o.present) +
                 " renderings say '" + text(o.says) + "')";
        }
        // With three or more renderings, say which one differs from the base,
        // or which two differ when neither is the base.
        bool unnamed_pair = d.spans.size() >= 2 && d.spans[0].rendering != c.base && d.spans[1].rendering != c.base &&
                            d.spans[0].rendering != d.spans[1].rendering &&
                            std::find(named.begin(), named.end(), d.spans[0].rendering) == named.end() &&
                            std::find(named.begin(), named.end(), d.spans[1].rendering) == named.end();
        if (name_other && unnamed_pair) {
            m += " [" + name(d.spans[0].rendering) + " vs " + name(d.spans[1].rendering) + "]";
        } else if (name_other && d.against.size() > 1 && d.spans.size() >= 2 && d.spans[0].rendering == c.base &&
                   d.finding != Finding::wording_differs && d.finding != Finding::figure_one_sided &&
                   d.finding != Finding::quote_not_found && d.finding != Finding::sentence_one_sided &&
                   d.finding != Finding::paragraph_one_sided && d.finding != Finding::sentence_elided) {
            m += " [" + names(d.against) + "]";  // one difference several renderings share
        } else if (name_other)
            for (const auto& s : d.spans) {
                if (s.rendering == c.base) continue;
                if (std::find(named.begin(), named.end(), s.rendering) == named.end()) m += " [" + name(s.rendering) + "]";
                break;
            }
        return m;
    }
};

std::string note_text(const Comparison& c, const Note& n) {
    auto count = [&](std::size_t k) { return k < n.counts.size() ? n.counts[k] : std::size_t{0}; };
    switch (n.reason) {
        case NoteReason::diff_too_large:
            return "row " + std::to_string(n.row) + ": " +
                   (n.left >= 0 ? c.renderings[static_cast<std::size_t>(n.left)].doc.name + " vs " : std::string()) +
                   c.renderings[static_cast<std::size_t>(n.rendering)].doc.name + " not word-diffed: " + std::to_string(count(0)) + " x " + std::to_string(count(1)) + " tokens is past the limit";
        case NoteReason::quotes_not_checked:
            return counted(count(0), "quotation look-up", "quotation look-ups") + " not checked: the text around them is larger than " +
                   std::to_string(count(1) / 1024) + " KB";
        case NoteReason::wording_across_languages: {
            std::vector<std::string> languages;
            for (const auto& r : c.renderings)
                if (r.status == Status::aligned && std::find(languages.begin(), languages.end(), r.doc.language) == languages.end())
                    languages.push_back(r.doc.language);
            std::string list;
            for (const auto& l : languages) list += (list.empty() ? "" : ", ") + l;
            return "wording is not compared across languages (" + list +
                   "): between renderings in different languages only figures, dates, qualifiers and sentences without a "
                   "counterpart are checked";
        }
    }
    return {};
}

}  // namespace

void compose_messages(Comparison& c) {
    auto aligned = std::count_if(c.renderings.begin(), c.renderings.end(), [](const Rendering& r) { return r.status == Status::aligned; });
    MessageWriter writer{c, {}};
    for (auto& d : c.discrepancies) d.message = writer.message(d, aligned >= 3);
    for (auto& n : c.notes) n.text = note_text(c, n);
}

}  // namespace parallax
