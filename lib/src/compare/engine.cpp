#include <algorithm>

#include "parallax/align.hpp"
#include "parallax/compare.hpp"
#include "parallax/locate.hpp"
#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"

namespace parallax {

Comparison run(std::vector<Document> docs, const EngineOptions& opt) {
    for (auto& d : docs) {
        segment(d);
        normalize(d);
    }
    Profiles profiles = build_profiles(docs);
    LocateOptions lo;
    lo.base = opt.base_name;
    Location loc = locate(docs, profiles, lo);
    Alignment al = align(docs, profiles, loc);

    Comparison c;
    c.base = loc.base;
    c.notes = std::move(al.notes);
    for (std::size_t d = 0; d < docs.size(); ++d) {
        Rendering r;
        r.status = loc.status[d];
        r.reason = loc.reason[d];
        r.doc = std::move(docs[d]);
        c.renderings.push_back(std::move(r));
    }
    c.rows = std::move(al.rows);
    // coverage: share of the base's article paragraphs each rendering renders
    const auto base = static_cast<std::size_t>(c.base);
    std::size_t base_total = 0;
    std::vector<std::size_t> rendered(c.renderings.size(), 0);
    for (const auto& row : c.rows) {
        if (row.cells[base].empty()) continue;
        base_total += row.cells[base].size();
        for (std::size_t y = 0; y < row.cells.size(); ++y)
            if (!row.cells[y].empty()) rendered[y] += row.cells[base].size();
    }
    for (std::size_t y = 0; y < c.renderings.size(); ++y)
        c.renderings[y].coverage = base_total ? static_cast<double>(rendered[y]) / static_cast<double>(base_total) : 0.0;
    c.diffs = word_diffs(c.renderings, c.base, c.rows, opt.compare, c.notes);
    // Facts are only compared in rows whose word diff changed something.
    std::vector<std::vector<bool>> changed;
    for (const auto& r : c.renderings) changed.emplace_back(r.doc.paragraphs.size(), false);
    for (const auto& d : c.diffs) {
        if (std::all_of(d.edits.begin(), d.edits.end(), [](const Edit& e) { return e.op == EditOp::same; })) continue;
        const auto& cells = c.rows[static_cast<std::size_t>(d.row)].cells;
        for (int who : {c.base, d.rendering})
            for (int id : cells[static_cast<std::size_t>(who)]) changed[static_cast<std::size_t>(who)][static_cast<std::size_t>(id)] = true;
    }
    std::vector<RenderingFacts> facts;
    for (const auto& r : c.renderings)
        facts.push_back(r.status == Status::aligned ? facts_of(r.doc, true, &changed[&r - c.renderings.data()])
                                                    : RenderingFacts(r.doc.paragraphs.size()));
    c.discrepancies = find_discrepancies(c, facts, opt.compare);
    c.quotes = check_all_quotes(c, facts, c.notes);
    return c;
}

}  // namespace parallax
