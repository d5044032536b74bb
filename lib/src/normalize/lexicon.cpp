#include "parallax/lexicon.hpp"

#include "../unicode/icu.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

bool ascii(std::string_view s) {
    for (char ch : s)
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    return true;
}

bool has_han(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();)
        if (unicode::is_han(unicode::next(s, pos))) return true;
    return false;
}

bool has_letter(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();)
        if (unicode::is_letter(unicode::next(s, pos))) return true;
    return false;
}

// Latin letters with their diacritics stripped, without ICU: the plain
// form, or nullopt when a letter of another script (or a Latin one the
// table does not know) is left.
std::optional<std::string> plain_latin(std::string_view folded) {
    std::string s = unicode::casefold_strip_marks(folded);
    std::string out;
    out.reserve(s.size());
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t at = pos;
        char32_t c = unicode::next(s, pos);
        if (c < 0x80) {
            out.append(s, at, 1);
        } else if (std::string_view b = unicode::base_letter(c); !b.empty()) {
            out += b;
        } else if (unicode::is_letter(c)) {
            return std::nullopt;
        }  // else an invisible or a symbol: not part of a Latin spelling
    }
    return out;
}

// The contract's alphabet: a-z, 0-9, and the apostrophe when the folded
// form has one (a transliteration's own primes and separators go).
std::string keep_latin(std::string_view s, bool apostrophe) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (ch == '\'' && apostrophe)) out += ch;
    }
    return out;
}

}  // namespace

Lexicon::Lexicon() = default;
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

unicode::Transforms& Lexicon::transforms() const {
    if (!transforms_) transforms_ = std::make_unique<unicode::Transforms>();
    return *transforms_;
}

std::uint32_t Lexicon::intern(std::string_view folded) {
    if (auto it = ids_.find(folded); it != ids_.end()) return it->second;
    auto id = static_cast<std::uint32_t>(forms_.size());
    forms_.emplace_back(folded);
    ids_.emplace(forms_.back(), id);
    return id;
}

std::uint32_t Lexicon::intern_raw(std::string_view raw) {
    if (auto it = raw_ids_.find(raw); it != raw_ids_.end()) return it->second;
    std::string f = fold(raw);
    if (!ascii(f) && has_han(f)) f = transforms().simplified(f);
    std::uint32_t id = intern(f);
    raw_ids_.emplace(raw, id);
    return id;
}

std::optional<std::uint32_t> Lexicon::find(std::string_view folded) const {
    if (auto it = ids_.find(folded); it != ids_.end()) return it->second;
    return std::nullopt;
}

std::string_view Lexicon::latin(std::uint32_t id) const { return cached_latin(id, false); }

std::string_view Lexicon::common_reading(std::uint32_t id) const {
    return has_han(forms_[id]) ? cached_latin(id, true) : latin(id);  // the readings differ only for Han
}

std::string_view Lexicon::cached_latin(std::uint32_t id, bool common) const {
    std::lock_guard lock(*latin_lock_);
    auto& index = latin_[common ? 1 : 0];
    if (index.size() <= id) index.resize(forms_.size(), 0);
    if (index[id] == 0) {
        std::string_view f = forms_[id];
        std::string out;
        if (ascii(f) || !has_letter(f)) {
            out = f;
        } else if (auto plain = has_han(f) ? std::nullopt : plain_latin(f)) {
            out = keep_latin(*plain, f.find('\'') != std::string_view::npos);
        } else {
            auto reading = common ? unicode::HanReading::general : unicode::HanReading::names;
            out = keep_latin(transforms().latin(f, reading), f.find('\'') != std::string_view::npos);
        }
        latin_store_.push_back(std::move(out));
        index[id] = static_cast<std::uint32_t>(latin_store_.size());
    }
    return latin_store_[index[id] - 1];
}

}  // namespace parallax
