#include "summary.hpp"

#include <algorithm>

#include "parallax/display.hpp"

namespace parallax::report {

std::array<std::size_t, 3> severity_counts(const Comparison& c) {
    std::array<std::size_t, 3> n{};
    for (const auto& d : c.discrepancies) ++n[static_cast<std::size_t>(d.severity)];
    return n;
}

std::string summary_line(const Comparison& c) {
    auto n = severity_counts(c);
    std::size_t unrelated = 0;
    for (const auto& r : c.renderings) unrelated += r.status == Status::unrelated;
    std::string s = counted(c.renderings.size(), "rendering", "renderings");
    if (unrelated) s += " (" + std::to_string(unrelated) + " unrelated)";
    s += ", " + counted(c.rows.size(), "row", "rows") + ", " + counted(c.discrepancies.size(), "discrepancy", "discrepancies") + " (" +
         std::to_string(n[0]) + " high, " + std::to_string(n[1]) + " medium, " + std::to_string(n[2]) + " low)";
    return s;
}

std::string cell_text(const Comparison& c, int rendering, const std::vector<int>& ids) {
    std::string out;
    for (int id : ids) {
        if (!out.empty()) out += "\n\n";
        out += c.text(rendering, c.renderings[static_cast<std::size_t>(rendering)].doc.paragraphs[static_cast<std::size_t>(id)].span);
    }
    return out;
}

}  // namespace parallax::report

namespace parallax::report {

namespace {

// Where each line of `text` starts.
std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) starts.push_back(at + 1);
    return starts;
}

// Line and column of `byte` in `text`, given where its lines start.
LineCol line_col_in(std::string_view text, const std::vector<std::size_t>& starts, std::size_t byte, Columns cols) {
    byte = std::min(byte, text.size());
    // the last line starting at or before the byte (a newline's own byte ends its line)
    const auto line = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), byte) - starts.begin());
    std::size_t from = starts[line - 1];
    if (line == 1 && byte >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") from = 3;  // a byte-order mark is no column
    LineCol lc{line, 1};
    if (cols == Columns::bytes) {
        lc.col += byte - from;
    } else {
        for (std::size_t i = from; i < byte; ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++lc.col;  // a lead byte or ASCII starts one code point
    }
    return lc;
}

}  // namespace

DocumentLines::DocumentLines(const Document& doc) : doc_(&doc) {
    const bool mapped = doc.source && !doc.source->pieces.empty();
    text_ = mapped ? std::string_view(doc.source->bytes) : std::string_view(doc.text);
    starts_ = line_starts(text_);
}

LineCol DocumentLines::operator()(std::size_t byte, Columns cols) const {
    if (!doc_->source || doc_->source->pieces.empty()) return line_col_in(text_, starts_, byte, cols);
    const auto& pieces = doc_->source->pieces;
    auto after = std::upper_bound(pieces.begin(), pieces.end(), byte, [](std::size_t b, const SourcePiece& p) { return b < p.text; });
    if (after == pieces.begin()) return line_col_in(text_, starts_, 0, cols);
    const SourcePiece& p = *(after - 1);
    return line_col_in(text_, starts_, p.source + (p.verbatim ? byte - p.text : 0), cols);
}

LineCol line_col(const Document& doc, std::size_t byte, Columns cols) { return DocumentLines(doc)(byte, cols); }

Location locate_discrepancy(const Comparison& c, const Discrepancy& d) {
    for (const auto& s : d.spans)
        if (s.rendering >= 0 && static_cast<std::size_t>(s.rendering) < c.renderings.size()) return {s.rendering, s.span.start};
    if (d.row >= 0 && static_cast<std::size_t>(d.row) < c.rows.size()) {
        const Row& row = c.rows[static_cast<std::size_t>(d.row)];
        for (std::size_t y = 0; y < row.cells.size() && y < c.renderings.size(); ++y) {
            if (row.cells[y].empty()) continue;
            const auto& paras = c.renderings[y].doc.paragraphs;
            auto id = static_cast<std::size_t>(row.cells[y].front());
            if (id < paras.size()) return {static_cast<int>(y), paras[id].span.start};
        }
    }
    return {};
}

const char* severity_symbol(Severity s) {
    switch (s) {
        case Severity::high: return "\u25B2";    // ▲
        case Severity::medium: return "\u25C6";  // ◆
        case Severity::low: return "\u25CB";     // ○
    }
    return "\u25CB";
}

std::vector<KindCount> kind_counts(const Comparison& c) {
    std::vector<KindCount> out;
    for (const auto& d : c.discrepancies) {
        auto it = std::find_if(out.begin(), out.end(), [&](const KindCount& k) { return k.kind == d.kind; });
        if (it == out.end()) {
            out.push_back({d.kind, {}});
            it = out.end() - 1;
        }
        ++it->n[static_cast<std::size_t>(d.severity)];
    }
    return out;
}

}  // namespace parallax::report

namespace parallax::report {

std::string clip(std::string_view s, std::size_t max_chars) {
    std::string out;
    std::size_t chars = 0;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char ch = static_cast<unsigned char>(s[i]);
        if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
            space = !out.empty();
            continue;
        }
        bool lead = (ch & 0xC0) != 0x80;
        if (lead) {
            if (chars + space >= max_chars) return out + "\u2026";
            if (space) out += ' ', ++chars, space = false;
            ++chars;
        }
        out += static_cast<char>(ch);
    }
    return out;
}

}  // namespace parallax::report
