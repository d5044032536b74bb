// What each rendering is: full, partial, report or copy, from how its
// sentences and the base's link within the rows it covers.
#include <map>
#include <utility>

#include "cell.hpp"
#include "parallax/compare.hpp"

namespace parallax {

namespace {

std::size_t sentences_in(const Rendering& r, const std::vector<int>& ids) {
    std::size_t n = 0;
    for (int id : ids) n += r.doc.paragraphs[static_cast<std::size_t>(id)].sentences.size();
    return n;
}

// A report tells the story in its own words and quotes some of the
// article: more than this share of its sentences link to nothing in the
// base. A translation, however free, links nearly all of its sentences.
constexpr double report_own = 0.4;
// A partial rendering leaves out more than this share of the base's
// sentences in the rows it covers (an excerpt, an abridged version).
constexpr double partial_rendered = 0.7;

// Locate calls two renderings copies from the paragraphs it chains; a
// copy in the report's sense is near-identical throughout: this share of
// both texts' article bytes in words the word diff finds the same.
constexpr double copy_same = 0.9;

bool near_identical(const Comparison& c, int x, int y) {
    const int left = x == c.base || (y != c.base && x < y) ? x : y, right = left == x ? y : x;
    std::size_t same = 0, total = 0;
    for (const auto& d : c.diffs) {
        if (d.left != left || d.rendering != right) continue;
        SameBytes b = same_bytes(d);
        same += b.same, total += b.total;
    }
    for (const auto& row : c.rows) {  // what only one of them has
        const auto& a = row.cells[static_cast<std::size_t>(left)];
        const auto& b = row.cells[static_cast<std::size_t>(right)];
        if (a.empty() == b.empty()) continue;
        int who = a.empty() ? right : left;
        for (int id : a.empty() ? b : a)
            total += c.renderings[static_cast<std::size_t>(who)].doc.paragraphs[static_cast<std::size_t>(id)].span.size();
    }
    return total > 0 && static_cast<double>(same) >= copy_same * static_cast<double>(total);
}

}  // namespace

void mark_forms(Comparison& c, const std::vector<int>& copy_of, const std::vector<CellSentences>& links) {
    const auto base = static_cast<std::size_t>(c.base);
    std::map<std::pair<int, int>, std::size_t> diff_of;  // (row, rendering) -> base-pair diff
    for (std::size_t k = 0; k < c.diffs.size(); ++k)
        if (c.diffs[k].left == c.base) diff_of.emplace(std::make_pair(c.diffs[k].row, c.diffs[k].rendering), k);
    for (std::size_t y = 0; y < c.renderings.size(); ++y) {
        Rendering& r = c.renderings[y];
        if (y == base || r.status != Status::aligned) continue;
        int first = -1, last = -1;
        for (std::size_t row = 0; row < c.rows.size(); ++row)
            if (!c.rows[row].cells[y].empty()) {
                if (first < 0) first = static_cast<int>(row);
                last = static_cast<int>(row);
            }
        if (first < 0) continue;
        // The base's sentences count from the rendering's first row to its
        // last only where its page is cut there: a page that simply ends
        // early renders less of the article.
        if (!r.cut_start) first = 0;
        if (!r.cut_end) last = static_cast<int>(c.rows.size()) - 1;
        std::size_t base_total = 0, base_linked = 0, own_total = 0, own_unlinked = 0;
        for (int row = first; row <= last; ++row) {
            const auto& cells = c.rows[static_cast<std::size_t>(row)].cells;
            std::size_t nb = sentences_in(c.renderings[base], cells[base]), ny = sentences_in(r, cells[y]);
            base_total += nb;
            own_total += ny;
            if (cells[y].empty()) continue;
            if (cells[base].empty()) {
                // a paragraph the base lacks is the rendering's own unless
                // another rendering has it too (the base cut or abridged)
                bool shared = false;
                for (std::size_t z = 0; z < cells.size(); ++z)
                    shared |= z != y && !cells[z].empty() && c.renderings[z].status == Status::aligned;
                if (!shared) own_unlinked += ny;
                else own_total -= ny;
                continue;
            }
            auto k = diff_of.find({row, static_cast<int>(y)});
            if (k == diff_of.end() || links[k->second].links.empty()) {  // identical cells (or too large to align)
                base_linked += nb;
                continue;
            }
            for (const auto& l : links[k->second].links) {
                if (!l.base.empty() && !l.other.empty()) base_linked += l.base.size();
                else own_unlinked += l.other.size();
            }
        }
        r.rendered = base_total ? static_cast<double>(base_linked) / static_cast<double>(base_total) : 0.0;
        r.own = own_total ? static_cast<double>(own_unlinked) / static_cast<double>(own_total) : 0.0;
        r.copy_of = y < copy_of.size() && copy_of[y] >= 0 && near_identical(c, copy_of[y], static_cast<int>(y)) ? copy_of[y] : -1;
        if (r.copy_of >= 0) r.form = Form::copy;
        else if (r.own > report_own) r.form = Form::report;
        else if (r.rendered < partial_rendered) r.form = Form::partial;
        else r.form = Form::full;
    }
}

}  // namespace parallax
