#include <algorithm>
#include <cstdio>
#include <tuple>

#include "cell.hpp"
#include "parallax/compare.hpp"
#include "parallax/normalize.hpp"

namespace parallax {

namespace {

std::string percent(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::vector<std::string> content_terms(const Document& doc, const Sentence& s, const Paragraph& p) {
    std::vector<std::string> out;
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
        const Token& t = p.tokens[k];
        if (t.kind == TokenKind::punct || is_stopword(t.norm)) continue;
        out.push_back(stem(t.norm));
    }
    (void)doc;
    return out;
}

std::vector<std::string> cell_terms(const Document& doc, const std::vector<int>& ids) {
    std::vector<std::string> out;
    for (const auto& ct : cell_tokens(doc, ids))
        if (ct.token->kind != TokenKind::punct && !is_stopword(ct.token->norm)) out.push_back(stem(ct.token->norm));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Sentences of `from` whose content words barely occur in `to`: rendered by
// one side only.
void one_sided_sentences(const Comparison& c, int row, int from, int to, const char* kind, const CompareOptions& opt,
                         std::vector<Discrepancy>& out) {
    const auto& cells = c.rows[static_cast<std::size_t>(row)].cells;
    const Document& fd = c.renderings[static_cast<std::size_t>(from)].doc;
    const Document& td = c.renderings[static_cast<std::size_t>(to)].doc;
    auto other = cell_terms(td, cells[static_cast<std::size_t>(to)]);
    for (int id : cells[static_cast<std::size_t>(from)]) {
        const Paragraph& p = fd.paragraphs[static_cast<std::size_t>(id)];
        for (const auto& s : p.sentences) {
            auto terms = content_terms(fd, s, p);
            std::size_t words = 0;
            for (std::size_t k = s.first_token; k < s.end_token; ++k) words += p.tokens[k].kind != TokenKind::punct;
            if (words < opt.omission_min_words || terms.size() < 2) continue;
            std::size_t shared = 0;
            for (const auto& t : terms) shared += std::binary_search(other.begin(), other.end(), t);
            double overlap = static_cast<double>(shared) / static_cast<double>(terms.size());
            if (overlap >= opt.omission_overlap) continue;
            Discrepancy d;
            d.kind = kind;
            d.severity = Severity::medium;
            d.row = row;
            d.spans.push_back({from, s.span});
            d.message = std::string("sentence only in ") + fd.name + " (" + percent(overlap * 100) +
                        "% of its content words appear in " + td.name + ")";
            out.push_back(std::move(d));
        }
    }
}

}  // namespace

std::vector<Discrepancy> find_discrepancies(const Comparison& c, const CompareOptions& opt) {
    std::vector<Discrepancy> out;
    const int base = c.base;
    for (const auto& cd : c.diffs) {
        const Row& row = c.rows[static_cast<std::size_t>(cd.row)];
        one_sided_sentences(c, cd.row, base, cd.rendering, "omission", opt, out);
        one_sided_sentences(c, cd.row, cd.rendering, base, "addition", opt, out);
        bool changed = std::any_of(cd.edits.begin(), cd.edits.end(), [](const Edit& e) { return e.op != EditOp::same; });
        if (!changed) continue;
        Discrepancy d;
        d.kind = "phrasing";
        d.severity = Severity::low;
        d.row = cd.row;
        for (int who : {base, cd.rendering})
            for (int id : row.cells[static_cast<std::size_t>(who)])
                d.spans.push_back({who, c.renderings[static_cast<std::size_t>(who)].doc.paragraphs[static_cast<std::size_t>(id)].span});
        d.message = "wording differs (similarity " + percent(row.similarity) + ")";
        out.push_back(std::move(d));
    }
    auto sev = [](Severity s) { return static_cast<int>(s); };
    std::stable_sort(out.begin(), out.end(), [&](const Discrepancy& x, const Discrepancy& y) {
        auto pos = [](const Discrepancy& d) { return d.spans.empty() ? std::size_t{0} : d.spans.front().span.start; };
        return std::make_tuple(x.row, sev(x.severity), pos(x)) < std::make_tuple(y.row, sev(y.severity), pos(y));
    });
    return out;
}

}  // namespace parallax
