#include "parallax/engine.hpp"

#include <algorithm>

#include "parallax/facts.hpp"
#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"
#include "parallax/similarity.hpp"
#include "parallel.hpp"

namespace parallax {

namespace {

// Per rendering and paragraph: whether a word diff of its cell against any
// other cell of the row (the base's or another rendering's) changed
// anything. Facts are only compared in such cell pairs, so only their
// paragraphs need them; two non-base renderings' sentences are looked for
// in nearby rows too (nearby_paragraphs), so those paragraphs need them too.
std::vector<std::vector<bool>> changed_paragraphs(const Comparison& c, int reach) {
    std::vector<std::vector<bool>> changed;
    for (const auto& r : c.renderings) changed.emplace_back(r.doc.paragraphs.size(), false);
    for (const auto& d : c.diffs) {
        if (!d.across && std::all_of(d.edits.begin(), d.edits.end(), [](const Edit& e) { return e.op == EditOp::same; })) continue;
        const int near = d.left == c.base ? 0 : reach;
        for (int who : {d.left, d.rendering})
            for (int id : nearby_paragraphs(c.rows, d.row, who, near)) changed[static_cast<std::size_t>(who)][static_cast<std::size_t>(id)] = true;
    }
    // a row some renderings lack has no pair to diff: the gap checks read it
    for (const auto& row : c.rows) {
        bool gap = false;
        for (std::size_t y = 0; y < row.cells.size(); ++y) gap |= row.cells[y].empty() && c.renderings[y].status == Status::aligned;
        if (!gap) continue;
        for (std::size_t y = 0; y < row.cells.size(); ++y)
            for (int id : row.cells[y]) changed[y][static_cast<std::size_t>(id)] = true;
    }
    return changed;
}

}  // namespace

void prepare(Document& doc, const std::shared_ptr<Lexicon>& lexicon) {
    segment(doc);
    normalize(doc, lexicon);
}

void prepare(Document& doc) { prepare(doc, std::make_shared<Lexicon>()); }

Comparison compare(std::vector<Document> docs, const EngineOptions& opt) {
    const unsigned jobs = job_count(opt.jobs);
    auto lexicon = std::make_shared<Lexicon>();  // one per run: ids compare across documents
    if (!opt.dictionaries.empty()) lexicon->set_glossary(std::make_shared<const Glossary>(opt.dictionaries));
    // segmenting touches one document; normalizing interns into the shared
    // lexicon, whose ids follow the documents' order: one thread
    parallel_for(docs.size(), jobs, [&](std::size_t d) { segment(docs[d]); });
    for (auto& d : docs) normalize(d, lexicon);
    for (std::size_t d = 0; d < docs.size(); ++d) {
        const auto& given = opt.languages.size() == 1 ? opt.languages[0] : d < opt.languages.size() ? opt.languages[d] : std::string();
        if (!given.empty() && given != "und") docs[d].language = given;
    }
    Profiles profiles = build_profiles(docs);
    Location loc = locate(docs, profiles, opt.locate, jobs);
    Alignment al = align(docs, profiles, loc, opt.align, jobs);

    Comparison c;
    c.base = loc.base;
    for (std::size_t d = 0; d < docs.size(); ++d) {
        Rendering r;
        r.status = loc.status[d];
        r.reason = loc.reason[d];
        r.coverage = d < al.coverage.size() ? al.coverage[d] : 0.0;
        r.doc = std::move(docs[d]);
        c.renderings.push_back(std::move(r));
    }
    c.rows = std::move(al.rows);
    mark_cut_offs(c.renderings);
    c.diffs = word_diffs(c.renderings, c.base, c.rows, opt.compare, c.notes, jobs);
    auto changed = changed_paragraphs(c, opt.compare.pair_row_reach);
    std::vector<RenderingFacts> facts(c.renderings.size());
    parallel_for(c.renderings.size(), jobs, [&](std::size_t y) {
        const Rendering& r = c.renderings[y];
        facts[y] = r.status == Status::aligned ? facts_of(r.doc, true, &changed[y]) : RenderingFacts(r.doc.paragraphs.size());
    });
    auto links = sentence_links(c, jobs);
    for (const auto& cs : links) c.sentence_links.push_back(cs.links);
    mark_forms(c, loc.copy_of, links);
    c.discrepancies = find_discrepancies(c, facts, links, opt.compare, jobs);
    c.quotes = check_all_quotes(c, facts, c.notes, opt.compare, jobs);
    compose_messages(c);
    assign_ids(c, jobs);
    return c;
}

}  // namespace parallax
