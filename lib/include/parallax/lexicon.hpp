// The string table of one run: every distinct folded form once, named by a
// small integer id. All documents compared together share one table, so two
// tokens have the same id exactly when their folded forms are equal — the
// word diff, the similarity profiles and the facts compare ids, not strings.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax {

namespace unicode {
class Transforms;
}
class Glossary;  // parallax/dictionary.hpp

// One run's table. Interning is for one thread (prepare); once every
// document is prepared, the const calls may come from several threads at
// once (the compare stage's rows run in parallel): latin()'s cache is locked.
class Lexicon {
public:
    Lexicon();
    ~Lexicon();
    Lexicon(Lexicon&&) noexcept;
    Lexicon& operator=(Lexicon&&) noexcept;

    // The id of `folded`, added when new.
    std::uint32_t intern(std::string_view folded);

    // The id of the folded form of `raw` (original bytes of a token): fold()
    // (normalize.hpp), and Han characters in their simplified forms (ICU
    // Traditional-Simplified), so that "同心篤行" and "同心笃行" are the
    // same ids. Each distinct raw form is folded once; later calls are one
    // hash look-up.
    std::uint32_t intern_raw(std::string_view raw);

    // The id of `folded` if the table holds it.
    std::optional<std::uint32_t> find(std::string_view folded) const;

    std::string_view folded(std::uint32_t id) const { return forms_[id]; }
    std::size_t size() const { return forms_.size(); }

    // The folded form `id` in lower-case ASCII Latin, for relating a word
    // across scripts ("Соколов" / "Sokolov", "王小明" / "Wang Xiaoming").
    // Computed on the first call for an id, then cached; the view stays
    // valid as long as the Lexicon. By what the folded form is:
    //  - no letter in it (numbers, punctuation, symbols): the folded form as
    //    it is ("2024", ",", "。");
    //  - ASCII: as it is ("sokolov", "o'neill", "g20");
    //  - Latin letters with diacritics: without them, and letters with no
    //    mark to strip in their plain form ("jesús" "jesus", "jørgen"
    //    "jorgen", "łódź" "lodz", "straße" "strasse", "məmməd" "mammad");
    //    ICU is not asked;
    //  - a Han character (segment makes each one a token): its toneless
    //    pinyin syllable in the reading ICU gives for names (Han-Latin/Names):
    //    王 "wang", 小 "xiao", 明 "ming", 解 "xie", 重 "chong", 曾 "zeng";
    //    one reading, so a polyphone reads as in names (长 "chang", 行
    //    "xing"; common_reading() has the other); a traditional character
    //    is already folded to its simplified form, 學 reads "xue". Several
    //    Han characters (a form interned whole): the syllables run together
    //    ("王小明" "wangxiaoming");
    //  - Cyrillic: BGN/PCGN, the romanization of English-language maps and
    //    press ("соколов" "sokolov", "жанна" "zhanna", "ельцин" "yeltsin",
    //    "щукин" "shchukin", "юрий" "yuriy", "хабаровск" "khabarovsk";
    //    soft and hard signs dropped: "игорь" "igor"); Kazakh letters as
    //    their Russian counterparts ("сұлтанов" "sultanov", "әсел"
    //    "asel": ә a, ғ g, қ k, ң n, ө o, ұ u, ү u, і i), һ "h";
    //  - other scripts: ICU Any-Latin, diacritics removed ("αθήνα" "athena").
    // A form with letters gives only a-z, 0-9, and ' where the folded form
    // has one; the empty string when no Latin could be made of it.
    std::string_view latin(std::uint32_t id) const;

    // latin(), but a Han character in its most common reading (ICU
    // Han-Latin) rather than its reading in names: 解 "jie", 重 "zhong",
    // 长 "zhang", 曾 "ceng". Pinyin printed after characters follows their
    // sense, so a pinyin mirror is read with both.
    std::string_view common_reading(std::uint32_t id) const;

    // The bilingual dictionaries' word pairs given for this run
    // (--dictionary), for anchors across languages; null without any.
    void set_glossary(std::shared_ptr<const Glossary> g) { glossary_ = std::move(g); }
    const Glossary* glossary() const { return glossary_.get(); }

private:
    // Heterogeneous look-up: a string_view finds a std::string key without
    // building one.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Map = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;

    unicode::Transforms& transforms() const;
    std::string_view cached_latin(std::uint32_t id, bool common) const;

    std::vector<std::string> forms_;  // by id
    Map ids_;                         // folded form -> id
    Map raw_ids_;                     // raw form -> id: a cache in front of the fold
    // ICU's transforms, created when the first Han character or non-Latin
    // letter needs one (pimpl: ICU's headers stay in lib/src/unicode/icu.cpp).
    mutable std::unique_ptr<unicode::Transforms> transforms_;
    // Latin forms, stored once (a deque never moves its elements, so views
    // stay valid); per id and reading, 1 + the index of its Latin form, 0
    // while not computed.
    mutable std::deque<std::string> latin_store_;
    mutable std::vector<std::uint32_t> latin_[2];
    mutable std::unique_ptr<std::mutex> latin_lock_ = std::make_unique<std::mutex>();
    std::shared_ptr<const Glossary> glossary_;
};

}  // namespace parallax
