// engine: every stage from segment to compare, run on documents already
// read. The one entry point the app, batch and the tests use.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parallax/align.hpp"
#include "parallax/compare.hpp"
#include "parallax/locate.hpp"
#include "parallax/dictionary.hpp"
#include "parallax/model.hpp"

namespace parallax {

// Options of each stage, passed through unchanged. The base rendering is
// chosen through locate.base (a rendering name or path; "" = most complete).
struct EngineOptions {
    LocateOptions locate;
    AlignOptions align;
    CompareOptions compare;
    // Languages the user gives (--lang): one for every document, or one per
    // document in input order; an empty entry keeps the detected language.
    std::vector<std::string> languages;
    // Bilingual dictionaries (--dictionary): their word pairs are one more
    // anchor between renderings in their two languages.
    std::vector<Dictionary> dictionaries;
    // Threads for the stages whose parts are independent (facts per
    // rendering, sentence alignment and checks per cell pair); 0: one per
    // core. Any number gives the same Comparison.
    unsigned jobs = 1;
};

// segment + normalize: paragraphs, sentences and tokens with folded forms,
// interned in `lexicon`. Documents compared together share one lexicon.
void prepare(Document& doc, const std::shared_ptr<Lexicon>& lexicon);

// A document on its own (the facts command): a lexicon of its own.
void prepare(Document& doc);

// Runs every stage on the documents. Deterministic: the same documents give
// the same result, in any order (columns follow the given order).
Comparison compare(std::vector<Document> docs, const EngineOptions& opt = {});

}  // namespace parallax
