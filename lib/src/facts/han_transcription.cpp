// Transcribed foreign names in Chinese (han_transcription.hpp).
//
// Data: the characters and their sound values are those of the Xinhua
// News Agency transcription tables as reproduced in Wikipedia's
// 外语译音表/英语 (English, after 《英语姓名译名手册》) and 外语译音表/俄语 with
// 陆谷孙《英汉大词典》appendix 4 (4) 俄汉译音表 (Russian); the national
// standard for place names, GB/T 17693.1/.4 (外语地名汉字译写导则, English
// and Russian), uses the same rows. From the tables: one character per
// syllable, a consonant without a vowel written with a fixed character
// (布 b, 普 p, 德 d, 特 t, 格 g, 克 k, 夫 f/v, 兹 z, 茨 ts, 斯 s, 日 zh,
// 什 sh, 奇 ch, 赫 h/kh, 姆 m, 恩 n, 尔 r/l, 伊 i/y), voiced and voiceless
// consonants written alike (note 2 of the English table), Russian д/т before
// и, я, ю written with j- and q- syllables (季 ди/ти, 佳 дя/тя, 久 дю/тю).
#include "han_transcription.hpp"

#include <algorithm>
#include <array>
#include <limits>

#include "../unicode/unicode.hpp"
#include "parallax/normalize.hpp"

