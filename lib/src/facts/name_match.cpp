#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <utility>
#include <vector>

#include "../unicode/marks.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/facts.hpp"
#include "cyrillic_latin.hpp"
#include "demonyms.hpp"
#include "parallax/normalize.hpp"
#include "plain_letters.hpp"
#include "postal_names.hpp"
#include "romanization.hpp"
#include "scan.hpp"

namespace parallax {

namespace {

struct Word {
    std::string exact;     // case folded, marks kept, apostrophes dropped
    std::string plain;     // and marks stripped, letters such as ø, æ, ð mapped (plain_letters)
    std::string skeleton;  // translit_fold: only for the score, never for the relation
    bool dotted = false;   // written with a period: may be an initial of more than one letter
    // `exact` read for same_cyrillic_word when first needed: a remembered
    // word meets many others
    mutable std::shared_ptr<const facts_detail::CyrillicReading> cyrillic = {};
};

const facts_detail::CyrillicReading& cyrillic_of(const Word& w) {
    if (!w.cyrillic) w.cyrillic = facts_detail::cyrillic_reading(w.exact);
    return *w.cyrillic;
}

struct NameWords {
    std::vector<Word> core;       // without leading ranks and function words
    std::vector<std::string> extra;  // the ranks and function words dropped
};

bool title_modifier(std::string_view w) { return w == "vice" || w == "prime" || w == "foreign" || w == "deputy"; }

std::vector<std::string> split_words(std::string_view name) {
    std::string f = fold(name);
    std::vector<std::string> words(1);
    for (std::size_t pos = 0; pos < f.size();) {
        std::size_t at = pos;
        char32_t c = unicode::next(f, pos);
        if (unicode::is_apostrophe(c)) {  // O'Neill = ONeill
            // a possessive anywhere in the name ("Denmark's Prime Minister"):
            // the word without it
            std::size_t after = pos;
            if (after < f.size() && f[after] == 's') {
                std::size_t next = after + 1;
                if (next == f.size() || !unicode::is_letter(unicode::next(f, next))) pos = after + 1;
            }
            continue;
        }
        if (unicode::is_letter(c) || unicode::classify(c) == unicode::Class::mark ||
            unicode::classify(c) == unicode::Class::digit) {
            words.back().append(f, at, pos - at);
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

struct Shape {
    bool cap = false;     // first letter upper case as written
    bool dotted = false;  // a period right after it ("Zh.")
};

// The words of `name` as written, cut as split_words cuts the folded text;
// empty when the two cuts do not line up.
std::vector<Shape> word_shapes(std::string_view name, std::size_t words) {
    std::vector<Shape> out;
    bool in_word = false;
    for (std::size_t pos = 0; pos < name.size();) {
        char32_t c = unicode::next(name, pos);
        if (unicode::is_apostrophe_like(c) || unicode::is_ignorable(c)) continue;
        auto k = unicode::classify(c);
        if (unicode::is_letter(c) || k == unicode::Class::mark || k == unicode::Class::digit) {
            if (!in_word) out.push_back({k == unicode::Class::upper_letter, false});
            in_word = true;
        } else {
            if (in_word && c == '.') out.back().dotted = true;
            in_word = false;
        }
    }
    if (out.size() != words) return std::vector<Shape>(words);
    return out;
}

NameWords name_words(std::string_view name) {
    std::vector<std::string> all = split_words(name);
    std::vector<Shape> shape = word_shapes(name, all.size());
    NameWords out;
    std::size_t i = 0;
    // leading ranks ("Dr", "Prime Minister"), kept if nothing else remains
    while (i + 1 < all.size() && (facts_detail::is_honorific(all[i]) || title_modifier(all[i]))) out.extra.push_back(all[i++]);
    for (; i < all.size(); ++i) {
        // a function word joins a name ("of", "the"), unless it is written
        // as a name ("He Ying": a surname, not the pronoun)
        bool joins = !shape[i].cap || (all[i] == "the" && i == out.extra.size());
        if (is_stopword(all[i]) && joins && all.size() - out.extra.size() > 1) {
            out.extra.push_back(all[i]);
            continue;
        }
        out.core.push_back({all[i], facts_detail::plain_letters(all[i]), translit_fold(all[i]), shape[i].dotted});
    }
    return out;
}

struct PairScore {
    double score = 0;
    bool exact = false;    // same word up to case and marks, or an initial of it
    bool initial = false;  // "J" for "John"
    bool variant = false;  // a romanization table explains the difference
    bool related = false;  // a country and its demonym: equal only beside a word that is
};

// British and American spelling of one word, from the -ise/-ize, -yse/-yze,
// -our/-or, -re/-er and -ce/-se rows of Wikipedia's "American and British
// English spelling differences": each British ending and its American one.
constexpr std::pair<std::string_view, std::string_view> british_american[] = {
    {"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"},
    {"ising", "izing"},     {"yse", "yze"},           {"ysed", "yzed"}, {"yses", "yzes"}, {"ysing", "yzing"},
    {"our", "or"},          {"ours", "ors"},          {"oured", "ored"}, {"ouring", "oring"}, {"tre", "ter"},
    {"tres", "ters"},       {"ence", "ense"},
};

// One word in British and in American spelling ("modernisation" /
// "modernization", "labour" / "labor", "centre" / "center"): the same stem
// of at least three letters before a British ending and its American one.
bool british_american_pair(const std::string& a, const std::string& b) {
    for (auto [gb, us] : british_american)
        for (int side = 0; side < 2; ++side) {
            const std::string& x = side == 0 ? a : b;
            const std::string& y = side == 0 ? b : a;
            if (x.size() < gb.size() + 3 || x.compare(x.size() - gb.size(), gb.size(), gb) != 0) continue;
            if (x.substr(0, x.size() - gb.size()) + std::string(us) == y) return true;
        }
    return false;
}

// Words of a state's formal name ("the Russian Federation", "the People's
// Democratic Republic of Algeria"): beside a rank they name the state whose
// office it is, not a person.
bool state_form_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "republic", "federation", "kingdom", "democratic", "people", "peoples", "socialist", "islamic", "arab",
        "united", "federal", "union", "commonwealth", "state", "states", "emirate", "emirates", "sultanate",
        "principality", "confederation", "grand", "duchy", "plurinational", "bolivarian", "hashemite", "popular",
    };
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// A name made only of rank words ("President", "Prime Ministers", "PMs"),
// function words, countries or demonyms, words of a state's formal name and
// short acronyms ("of the PRC"): it names an office, not a person.
bool office_only(std::string_view full) {
    // "... of the Lao People's Democratic Republic": a country's name, however long, ends it
    std::string text(full);
    for (std::size_t p; (p = text.find("\xE2\x80\x99")) != std::string::npos;) text.replace(p, 3, "'");
    std::string_view name = text;
    if (std::size_t of = text.rfind(" of "); of != std::string::npos) {
        std::string_view tail = name.substr(of + 4);
        if (tail.substr(0, 4) == "the ") tail.remove_prefix(4);
        if (facts_detail::compare_countries(tail, tail) == facts_detail::CountryMatch::related) name = name.substr(0, of);
    }
    bool rank = false, any = false;
    std::size_t i = 0;
    while (i < name.size()) {
        std::size_t j = i;
        while (j < name.size() && name[j] != ' ' && name[j] != '-') ++j;
        std::string_view raw = name.substr(i, j - i);
        i = j + 1;
        if (raw.empty()) continue;
        any = true;
        std::string w;
        for (char ch : facts_detail::plain_letters(raw))
            if (std::isalpha(static_cast<unsigned char>(ch))) w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (w.empty()) continue;
        bool acronym = raw.size() >= 2 && raw.size() <= 5 &&
                       std::all_of(raw.begin(), raw.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        std::string singular = w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
        // "DR Congo": capitals make an acronym, not the rank "Dr"
        bool is_rank = (!acronym && (facts_detail::is_honorific(w) || facts_detail::is_honorific(singular))) || w == "pm" || w == "pms";
        rank = rank || is_rank;
        if (is_rank || is_stopword(w) || (acronym && !is_rank) || state_form_word(w) ||
            facts_detail::compare_countries(raw, raw) == facts_detail::CountryMatch::related)
            continue;
        return false;
    }
    return any && rank;
}

std::vector<std::string> lower_words(std::string_view name) {
    std::vector<std::string> out(1);
    for (char ch : facts_detail::plain_letters(name)) {
        if (std::isalpha(static_cast<unsigned char>(ch))) out.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        else if (!out.back().empty()) out.emplace_back();
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

bool has_rank_word(std::string_view name) {
    for (const auto& w : lower_words(name))
        if (facts_detail::is_honorific(w) || w == "pm") return true;
    return false;
}

// "Prime Ministers", "PMs", "the Presidents of both countries"
bool plural_office(std::string_view name) {
    for (const auto& w : lower_words(name))
        if (w.size() > 3 && w.back() == 's' && (facts_detail::is_honorific(w.substr(0, w.size() - 1)) || w == "pms")) return true;
    return false;
}


// Vowels are what romanizations of one name disagree on most (Горбачёв:
// Gorbachev / Gorbachov; محمد: Mohammed / Muhammad): two skeletons of five
// letters or more that differ only in one or two inner vowels, with the same
// first and last letter. A changed consonant, an added letter or a changed
// ending ("Ivanov" / "Ivanova", "Ulan-Ude" / "Ulan-Uda") is no such reason.
bool vowels_apart(const std::string& a, const std::string& b) {
    if (a.size() != b.size() || a.size() < 5 || a.front() != b.front() || a.back() != b.back()) return false;
    auto vowel = [](char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; };
    int changed = 0;
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k] == b[k]) continue;
        if (!vowel(a[k]) || !vowel(b[k])) return false;
        ++changed;
    }
    return changed >= 1 && changed <= 2;
}

// A spelling variant needs a reason, never mere likeness of letters
// ("Malta" / "Yalta", "Ivanov" / "Ivanova" look alike and differ):
// both words spell one Russian word in the common romanization systems.
// The skeleton similarity is kept as the score, to rank candidates only.
PairScore score_pair(const Word& a, const Word& b) {
    PairScore p;
    if (a.exact == b.exact || a.plain == b.plain) return {1.0, true, false, true};
    // "Danish" in "Danish Prime Minister" names what "Denmark" does
    if (facts_detail::compare_countries(a.plain, b.plain) == facts_detail::CountryMatch::related) return {1.0, true, false, true, true};
    const Word& s = a.plain.size() <= b.plain.size() ? a : b;
    const Word& l = a.plain.size() <= b.plain.size() ? b : a;
    if (s.plain.size() == 1 && l.plain.size() > 1 && l.plain[0] == s.plain[0]) return {1.0, true, true, true};
    // "Zh." for "Zhanna": the initial of a Russian letter that is written
    // with several Latin ones (ю, ш, ч, ...), with its period
    if (s.dotted && facts_detail::spells_one_cyrillic_letter(s.plain))
        for (std::size_t k = 1; k < l.plain.size() && k <= 4; ++k)  // "Ya." for "Iakov" too
            if (facts_detail::same_cyrillic_word(s.plain, l.plain.substr(0, k))) return {1.0, true, true, true};
    p.score = skeleton_similarity(a.skeleton, b.skeleton);
    // the transliteration skeleton is itself a table (q/k, y/i, kh/h, w/v,
    // doubled letters, -off/-ov: translit_fold): equal skeletons are one
    // word romanized two ways ("Qasymov" / "Kasimov")
    p.variant = (!a.skeleton.empty() && a.skeleton == b.skeleton) || vowels_apart(a.skeleton, b.skeleton) ||
                facts_detail::same_cyrillic_word(cyrillic_of(a), cyrillic_of(b)) || british_american_pair(a.plain, b.plain);
    return p;
}

std::string joined(const std::vector<Word>& words) {
    std::string s;
    for (const Word& w : words) s += w.exact;
    return s;
}

std::string joined_skeleton(const std::vector<Word>& words) {
    std::string s;
    for (const Word& w : words) s += w.skeleton;
    return s;
}

}  // namespace

// "PM" / "PMs" for "Prime Minister(s)": the short form is the initials of
// the long one's words, a plural s aside.
bool initials_of(std::string_view short_form, std::string_view long_form) {
    std::string s, initials;
    for (char ch : short_form)
        if (std::isalpha(static_cast<unsigned char>(ch))) s += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    bool start = true;
    for (char ch : long_form) {
        if (start && std::isalpha(static_cast<unsigned char>(ch))) initials += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        start = ch == ' ' || ch == '-';
    }
    if (s.size() > 2 && s.back() == 's') s.pop_back();
    return s.size() >= 2 && s.size() < short_form.size() + 1 && s == initials;
}

namespace {

bool has_cyrillic(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
        char32_t c = unicode::next(s, pos);
        if (c >= 0x0400 && c <= 0x04FF) return true;
    }
    return false;
}

// Russian declines names: "Ван Сяомином" (with Wang Xiaoming), "Соколова"
// (of Sokolov), "Самары" (of Samara). Each word without its case ending, when a
// stem of three letters or more remains, so that the forms of one name
// meet (a Russian stemmer's suffixes, limited to the case endings of nouns
// and of names declined like adjectives).
std::string without_case_endings(std::string_view name) {
    static constexpr std::string_view endings[] = {"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем",
                                                   "ым", "им", "ою", "ею", "ах", "ях", "ов", "ев", "ам", "ям", "а", "я", "у", "ю",
                                                   "ы", "и", "е"};
    std::string out;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        std::string_view w = name.substr(start, end - start);
        for (std::string_view e : endings)
            if (w.size() >= e.size() + 6 && w.substr(w.size() - e.size()) == e) {  // a stem of three Cyrillic letters or more
                w.remove_suffix(e.size());
                break;
            }
        if (!out.empty()) out += ' ';
        out += w;
        start = end + 1;
    }
    return out;
}

NameMatch relate(std::string_view a, std::string_view b, NameForms& forms);

}  // namespace

// One spelling's parts, each worked out when first asked for.
struct NameForms::Spelling {
    std::string_view name;  // the memo's key
    std::optional<std::string> plain_;
    std::optional<bool> office_;
    std::optional<facts_detail::PlaceForm> place_;
    std::shared_ptr<const facts_detail::MandarinForm> mandarin_;
    std::optional<NameWords> words_;

