#include <algorithm>

#include "cell.hpp"
#include "parallax/compare.hpp"
#include "parallax/similarity.hpp"
#include "../diff/edit_script.hpp"
#include "../parallel.hpp"

namespace parallax {

namespace {

// Ids of one lexicon are equal exactly when folded forms are: the diff
// compares them as they are.
std::vector<std::uint32_t> ids_of(const std::vector<CellToken>& ts) {
    std::vector<std::uint32_t> out;
    out.reserve(ts.size());
    for (const auto& t : ts) out.push_back(t.token->id);
    return out;
}

// Folds the per-token script into runs: a new run starts when the op
// changes or a paragraph boundary is crossed on either side.
std::vector<Edit> runs_of(const std::vector<diff::Op>& ops, const std::vector<CellToken>& a, const std::vector<CellToken>& b) {
    std::vector<Edit> out;
    std::size_t i = 0, j = 0;
    int pa = -1, pb = -1;
    for (auto op : ops) {
        EditOp kind = op == diff::Op::common ? EditOp::same : op == diff::Op::removed ? EditOp::removed : EditOp::added;
        const CellToken* ta = op != diff::Op::added ? &a[i++] : nullptr;
        const CellToken* tb = op != diff::Op::removed ? &b[j++] : nullptr;
        bool extend = !out.empty() && out.back().op == kind && (!ta || ta->paragraph == pa) && (!tb || tb->paragraph == pb);
        if (!extend) out.push_back({kind, {}, {}});
        Edit& e = out.back();
        if (ta) {
            if (!extend) e.base.start = ta->token->span.start;
            e.base.end = ta->token->span.end;
            pa = ta->paragraph;
        }
        if (tb) {
            if (!extend) e.other.start = tb->token->span.start;
            e.other.end = tb->token->span.end;
            pb = tb->paragraph;
        }
    }
    // A removal next to an addition is one replacement.
    std::vector<Edit> merged;
    for (auto& e : out) {
        if (!merged.empty() && ((merged.back().op == EditOp::removed && e.op == EditOp::added) ||
                                (merged.back().op == EditOp::added && e.op == EditOp::removed))) {
            Edit& m = merged.back();
            if (e.op == EditOp::added) m.other = e.other;
            else m.base = e.base;
            m.op = EditOp::changed;
            continue;
        }
        merged.push_back(e);
    }
    return merged;
}

}  // namespace

std::vector<Edit> span_edits(const Document& a, int pa, Span sa, const Document& b, int pb, Span sb) {
    auto inside = [](std::vector<CellToken> ts, Span s) {
        ts.erase(std::remove_if(ts.begin(), ts.end(), [&](const CellToken& t) { return t.token->span.start < s.start || t.token->span.end > s.end; }),
                 ts.end());
        return ts;
    };
    auto ta = inside(cell_tokens(a, {pa}), sa), tb = inside(cell_tokens(b, {pb}), sb);
    return runs_of(diff::edit_script(ids_of(ta), ids_of(tb)), ta, tb);
}

std::vector<CellDiff> word_diffs(const std::vector<Rendering>& rs, int base, const std::vector<Row>& rows,
                                 const CompareOptions& opt, std::vector<Note>& notes, unsigned jobs) {
    const int n = static_cast<int>(rs.size());
    // Rows are independent: each row's diffs and notes are kept by its index
    // and joined in row order, so any number of threads gives one thread's
    // result.
    std::vector<std::vector<CellDiff>> diffs_of(rows.size());
    std::vector<std::vector<Note>> notes_of(rows.size());  // in the order one pass over the row would add them
    const unsigned threads = threads_for(rows.size(), jobs);
    std::vector<std::vector<std::vector<CellToken>>> tokens_of(threads, std::vector<std::vector<CellToken>>(rs.size()));
    parallel_for(rows.size(), threads, [&](std::size_t r, unsigned thread) {
        // Each row's cells tokenized once, then every pair of present cells:
        // the base against each other rendering first (the diffs reports
        // show), then every other pair, the lower index on the left.
        auto& tokens = tokens_of[thread];
        auto& out = diffs_of[r];
        auto& row_notes = notes_of[r];
        const auto& cells = rows[r].cells;
        std::vector<int> order;  // base first, then the others by index
        if (base >= 0 && base < n && !cells[static_cast<std::size_t>(base)].empty()) order.push_back(base);
        for (int y = 0; y < n; ++y)
            if (y != base && !cells[static_cast<std::size_t>(y)].empty()) order.push_back(y);
        for (int y : order) tokens[static_cast<std::size_t>(y)] = cell_tokens(rs[static_cast<std::size_t>(y)].doc, cells[static_cast<std::size_t>(y)]);
        for (std::size_t i = 0; i < order.size(); ++i)
            for (std::size_t j = i + 1; j < order.size(); ++j) {
                const int left = order[i], right = order[j];
                const auto& a = tokens[static_cast<std::size_t>(left)];
                const auto& b = tokens[static_cast<std::size_t>(right)];
                if (cross_language(rs[static_cast<std::size_t>(left)].doc, rs[static_cast<std::size_t>(right)].doc)) {
                    row_notes.push_back({NoteReason::wording_across_languages, -1, -1, {}, {}});  // kept once, below
                    out.push_back({static_cast<int>(r), right, {}, left, true});
                    continue;
                }
                if (a.size() * b.size() > opt.max_diff_product) {
                    row_notes.push_back({NoteReason::diff_too_large, static_cast<int>(r), right, {a.size(), b.size()}, {}, left == base ? -1 : left});
                    continue;
                }
                out.push_back({static_cast<int>(r), right, runs_of(diff::edit_script(ids_of(a), ids_of(b)), a, b), left});
            }
    });
    bool across = false;
    for (auto& note : joined(std::move(notes_of))) {
        if (note.reason == NoteReason::wording_across_languages) {
            if (across) continue;  // said once
            across = true;
        }
        notes.push_back(std::move(note));
    }
    return joined(std::move(diffs_of));
}

}  // namespace parallax
