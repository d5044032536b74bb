#include "cell.hpp"

namespace parallax {

std::vector<CellToken> cell_tokens(const Document& doc, const std::vector<int>& ids) {
    std::vector<CellToken> out;
    for (int id : ids)
        for (const auto& t : doc.paragraphs[static_cast<std::size_t>(id)].tokens) {
            if (t.kind == TokenKind::punct && (t.norm == "-" || t.norm == "\xE2\x80\xA2")) continue;
            out.push_back({&t, id});
        }
    return out;
}

}  // namespace parallax
