#include "cell.hpp"

namespace parallax {

std::vector<CellToken> cell_tokens(const Document& doc, const std::vector<int>& ids) {
    std::vector<CellToken> out;
    if (ids.empty()) return out;
    auto dash = doc.lexicon->find("-"), bullet = doc.lexicon->find("\xE2\x80\xA2");
    for (int id : ids)
        for (const auto& t : doc.tokens_of(doc.paragraphs[static_cast<std::size_t>(id)])) {
            if (t.kind == TokenKind::punct && (t.id == dash || t.id == bullet)) continue;
            out.push_back({&t, id});
        }
    return out;
}

}  // namespace parallax
