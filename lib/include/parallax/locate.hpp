// locate: which paragraphs of each document render the shared article, and
// which documents render it at all.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parallax/model.hpp"
#include "parallax/similarity.hpp"

namespace parallax {

struct Link {
    int a = 0, b = 0;  // paragraph indices
    double sim = 0;
};

// Candidate links between two documents found through shared rare terms:
// never the full cross product, so large documents stay feasible. The
// paragraphs of `a` are looked up on `jobs` threads; the result is the same
// for any number.
std::vector<Link> candidate_links(const std::vector<Profile>& a, const std::vector<Profile>& b,
                                  std::size_t per_paragraph, unsigned jobs = 1);

// The heaviest monotone chain of links (local alignment over sparse links):
// the part of each document that renders the other.
struct Chain {
    std::vector<Link> links;  // increasing in a and b
    double score = 0;
};
Chain best_chain(const std::vector<Link>& links, double threshold, double gap_cost);

struct LocateOptions {
    double link_threshold = 0.12;    // similarity a chained link must beat
    double gap_cost = 0.03;          // per skipped paragraph inside a chain
    double edge_threshold = 0.25;    // weaker links are trimmed off a chain's ends
    std::size_t candidates = 6;      // links kept per paragraph
    double related_share = 0.25;     // share of the shorter side that must be chained
    double related_mean = 0.22;      // mean similarity of the chain's links
    double copy_links = 0.8;         // a copy: this share of chained paragraphs word for word the same...
    double copy_share = 0.5;         // ...and at least this share of the shorter side chained
    std::string base;                // a document name or path to use as base; "" = choose
};

struct Location {
    std::vector<Status> status;           // per document
    std::vector<std::string> reason;      // per document, why unrelated
    std::vector<int> first, last;         // article paragraph range per document (inclusive), -1 if none
    int base = 0;                         // the related rendering closest to all the others
    std::vector<Chain> chains;            // chain of document d against base, direct or through another rendering (empty for base)
    // per document: the document it is a near-identical copy of (the base
    // when the base is in its class, else the one with the smallest name),
    // -1 when none
    std::vector<int> copy_of;
};

// Marks Paragraph::in_article and decides status and base. The base is the
// related document that renders most of what the others say, most closely
// (copies counted once); a document related to any rendering that reaches
// the base is a rendering. Ties go to the smaller name, so input order never
// matters (docs/how-it-works.md, locate).
Location locate(std::vector<Document>& docs, const Profiles& profiles, const LocateOptions& opt = {}, unsigned jobs = 1);

}  // namespace parallax