    const std::string& plain() {
        if (!plain_) plain_ = facts_detail::plain_letters(name);
        return *plain_;
    }
    bool office() {
        if (!office_) office_ = office_only(name);
        return *office_;
    }
    const facts_detail::PlaceForm& place() {
        if (!place_) place_ = facts_detail::place_form(name);
        return *place_;
    }
    const facts_detail::MandarinForm& mandarin() {
        if (!mandarin_) mandarin_ = facts_detail::mandarin_form(name);
        return *mandarin_;
    }
    const NameWords& words() {
        if (!words_) words_ = name_words(name);
        return *words_;
    }
    const facts_detail::CountryEntries* country() {
        if (!country_) country_ = facts_detail::country_entries(name);
        return *country_;
    }
    // The core words run together, for names whose words are cut otherwise.
    struct Whole {
        std::string exact, skeleton, plain;
        std::shared_ptr<const facts_detail::CyrillicReading> reading;  // when first asked for
    };
    Whole& whole() {
        if (!whole_) {
            const auto& core = words().core;
            whole_.emplace();
            whole_->exact = joined(core);
            whole_->skeleton = joined_skeleton(core);
            whole_->plain = facts_detail::plain_letters(whole_->exact);
        }
        return *whole_;
    }
    const facts_detail::CyrillicReading& whole_reading() {
        Whole& w = whole();
        if (!w.reading) w.reading = facts_detail::cyrillic_reading(w.exact);
        return *w.reading;
    }