namespace parallax::han_names {

namespace {

// The characters of both tables (simplified forms), and a few the agency
// uses beyond them for Arabic and Turkic names (义 赛义德 Said, 罕 穆罕默德,
// 卜 阿卜杜拉, 济 米尔济约耶夫, 爱 爱德华 Edward, 翰 约翰 John). Left out on purpose though the tables have
// them: 先 (先生 "Mr" follows names), 东 (东方, 中东: the tables write 栋 at
// a name's start anyway).
constexpr std::u32string_view characters =
    U"布普德特格克夫弗兹茨斯丝日什奇赫姆恩尔伊古库胡"
    U"阿巴帕达塔加卡瓦娃法扎察萨莎沙贾查哈马玛纳娜拉亚娅瓜夸华"
    U"埃贝佩泰盖凯韦费泽策塞热谢杰切黑梅内莱雷蕾耶圭奎惠"
    U"厄伯珀沃瑟舍哲彻默勒果阔霍"
    U"比皮迪蒂吉基维威菲齐西希米尼妮利莉里丽"
    U"奥博波多托戈科福佐措索若肖乔莫诺洛罗萝约"
    U"乌杜图武伍富祖楚苏茹舒朱穆努卢鲁尤久丘休缪纽柳留"
    U"艾拜派代怀宰蔡赛夏柴海迈奈赖鲍保道陶高考藻曹绍焦豪毛瑙劳尧"
    U"安班潘丹坦甘坎万凡赞灿桑尚詹钱汉曼南兰扬关宽环"
    U"昂邦庞当唐冈康旺方藏仓让章昌杭芒朗光匡黄"
    U"本彭登滕根肯文芬曾岑森任申真琴亨门嫩伦延昆"
    U"因宾平丁廷金温津欣辛钦明宁林琳英京青"
    U"翁孔隆栋通贡洪蒙农龙永宗松容琼雄"
    U"叶列廖涅捷别季佳秋恰边片坚珍黛霞施采连"
    U"义罕卜济爱翰";

// Office words a name follows ("外长伊万诺夫", "总统彼得罗夫") and words of
// address or office that follow one ("史密斯先生", "彼得罗夫总统", where the name
// ends): the usual titles of Chinese news style.
constexpr std::u32string_view leads[] = {
    U"外长", U"部长", U"总统", U"总理", U"首相", U"大使", U"主席", U"特使", U"议长", U"国王",
    U"王储", U"秘书长", U"市长", U"大臣", U"总书记", U"代表", U"女士", U"先生", U"夫人", U"元首", U"参赞", U"领导人",
};
// Only a form of address marks the run before it as a name: before an
// office stands a country as often ("哈萨克斯坦总统").
constexpr std::u32string_view address[] = {U"先生", U"女士", U"夫人"};
constexpr std::u32string_view follows[] = {
    U"先生", U"女士", U"夫人", U"总统", U"总理", U"首相", U"外长", U"大使", U"主席", U"国王", U"议长", U"秘书长",
};

// Everyday words written with transcription characters that can stand
// right after an office word ("总统特别代表", "总理多次表示").
constexpr std::u32string_view common_words[] = {
    U"特别", U"多次", U"多边", U"西方", U"道德", U"维持", U"加强", U"万亿", U"亚洲", U"安全", U"巴黎",
};

bool is_dot(char32_t c) { return c == 0x00B7 || c == 0x30FB || c == 0x2022 || c == 0x2027 || c == 0x2219; }

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// A Latin word as the sounds the tables transcribe: digraphs as one
// letter where the tables write one syllable for them (kh h, ph f, th t,
// zh/dj/dzh j, sch/sh sh, tch ch), c as k or s, w as v, doubled letters once.
std::string latin_sounds(std::string_view w) {
    std::string s;
    for (std::size_t i = 0; i < w.size(); ++i) {
        char c = w[i];
        char n = i + 1 < w.size() ? w[i + 1] : '\0';
        auto next_is = [&](std::string_view t) { return w.substr(i, t.size()) == t; };
        if (c < 'a' || c > 'z') continue;
        if (next_is("dzh")) { s += 'j'; i += 2; continue; }
        if (next_is("tch") || next_is("tsch")) { s += "ch"; i += next_is("tsch") ? 3 : 2; continue; }
        if (next_is("sch")) { s += "sh"; i += 2; continue; }
        if (c == 'k' && n == 'h') { s += 'h'; ++i; continue; }
        if (c == 'p' && n == 'h') { s += 'f'; ++i; continue; }
        if (c == 't' && n == 'h') { s += 't'; ++i; continue; }
        if (c == 'g' && n == 'h') { s += 'g'; ++i; continue; }
        if (c == 'c' && n == 'k') { s += 'k'; ++i; continue; }
        if ((c == 'z' && n == 'h') || (c == 'd' && n == 'j')) { s += 'j'; ++i; continue; }
        if (c == 'c' && n == 'h') { s += "ch"; ++i; continue; }
        if (c == 'c') { s += (n == 'e' || n == 'i' || n == 'y') ? 's' : 'k'; continue; }
        if (c == 'x') { s += "ks"; continue; }
        if (c == 'q') { s += 'k'; continue; }
        if (c == 'w') { s += 'v'; continue; }
        // m before b or p is written in the n row (note 3 of the English table)
        if (c == 'm' && (n == 'b' || n == 'p')) { s += 'n'; continue; }
        s += c;
    }
    std::string out;
    for (char c : s)
        if (out.empty() || out.back() != c) out += c;
    return out;
}

struct Split {
    std::string_view initial, final;
};

Split split(std::string_view syl) {
    static constexpr std::string_view two[] = {"zh", "ch", "sh"};
    for (auto t : two)
        if (syl.substr(0, 2) == t) return {syl.substr(0, 2), syl.substr(2)};
    if (!syl.empty() && !vowel(syl[0]) && syl[0] != 'y') {
        if (syl.size() >= 2 || syl[0] != 'n') return {syl.substr(0, 1), syl.substr(1)};
    }
    if (!syl.empty() && syl[0] == 'y') return {syl.substr(0, 1), syl.substr(1)};
    return {{}, syl};
}

// Latin spellings of a pinyin initial in the tables' use (after
// latin_sounds: zh and dzh are "j", w is "v").
std::vector<std::string_view> initial_spellings(std::string_view i) {
    if (i.empty()) return {""};
    // voiced and voiceless stay apart: the tables write the letter, not
    // the sound (note 2 of the English table: 浊辅音清化…仍按形译)
    if (i == "b") return {"b", "p"};  // but 波 for po, 彼得 for Peter
    if (i == "p") return {"p"};
    if (i == "d") return {"d"};
    if (i == "t") return {"t"};
    if (i == "g") return {"g"};
    if (i == "k") return {"k"};
    if (i == "h") return {"h"};
    if (i == "f") return {"f", "v"};
    if (i == "w") return {"v", ""};
    if (i == "y") return {"y", "i", "j", ""};
    if (i == "j") return {"j", "g", "k", "d", "t", "z"};  // 吉 ги, 基 ки, 季 ди/ти
    if (i == "q") return {"ch", "t", "k", "ts"};
    if (i == "x") return {"s", "sh", "h"};
    if (i == "zh") return {"j", "z", "ch"};  // 扎 for za and zha, 哲 for zhe and je
    if (i == "ch") return {"ch", "sh"};
    if (i == "sh") return {"sh", "s"};
    if (i == "r") return {"j", "r", "sh"};
    if (i == "z") return {"z", "s", "ts"};
    if (i == "c") return {"ts", "s", "z", "ch"};
    if (i == "s") return {"s", "z", "ts"};
    if (i == "l") return {"l", "r"};
    if (i == "m") return {"m", "n"};
    return {i};
}

// Latin spellings of a pinyin final; "" where the tables use the
// syllable for a bare consonant.
std::vector<std::string_view> final_spellings(std::string_view initial, std::string_view f) {
    if (f == "a") return {"a"};
    if (f == "o") return {"o"};
    if (f == "e") return {"e", ""};
    if (f == "i") {
        bool bare = initial == "z" || initial == "c" || initial == "s" || initial == "zh" || initial == "ch" ||
                    initial == "sh" || initial == "r" || initial == "q" || initial == "y";
        if (bare) return {"i", "y", "e", ""};
        return {"i", "y", "e"};
    }
    if (f == "u") {
        if (initial == "b" || initial == "p" || initial == "f" || initial == "m") return {"u", "o", ""};
        if (initial == "w") return {"u", ""};
        return {"u", "o"};
    }
    if (f == "ai") return {"ai", "ay", "a", "e", "ei"};
    if (f == "ei") return {"ei", "ey", "e", "ai", "i"};
    if (f == "ao") return {"ao", "au", "o", "ov"};
    if (f == "ou") return {"ou", "u", "o"};
    if (f == "an") return {"an", "am", "en"};
    if (f == "en") return {"en", "n", "em", "in"};
    if (f == "ang") return {"an", "ang", "on"};
    if (f == "eng") return {"en", "eng", "an"};
    if (f == "ong") return {"on", "ong", "un"};
    if (f == "er") return {"r", "er", "ar", "ir", "or", "l", "el"};
    if (f == "ia") return {"ia", "ya", "a", "ja"};
    if (f == "ie") return {"e", "ie", "ye", "ie"};
    if (f == "iu") return {"iu", "yu", "u", "yo"};
    if (f == "iao") return {"io", "yo", "iao", "yao", "eo"};
    if (f == "ian") return {"ian", "yan", "en", "an", "in"};
    if (f == "iang") return {"ian", "yan", "ang", "an"};
    if (f == "in") return {"in", "en", "yn", "im"};
    if (f == "ing") return {"in", "ing", "en"};
    if (f == "iong") return {"ion", "yon", "un"};
    if (f == "ua") return {"ua", "va", "a"};
    if (f == "uo") return {"o", "uo", "vo"};
    if (f == "uai") return {"ai", "uai", "vai"};
    if (f == "ui") return {"ui", "vi", "ue", "i"};
    if (f == "uan") return {"uan", "van", "an"};
    if (f == "un") return {"un", "on", "en"};
    if (f == "uang") return {"uan", "van", "an"};
    if (f == "ue") return {"ue", "ye", "e", "o"};  // 约 for jo/yo
    if (f == "v") return {"yu", "u", "iu"};
    return {f};
}

std::vector<std::string> spellings(std::string_view syl) {
    Split s = split(syl);
    std::vector<std::string> out;
    for (auto i : initial_spellings(s.initial))
        for (auto f : final_spellings(s.initial, s.final)) {
            std::string w = std::string(i) + std::string(f);
            if (!w.empty() || s.initial.empty() || !s.final.empty()) out.push_back(std::move(w));
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Vowels the tables write for one another (unstressed vowels are written
// by the letter, English ʌ in the a row, Russian е/и): half a letter. Not
// i for u or o, nor e for o or u.
double sub_cost(char a, char b) {
    if (a == b) return 0;
    if (!vowel(a) || !vowel(b)) return 1;
    if (a > b) std::swap(a, b);
    static constexpr std::string_view near[] = {"ae", "ao", "au", "ei", "ou", "iy", "ey", "uy"};
    const char pair[] = {a, b, '\0'};
    return std::find(std::begin(near), std::end(near), std::string_view(pair)) != std::end(near) ? 0.5 : 1;
}

}  // namespace

bool transcription_char(char32_t c) { return characters.find(c) != std::u32string_view::npos; }

double transcription_score(const std::vector<std::string_view>& syllables, std::string_view latin) {
    std::string w = latin_sounds(latin);
    const std::size_t n = w.size();
    if (n < 3 || syllables.empty()) return 0;
    constexpr double inf = std::numeric_limits<double>::infinity();
    // best[i]: least cost of the syllables so far spelling w[0, i)
    std::vector<double> best(n + 1, inf), next(n + 1);
    best[0] = 0;
    std::vector<double> row(n + 1), prev(n + 1);
    for (std::string_view syl : syllables) {
        std::fill(next.begin(), next.end(), inf);
        for (const std::string& r : spellings(syl)) {
            // edit distance of r against w[i, j) for every i, j, started
            // from best[i]: one pass of the usual table with its first
            // column seeded by best
            for (std::size_t j = 0; j <= n; ++j) prev[j] = best[j];
            // a free start anywhere: prev[j] = min(best[j], prev[j-1] + 1) would
            // let the syllable swallow letters; keep insertions explicit
            for (std::size_t j = 1; j <= n; ++j) prev[j] = std::min(prev[j], prev[j - 1] + 1);
            for (char rc : r) {
                row[0] = prev[0] + 1;
                for (std::size_t j = 1; j <= n; ++j)
                    row[j] = std::min({prev[j] + 1, row[j - 1] + 1, prev[j - 1] + sub_cost(rc, w[j - 1])});
                std::swap(row, prev);
            }
            for (std::size_t j = 0; j <= n; ++j) next[j] = std::min(next[j], prev[j]);
        }
        std::swap(best, next);
    }
    double cost = best[n];
    return std::max(0.0, 1.0 - cost / static_cast<double>(n));
}

namespace {

char latin_class(std::string_view s, std::size_t& i) {
    char c = s[i];
    char n = i + 1 < s.size() ? s[i + 1] : '\0';
    if ((c == 'c' && n == 'h') || (c == 's' && n == 'h') || (c == 't' && n == 's')) {
        ++i;
        return c == 'c' ? 'C' : 'S';
    }
    switch (c) {
        case 'b': case 'p': return 'P';
        case 'd': case 't': return 'T';
        case 'g': case 'k': return 'K';
        case 'h': return 'H';
        case 'f': case 'v': return 'F';
        case 'j': return 'J';
        case 's': case 'z': return 'S';
        case 'l': case 'r': return 'L';
        case 'm': return 'M';
        case 'n': return 'N';
        default: return 0;
    }
}

std::string collapse(const std::string& s) {
    std::string out;
    for (char c : s)
        if (out.empty() || out.back() != c) out += c;
    return out.size() >= 3 ? out : std::string();
}

}  // namespace

std::string sound_key(std::string_view latin) {
    std::string w = latin_sounds(latin);
    if (w.size() > 2 && w.substr(w.size() - 2) == "ng") w.pop_back();
    std::string k;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i] == 'k' && i + 1 < w.size() && w[i + 1] == 's') {  // x
            k += "KS";
            ++i;
            continue;
        }
        if (char c = latin_class(w, i)) k += c;
    }
    return collapse(k);
}

std::string sound_key(const std::vector<std::string_view>& syllables) {
    std::string k;
    for (std::string_view syl : syllables) {
        Split s = split(syl);
        std::string_view i = s.initial;
        if (i == "b" || i == "p") k += 'P';
        else if (i == "d" || i == "t") k += 'T';
        else if (i == "g" || i == "k") k += 'K';
        else if (i == "h") k += 'H';
        else if (i == "f" || (i == "w" && s.final != "u")) k += 'F';
        else if (i == "j" || i == "zh" || i == "r") k += 'J';
        else if (i == "q" || i == "ch") k += 'C';
        else if (i == "x" || i == "sh" || i == "s" || i == "z" || i == "c") k += 'S';
        else if (i == "l") k += 'L';
        else if (i == "m") k += 'M';
        else if (i == "n") k += 'N';
        std::string_view f = s.final;
        if (f == "er") k += 'L';
        else if (f.size() >= 1 && f.back() == 'n') k += 'N';
        else if (f.size() >= 2 && f.substr(f.size() - 2) == "ng") k += 'N';
    }
    return collapse(k);
}

std::vector<std::string_view> syllables(const Document& d, const std::vector<std::size_t>& tokens) {
    std::vector<std::string_view> out;
    for (std::size_t k : tokens) out.push_back(d.lexicon->common_reading(d.tokens[k].id));
    return out;
}

namespace {

// The one character of a single-character token, or 0.
char32_t only_char(const Document& d, const Token& t) {
    std::string_view raw = std::string_view(d.text).substr(t.span.start, t.span.size());
    std::size_t pos = 0;
    if (raw.empty()) return 0;
    char32_t c = unicode::next(raw, pos);
    return pos == raw.size() ? c : 0;
}

template <std::size_t N>
bool ends_with_any(std::u32string_view text, const std::u32string_view (&words)[N]) {
    for (auto w : words)
        if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w) return true;
    return false;
}

template <std::size_t N>
bool starts_with_any(std::u32string_view text, const std::u32string_view (&words)[N]) {
    for (auto w : words)
        if (text.substr(0, w.size()) == w) return true;
    return false;
}

}  // namespace

