#include "parallax/report/json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace parallax::report {

namespace {

using json = nlohmann::ordered_json;

// Three decimals are plenty and keep the bytes stable across runs.
double rounded(double v) { return std::round(v * 1000.0) / 1000.0; }

json span_json(const Comparison& c, int rendering, Span s) {
    return json{{"rendering", rendering}, {"start", s.start}, {"end", s.end}, {"text", std::string(c.text(rendering, s))}};
}

const char* op_name(EditOp op) {
    switch (op) {
        case EditOp::same: return "same";
        case EditOp::removed: return "removed";
        case EditOp::added: return "added";
        case EditOp::changed: return "changed";
    }
    return "same";
}

}  // namespace

void write_json(const Comparison& c, std::ostream& out) {
    json j;
    j["version"] = 1;
    j["base"] = c.base;
    json rs = json::array();
    for (const auto& r : c.renderings) {
        json paras = json::array();
        for (const auto& p : r.doc.paragraphs)
            paras.push_back({{"id", p.id},
                             {"start", p.span.start},
                             {"end", p.span.end},
                             {"text", r.doc.text.substr(p.span.start, p.span.size())},
                             {"in_article", p.in_article}});
        json one{{"name", r.doc.name}, {"path", r.doc.path}, {"status", to_string(r.status)}};
        if (!r.reason.empty()) one["reason"] = r.reason;
        one["coverage"] = rounded(r.coverage);
        one["paragraphs"] = std::move(paras);
        rs.push_back(std::move(one));
    }
    j["renderings"] = std::move(rs);
    json rows = json::array();
    for (const auto& row : c.rows) rows.push_back({{"cells", row.cells}, {"similarity", rounded(row.similarity)}});
    j["rows"] = std::move(rows);
    json ds = json::array();
    for (const auto& d : c.discrepancies) {
        json spans = json::array();
        for (const auto& s : d.spans) spans.push_back(span_json(c, s.rendering, s.span));
        ds.push_back({{"kind", d.kind}, {"severity", to_string(d.severity)}, {"row", d.row}, {"spans", std::move(spans)}, {"message", d.message}});
    }
    j["discrepancies"] = std::move(ds);
    json diffs = json::array();
    for (const auto& cd : c.diffs) {
        json edits = json::array();
        for (const auto& e : cd.edits) {
            json one{{"op", op_name(e.op)}};
            if (!e.base.empty()) one["base"] = {e.base.start, e.base.end};
            if (!e.other.empty()) one["other"] = {e.other.start, e.other.end};
            edits.push_back(std::move(one));
        }
        diffs.push_back({{"row", cd.row}, {"rendering", cd.rendering}, {"edits", std::move(edits)}});
    }
    j["diffs"] = std::move(diffs);
    json quotes = json::array();
    for (const auto& q : c.quotes) {
        json found = json::array();
        for (const auto& f : q.findings) {
            json one{{"rendering", f.rendering}, {"match", f.match}};
            if (!f.span.empty()) one["span"] = span_json(c, f.rendering, f.span);
            found.push_back(std::move(one));
        }
        quotes.push_back({{"quote", span_json(c, q.rendering, q.span)}, {"found", std::move(found)}});
    }
    j["quotes"] = std::move(quotes);
    j["notes"] = c.notes;
    out << j.dump(2) << '\n';
}

}  // namespace parallax::report
