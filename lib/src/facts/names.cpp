#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "../unicode/unicode.hpp"
#include "parallax/facts.hpp"
#include "cyrillic_latin.hpp"
#include "parallax/normalize.hpp"
#include "figure_parts.hpp"
#include "line_facts.hpp"
#include "romanization.hpp"
#include "scan.hpp"

namespace parallax {

using namespace facts_detail;

namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), w) != set.end();
}

// Lower-case words allowed inside a multi-word name when a capitalised word follows.
bool is_connector(std::string_view w) {
    return in(w, {"of", "the", "and", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "della",
                  "bin", "ibn", "al", "el", "y", "zu", "dos", "das", "ter", "bint", "ben"});
}

// The same in Russian and Kazakh: prepositions, conjunctions, particles,
// pronouns and sentence adverbs of general grammar (lower case, as folded).
bool is_cyrillic_opener(std::string_view w) {
    static const auto table = sorted_table({
        // Russian
        "а", "без", "благодаря", "больше", "бы", "в", "вместе", "во", "вот", "впрочем", "все", "всего", "всё", "вчера",
        "где", "да", "даже", "для", "до", "если", "ещё", "еще", "же", "за", "завтра", "затем", "здесь", "и", "из",
        "или", "именно", "к", "как", "когда", "ко", "кроме", "кто", "ли", "лишь", "между", "мы", "на", "над", "наш",
        "наша", "наше", "наши", "не", "ни", "но", "о", "об", "однако", "он", "она", "они", "оно", "от", "перед",
        "по", "под", "позднее", "позже", "после", "потом", "поэтому", "при", "про", "ранее", "с", "сегодня",
        "сейчас", "со", "также", "там", "теперь", "то", "тогда", "тоже", "только", "у", "уже", "хотя", "через",
        "что", "чтобы", "это", "этот", "эта", "эти", "я", "вы", "их", "его", "её", "ее", "мне", "нам", "вам",
        // Kazakh
        "бүгін", "кеше", "ертең", "сондай-ақ", "сондай", "сонымен", "бірақ", "және", "мен", "біз", "сіз", "ол",
        "олар", "бұл", "осы", "сол", "кейін", "содан", "алайда", "дегенмен", "әрі", "де", "ғана",
    });
    return in_table(table, w);
}

// Capitalised only because they open a sentence: function words, sentence
// adverbs and determiners. Never a name when sentence-initial.
bool is_sentence_opener(std::string_view w) {
    static const auto table = sorted_table({
        "according", "across", "actually", "additionally", "again", "against", "albeit", "all", "already",
        "also", "although", "always", "amid", "among", "another", "anyway", "as", "because", "besides",
        "both", "certainly", "clearly", "consequently", "currently", "dear", "despite", "earlier", "either",
        "even", "every", "eventually", "finally", "firstly", "following", "furthermore", "hence", "here",
        "however", "indeed", "instead", "lastly", "later", "let", "like", "likewise", "many", "meanwhile",
        "moreover", "much", "neither", "never", "nevertheless", "next", "nonetheless", "notably", "often",
        "otherwise", "overall", "perhaps", "please", "recently", "secondly", "several", "similarly",
        "since", "sometimes", "still", "thank", "thanks", "therefore", "though", "thus", "today", "together",
        "tomorrow", "unlike", "unless", "upon", "usually", "whatever", "whether", "whereas", "within",
        "without", "yesterday", "yet", "ladies", "good", "hello", "yes", "every", "last", "first",
        "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "million", "billion", "dozens", "hundreds", "thousands", "millions", "nearly",
        "almost", "about", "around", "some", "more", "less", "over", "under", "just", "only", "even",
    });
    return is_stopword(w) || in_table(table, w) || is_cyrillic_opener(w);
}