std::vector<HanName> find_han_names(const Document& d, const Sentence& s) {
    std::vector<HanName> out;
    // the sentence's characters, one per token (0 for a token of several),
    // to read the office words around a run
    std::u32string chars;
    std::vector<std::size_t> token_of;
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        char32_t c = only_char(d, d.tokens[k]);
        chars += c ? c : U' ';
        token_of.push_back(k);
    }
    const std::u32string_view all = chars;
    std::size_t i = 0;
    while (i < all.size()) {
        if (!unicode::is_han(all[i]) || !transcription_char(all[i])) {
            ++i;
            continue;
        }
        // a maximal run of transcription characters, parts joined by a dot
        std::size_t j = i;
        std::vector<std::vector<std::size_t>> parts(1);
        while (j < all.size()) {
            if (unicode::is_han(all[j]) && transcription_char(all[j])) {
                // a form of address or an office starts here ("史密斯夫人"): the name ends
                if (!parts.back().empty() && starts_with_any(all.substr(j), follows)) break;
                parts.back().push_back(j);
                ++j;
            } else if (is_dot(all[j]) && !parts.back().empty() && j + 1 < all.size() && unicode::is_han(all[j + 1]) &&
                       transcription_char(all[j + 1])) {
                parts.emplace_back();
                ++j;
            } else {
                break;
            }
        }
        const std::size_t end = j;
        std::size_t total = 0;
        bool part_sizes_ok = true;
        for (const auto& p : parts) total += p.size(), part_sizes_ok &= p.size() <= 6;
        const bool dotted = parts.size() > 1;
        const bool after_lead = ends_with_any(all.substr(0, i), leads);
        const bool before_title = starts_with_any(all.substr(end), address);
        std::u32string run(all.substr(i, end - i));
        bool common = false;
        for (auto w : common_words) common |= run.find(w) != std::u32string::npos;
        if (part_sizes_ok && !common && (dotted ? total >= 2 : total >= 2 && total <= 6) && (dotted || after_lead || before_title)) {
            HanName n;
            for (const auto& p : parts) {
                std::vector<std::size_t> toks;
                for (std::size_t x : p) toks.push_back(token_of[x]);
                n.parts.push_back(std::move(toks));
            }
            n.span = {d.tokens[n.parts.front().front()].span.start, d.tokens[n.parts.back().back()].span.end};
            out.push_back(std::move(n));
        }
        i = std::max(end, i + 1);
    }
    return out;
}

void sound_keys(const Document& d, const Sentence& s, std::vector<std::string>& out) {
    for (const HanName& n : find_han_names(d, s))
        for (const auto& part : n.parts)
            if (std::string k = sound_key(syllables(d, part)); !k.empty()) out.push_back("h" + k);
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        const Token& t = d.tokens[k];
        // a sentence's first word is capitalised whatever it is
        if (t.kind != TokenKind::word || !t.capitalized || k == s.first_token || is_stopword(d.folded(t))) continue;
        std::string_view l = d.lexicon->latin(t.id);
        if (l.empty() || !std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
        if (std::string key = sound_key(l); !key.empty()) out.push_back("h" + key);
    }
}

}  // namespace parallax::han_names
