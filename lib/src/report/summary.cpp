#include "summary.hpp"

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
    std::string s = std::to_string(c.renderings.size()) + " renderings";
    if (unrelated) s += " (" + std::to_string(unrelated) + " unrelated)";
    s += ", " + std::to_string(c.rows.size()) + " rows, " + std::to_string(c.discrepancies.size()) + " discrepancies (" +
         std::to_string(n[0]) + " high, " + std::to_string(n[1]) + " medium, " + std::to_string(n[2]) + " low)";
    return s;
}

const CellDiff* diff_for(const Comparison& c, int row, int rendering) {
    for (const auto& d : c.diffs)
        if (d.row == row && d.rendering == rendering) return &d;
    return nullptr;
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