    std::optional<const facts_detail::CountryEntries*> country_;
    std::optional<Whole> whole_;
};

struct NameForms::Memo {
    // Heterogeneous look-up: a name found without building a key string.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, Spelling, Hash, std::equal_to<>> spellings;
    std::unordered_map<std::string, PairScore> word_pairs;  // score_pair by both words and their periods

    // The entry of `name`; it stays where it is (an unordered_map never moves its elements).
    Spelling& of(std::string_view name) {
        if (auto it = spellings.find(name); it != spellings.end()) return it->second;
        auto at = spellings.emplace(std::string(name), Spelling{}).first;
        at->second.name = at->first;
        return at->second;
    }
    PairScore score(const Word& a, const Word& b) {
        std::string key = a.exact;
        key += a.dotted ? '.' : ' ';
        key += '\0';
        key += b.exact;
        key += b.dotted ? '.' : ' ';
        auto [at, fresh] = word_pairs.try_emplace(std::move(key));
        if (fresh) at->second = score_pair(a, b);
        return at->second;
    }
};

NameForms::NameForms() : memo_(std::make_unique<Memo>()) {}
NameForms::~NameForms() = default;
NameForms::NameForms(NameForms&&) noexcept = default;
NameForms& NameForms::operator=(NameForms&&) noexcept = default;

std::string name_stems(std::string_view name) { return has_cyrillic(name) ? without_case_endings(name) : std::string(name); }

NameMatch relate_names(std::string_view a, std::string_view b, NameForms& forms) {
    if (has_cyrillic(a) && has_cyrillic(b)) {
        std::string sa = without_case_endings(a), sb = without_case_endings(b);
        if (sa != a || sb != b) return relate(sa, sb, forms);
    }
    return relate(a, b, forms);
}

NameMatch relate_names(std::string_view a, std::string_view b) {
    NameForms forms;
    return relate_names(a, b, forms);
}

namespace {

NameMatch relate(std::string_view a, std::string_view b, NameForms& forms) {
    NameForms::Memo& memo = forms.memo();
    NameForms::Spelling &fa = memo.of(a), &fb = memo.of(b);
    // Case and diacritics alone make no other name ("Dvořák", "Dvorak").
    if (fa.plain() == fb.plain()) return {NameRelation::same, 1.0};
    // An office named instead of its holder ("Ruiz" / "President of
    // Portugal", "the Prime Ministers"): no other name, nothing to report;
    // two offices are still compared below.
    // Only when the other side names no office itself, or the office is
    // plural: "President of China" against "General Secretary of the Central
    // Committee" is still another rank.
    bool oa = fa.office(), ob = fb.office();
    if (oa != ob) {
        std::string_view office = oa ? a : b, other = oa ? b : a;
        if (!has_rank_word(other) || plural_office(office)) return {NameRelation::related, 0.0};
    }
    if (oa && (initials_of(a, b) || initials_of(b, a))) return {NameRelation::same, 1.0};  // "PMs" / "Prime Ministers"
    // A country and its own demonym name one referent in another grammatical
    // form; another country's demonym is another name ("Danish" / "Norwegian").
    switch (facts_detail::compare_countries(fa.country(), fb.country())) {
        case facts_detail::CountryMatch::related: return {NameRelation::related, 1.0};
        case facts_detail::CountryMatch::different: return {NameRelation::different, 0.0};
        case facts_detail::CountryMatch::unknown: break;
    }
    // One place under two names of the place table (postal romanization /
    // pinyin): a variant; two places of the table are two names. Whole
    // names only.
    switch (facts_detail::compare_places(fa.place(), fb.place())) {
        case facts_detail::PlaceMatch::same: return {NameRelation::variant, 1.0};
        case facts_detail::PlaceMatch::different: return {NameRelation::different, 0.0};
        case facts_detail::PlaceMatch::unknown: break;
    }
    switch (facts_detail::compare_mandarin(fa.mandarin(), fb.mandarin())) {
        case facts_detail::MandarinMatch::same: return {NameRelation::variant, 1.0, true};
        case facts_detail::MandarinMatch::different: return {NameRelation::different, 0.0, true};
        case facts_detail::MandarinMatch::unknown: break;
    }
    const NameWords& na = fa.words();
    const NameWords& nb = fb.words();
    if (na.core.empty() || nb.core.empty())
        return na.core.empty() && nb.core.empty() ? NameMatch{NameRelation::same, 1.0} : NameMatch{NameRelation::different, 0.0};
    const auto& shorter = na.core.size() <= nb.core.size() ? na.core : nb.core;
    const auto& longer = na.core.size() <= nb.core.size() ? nb.core : na.core;

    // best one-to-one pairing, greedily by score (names are a few words long)
    struct Cand { double score; std::size_t s, l; PairScore p; };
    std::vector<Cand> cands;
    for (std::size_t s = 0; s < shorter.size(); ++s)
        for (std::size_t l = 0; l < longer.size(); ++l) {
            PairScore p = memo.score(shorter[s], longer[l]);
            cands.push_back({p.score, s, l, p});
        }
    std::stable_sort(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) { return x.score > y.score; });
    std::vector<bool> s_used(shorter.size()), l_used(longer.size());
    double total = 0;
    bool all_exact = true, all_variant = true, any_initial = false, any_word = false;
    for (const Cand& c : cands) {
        if (s_used[c.s] || l_used[c.l]) continue;
        s_used[c.s] = l_used[c.l] = true;
        total += c.score;
        all_exact = all_exact && c.p.exact;
        all_variant = all_variant && c.p.variant;
        any_initial = any_initial || c.p.initial;
        any_word = any_word || (c.p.exact && !c.p.related);
    }
    // only a demonym against its country, beside words it does not share
    // ("Danish" / "Denmark-Norway"): related, no other name and no rank
    double score = total / static_cast<double>(shorter.size());
    if (all_exact && !any_word) return {NameRelation::related, score};

