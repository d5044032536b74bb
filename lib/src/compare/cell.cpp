#include "cell.hpp"

#include <algorithm>

namespace parallax {

namespace {

// Hyphens, dashes and bullets take no part in the word diff.
struct Skipped {
    std::optional<std::uint32_t> dash, bullet;
    explicit Skipped(const Document& doc) : dash(doc.lexicon->find("-")), bullet(doc.lexicon->find("\xE2\x80\xA2")) {}
    bool operator()(const Token& t) const { return t.kind == TokenKind::punct && (t.id == dash || t.id == bullet); }
};

}  // namespace

std::vector<CellToken> cell_tokens(const Document& doc, const std::vector<int>& ids) {
    std::vector<CellToken> out;
    if (ids.empty()) return out;
    Skipped skipped(doc);
    for (int id : ids)
        for (const auto& t : doc.tokens_of(doc.paragraphs[static_cast<std::size_t>(id)])) {
            if (skipped(t)) continue;
            out.push_back({&t, id});
        }
    return out;
}

std::vector<const Token*> run_tokens(const Document& doc, Span run) {
    std::vector<const Token*> out;
    Skipped skipped(doc);
    auto t = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), run.start,
                              [](const Token& x, std::size_t at) { return x.span.start < at; });
    for (; t != doc.tokens.end() && t->span.end <= run.end; ++t)
        if (!skipped(*t)) out.push_back(&*t);
    return out;
}

SameBytes same_bytes(const CellDiff& d) {
    SameBytes b;
    for (const auto& e : d.edits) {
        std::size_t bytes = e.base.size() + e.other.size();
        b.total += bytes;
        if (e.op == EditOp::same) b.same += bytes;
    }
    return b;
}

double same_share(const CellDiff& d) {
    SameBytes b = same_bytes(d);
    return b.total ? static_cast<double>(b.same) / static_cast<double>(b.total) : 1.0;
}

}  // namespace parallax