bool is_month_or_day(std::string_view w) {
    return in(w, {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"});
}

// Words that start a title of a work when a quote follows ("the film “...”").
// Asked of every lower-case word: a hash set, O(length of the word), and
// before it the cues' range of lengths, which most short words fall out of.
bool is_title_cue(std::string_view w) {
    static const std::unordered_set<std::string_view> table({
        "film", "movie", "book", "song", "novel", "play", "poem", "report", "entitled", "titled",
        "called", "documentary", "album", "opera", "series", "article", "essay", "painting",
        "show", "ballet", "symphony", "musical", "drama", "story", "slogan", "programme", "program",
    });
    static const auto [shortest, longest] = std::minmax_element(
        table.begin(), table.end(), [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
    return w.size() >= shortest->size() && w.size() <= longest->size() && table.count(w) > 0;
}

// Cues after which an unquoted capitalised name is taken as a title.
bool is_unquoted_title_cue(std::string_view w) {
    return in(w, {"film", "movie", "book", "novel", "song", "poem", "opera", "album", "documentary"});
}

// Modifiers that make a title only with a rank after them: "Prime Minister", "Vice President".
bool is_title_modifier(std::string_view w) { return in(w, {"vice", "prime", "foreign", "deputy", "first"}); }

// Abbreviations whose period does not end a sentence.
bool keeps_sentence(const Tok& w) {
    if (w.kind != TokKind::word) return false;
    if (w.low.size() == 1) return true;  // initials: "J. Smith", "U.S."
    // the initial of a Russian letter written with several Latin ones: "Zh. Petrova"
    if (w.cap && w.low.size() <= 4 && spells_one_cyrillic_letter(w.low)) return true;
    return is_honorific(w.low) || in(w.low, {"st", "mt", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co",
                                             "corp", "dept", "univ", "approx", "fig"});
}

char32_t closing_for(char32_t open) {
    switch (open) {
        case '"': return '"';
        case 0x201C: return 0x201D;
        case 0x201E: return 0x201C;
        case 0x2018: return 0x2019;
        case 0x00AB: return 0x00BB;
        default: return 0;
    }
}

// The span inside a quote opened by the token at `open`, on the same line
// and within 300 bytes; empty if it does not close.
Span quoted_after(std::string_view text, const Tok& open) {
    std::size_t p = open.span.start;
    char32_t close = closing_for(unicode::next(text, p));
    if (!close) return {};
    std::size_t start = p;
    while (p < text.size() && p - start < 300) {
        std::size_t at = p;
        char32_t c = unicode::next(text, p);
        if (c == '\n') return {};
        bool closes = c == close || (close == 0x201D && c == '"') || (close == '"' && c == 0x201D) ||
                      (open.low == "\"" && close == 0x201C && c == 0x201D);
        if (!closes) continue;
        if (close == 0x2019 && p < text.size()) {  // an apostrophe, not a closing quote
            std::size_t look = p;
            if (unicode::is_letter(unicode::next(text, look))) continue;
        }
        return at > start ? Span{start, at} : Span{};
    }
    return {};
}

std::vector<Name> find_titles(std::string_view text, const std::vector<Tok>& t) {
    std::vector<Name> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokKind::word || t[i].cap || !is_title_cue(t[i].low)) continue;
        std::size_t j = i + 1;
        if (is_punct(t, j, ",") || is_punct(t, j, ":")) ++j;
        if (is_word(t, j, "the") || is_word(t, j, "a") || is_word(t, j, "an")) ++j;
        if (j >= t.size() || t[j].kind != TokKind::punct || (t[j].low != "\"" && t[j].low != "'")) continue;
        Span s = quoted_after(text, t[j]);
        if (s.empty()) continue;
        while (s.start < s.end && text[s.start] == ' ') ++s.start;
        // American style puts the sentence's comma or stop inside the quotes;
        // it is not part of the title.
        while (s.end > s.start && (text[s.end - 1] == ' ' || text[s.end - 1] == ',' || text[s.end - 1] == '.' ||
                                   text[s.end - 1] == ';' || text[s.end - 1] == ':'))
            --s.end;
        if (s.empty()) continue;
        out.push_back({s, NameKind::title, std::string(text.substr(s.start, s.size())), t[i].low});
        while (i + 1 < t.size() && t[i + 1].span.start < s.end) ++i;
    }
    return out;
}

// A word that can be part of a name: capitalised, or "al-"/"el-" glued to one.
bool name_word(const std::vector<Tok>& t, std::size_t k) {
    if (!is_word(t, k)) return false;
    // the pronoun "I", but not an initial "I." nor a syllable "I-hsin"
    if (t[k].cap) return !(t[k].low == "i" && !is_punct(t, k + 1, ".") && !(is_punct(t, k + 1, "-") && attached(t, k + 1)));
    return (t[k].low == "al" || t[k].low == "el") && is_punct(t, k + 1, "-") && attached(t, k + 1) &&
           attached(t, k + 2) && is_word(t, k + 2) && t[k + 2].cap;
}

// One syllable of romanized Mandarin, in pinyin or Wade–Giles: such given
// names are hyphenated with the second part in lower case ("Hsiao-ping").
bool mandarin_syllable(std::string_view w) {
    return is_pinyin_syllable(w) || !pinyin_for_wade_giles(w).empty();
}

// Past one name word with its hyphenated parts ("Anna-Maria", "Chou En-lai",
// "Rostov-on-Don") and the period of an initial or abbreviation ("J.", "Dr.").
std::size_t past_name_word(const std::vector<Tok>& t, std::size_t k) {
    std::size_t j = k + 1;
    while (is_punct(t, j, "-") && attached(t, j) && attached(t, j + 1) && is_word(t, j + 1)) {
        if (t[j + 1].cap || (mandarin_syllable(t[j - 1].low) && mandarin_syllable(t[j + 1].low))) {
            j += 2;
        } else if (is_connector(t[j + 1].low) && is_punct(t, j + 2, "-") && attached(t, j + 2) &&
                   attached(t, j + 3) && is_word(t, j + 3) && t[j + 3].cap) {
            j += 4;
        } else {
            break;
        }
    }
    if (j == k + 1 && is_punct(t, j, ".") && attached(t, j) && keeps_sentence(t[k])) ++j;
    return j;
}

struct Built {
    std::size_t end = 0;        // token index past the name
    std::size_t words = 0;      // name words taken
    bool compound = false;      // a hyphenated or multi-token first word
};

Built build_name(const std::vector<Tok>& t, std::size_t i) {
    Built b;
    bool has_of = false;
    std::size_t j = i;
    while (name_word(t, j) && (j == i || !t[j].newline_before)) {
        std::size_t next = past_name_word(t, j);
        if (next > j + 1 && b.words == 0) b.compound = true;
        j = next;
        b.end = j;
        ++b.words;
        if (name_word(t, j) && !t[j].newline_before) continue;
        if (!is_word(t, j) || t[j].cap || t[j].newline_before || !is_connector(t[j].low)) break;
        std::size_t k = j + 1;
        if (t[j].low == "of") has_of = true;
        if (t[j].low == "and" && !has_of) break;  // "Paris and Berlin" are two names
        if (t[j].low == "of" && is_word(t, k, "the") && !t[k].cap) ++k;
        if (!name_word(t, k) || t[k].newline_before) break;
        j = k;
    }
    return b;
}

// Leading "Dr.", "President", "Prime Minister" before a name.
std::size_t honorific_run(const std::vector<Tok>& t, std::size_t i, std::size_t end) {
    std::size_t j = i, run_end = i;
    while (j < end && is_word(t, j)) {
        if (is_title_modifier(t[j].low)) {
            ++j;
            continue;
        }
        if (!is_honorific(t[j].low)) break;
        j = is_punct(t, j + 1, ".") ? j + 2 : j + 1;
        run_end = j;
    }
    return run_end;
}

std::size_t trim_possessive(std::string_view text, std::size_t end) {
    std::string_view s = text.substr(0, end);
    if (s.size() > 2 && (s.substr(s.size() - 2) == "'s" || s.substr(s.size() - 2) == "'S")) return end - 2;
    if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return end - 4;
    return end;
}

}  // namespace

namespace {

struct LineScan {
    std::string_view text;  // the line
    std::size_t offset;     // of the line in the whole text
    std::vector<Name>& out;
    std::vector<Doubtful>& doubtful;
    WordSet& lower_words;

    void push(Name n) {
        n.span.start += offset;
        n.span.end += offset;
        out.push_back(std::move(n));
    }

    void run(const std::vector<Tok>& t) {
        std::vector<Name> titles = find_titles(text, t);
        for (const Tok& x : t)
            if (x.kind == TokKind::word && !x.cap && lower_words.size < 1000000)
                insert(lower_words, x.low, text.substr(x.span.start, x.span.size()));
        std::size_t next_title = 0;
        bool sentence_start = true;
        for (std::size_t i = 0; i < t.size();) {
            const Tok& x = t[i];
            if (x.newline_before) sentence_start = true;
            while (next_title < titles.size() && titles[next_title].span.end <= x.span.start) push(titles[next_title++]);
            if (next_title < titles.size() && x.span.start >= titles[next_title].span.start) {
                ++i;
                sentence_start = false;
                continue;
            }
            if (x.kind != TokKind::word) {
                sentence_start = after_mark(t, i, sentence_start);
                ++i;
                continue;
            }
            bool at_start = sentence_start;
            sentence_start = false;
            // "C$16.4 million", "Rs. 20", "USD 200": a currency before a number is no name
            // (a prefix ends 1, 2 or 5 tokens on: without a number there, none is looked for)
            bool number_near = is_number(t, i + 1) || is_number(t, i + 2) || is_number(t, i + 5);
            if (UnitMatch cur = number_near ? match_currency_prefix(t, i) : UnitMatch{}; cur.end && is_number(t, cur.end)) {
                i = cur.end;
                continue;
            }
            if (!name_word(t, i) || (at_start && is_sentence_opener(x.low))) {
                ++i;
                continue;
            }
            Built b = build_name(t, i);
            std::size_t first = i;
            i = b.end;
            add_name(t, first, b, at_start);
        }
        while (next_title < titles.size()) push(titles[next_title++]);
    }

    static bool after_mark(const std::vector<Tok>& t, std::size_t i, bool sentence_start) {
        const Tok& x = t[i];
        if (x.kind != TokKind::punct) return false;
        if (in(x.low, {".", "!", "?"})) return !(i > 0 && attached(t, i) && keeps_sentence(t[i - 1]));
        if (x.low == ":" || ((x.low == "\"" || x.low == "'") && name_word(t, i + 1) && attached(t, i + 1)))
            return true;
        if (x.low == "(" || x.low == "\"" || x.low == "'") return sentence_start;
        return false;
    }

    void add_name(const std::vector<Tok>& t, std::size_t first, const Built& b, bool at_start) {
        // leading function words mid-sentence ("On July", "In Paris"), but "The Hague" stays
        // A capitalised "He" mid-sentence before a name is the Chinese
        // surname, not the pronoun ("talks with He Ying").
        auto surname = [&](std::size_t k) {
            return !at_start && t[k].low.size() > 1 && is_pinyin_syllable(t[k].low) && k + 1 < b.end && is_word(t, k + 1);
        };
        while (first < b.end && t[first].kind == TokKind::word && is_stopword(t[first].low) && t[first].low != "the" && !surname(first))
            ++first;
        if (first >= b.end || t[first].kind != TokKind::word) return;
        std::size_t body = honorific_run(t, first, b.end);
        if (body >= b.end) return;  // only a rank: "the President said"
        std::size_t words = 0;
        bool all_stop = true, all_dates = true;
        for (std::size_t k = first; k < b.end; ++k) {
            if (t[k].kind != TokKind::word) continue;
            ++words;
            all_stop = all_stop && is_stopword(t[k].low);
            all_dates = all_dates && (is_month_or_day(t[k].low) || is_stopword(t[k].low));
        }
        if (all_stop || all_dates) return;
        Name n;
        n.kind = body > first && t[body].cap ? NameKind::honorific_name : NameKind::name;
        if (first > 0 && t[first - 1].kind == TokKind::word && !t[first - 1].cap &&
            is_unquoted_title_cue(t[first - 1].low) && n.kind == NameKind::name) {
            n.kind = NameKind::title;
            n.work = t[first - 1].low;
        }
        std::size_t end = t[b.end - 1].span.end;
        if (t[b.end - 1].kind == TokKind::word) end = trim_possessive(text, end);
        n.span = {t[first].span.start, end};
        n.text = std::string(text.substr(n.span.start, n.span.size()));
        if (at_start && words == 1 && !b.compound && first == b.end - 1)
            doubtful.push_back({out.size(), t[first].low});
        push(std::move(n));
    }
};

}  // namespace

void facts_detail::names_in_line(const std::vector<Tok>& t, std::string_view line, std::size_t offset, NamesSoFar& so_far) {
    LineScan{line, offset, so_far.found, so_far.doubtful, so_far.lower_words}.run(t);
}

std::vector<Name> facts_detail::finish_names(NamesSoFar& so_far) {
    std::vector<bool> drop(so_far.found.size());
    for (const Doubtful& d : so_far.doubtful) drop[d.index] = contains(so_far.lower_words, d.word);
    std::vector<Name> out;
    out.reserve(so_far.found.size());
    for (std::size_t i = 0; i < so_far.found.size(); ++i)
        if (!drop[i]) out.push_back(std::move(so_far.found[i]));
    return out;
}

std::vector<Name> find_names(std::string_view text) {
    NamesSoFar so_far;
    for (Span line : lines(text)) {
        std::string_view part = text.substr(line.start, line.size());
        names_in_line(scan(part), part, line.start, so_far);
    }
    return finish_names(so_far);
}

const char* to_string(NameKind k) {
    switch (k) {
        case NameKind::name: return "name";
        case NameKind::title: return "title";
        case NameKind::honorific_name: return "honorific_name";
    }
    return "name";
}

}  // namespace parallax