    if (all_exact) {
        bool same_words = shorter.size() == longer.size() && !any_initial && na.extra == nb.extra;
        if (same_words) return {NameRelation::same, 1.0};
        return {NameRelation::fuller_form, score};
    }
    if (all_variant) return {NameRelation::variant, score};
    if (shorter.size() != longer.size()) {  // words cut differently
        // each spelling's words run together, worked out once per spelling
        NameForms::Spelling& fs = na.core.size() <= nb.core.size() ? fa : fb;
        NameForms::Spelling& fl = &fs == &fa ? fb : fa;
        double whole = skeleton_similarity(fs.whole().skeleton, fl.whole().skeleton);
        // the same letters, only spaced or hyphenated otherwise ("Saint Denis" / "Saint-Denis", "Al-Kindi" / "Alkindi")
        if (fs.whole().plain == fl.whole().plain && na.extra == nb.extra) return {NameRelation::same, 1.0};
        if (facts_detail::same_cyrillic_word(fs.whole_reading(), fl.whole_reading())) return {NameRelation::variant, whole};
        score = std::max(score, whole);
    }
    return {NameRelation::different, score};
}

}  // namespace

const char* to_string(NameRelation r) {
    switch (r) {
        case NameRelation::same: return "same";
        case NameRelation::fuller_form: return "fuller_form";
        case NameRelation::related: return "related";
        case NameRelation::variant: return "variant";
        case NameRelation::different: return "different";
    }
    return "different";
}

}  // namespace parallax
