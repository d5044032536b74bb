// align: paragraph alignment between renderings, then one table for all.
#pragma once

#include <vector>

#include "parallax/locate.hpp"
#include "parallax/model.hpp"

namespace parallax {

// One link of a pairwise alignment: paragraphs of the base and of the other
// rendering that render each other (1:1, 2:1, 1:2, ...), or one side alone.
struct Bead {
    std::vector<int> base;
    std::vector<int> other;
    double sim = 0;
};

struct AlignOptions {
    double link_threshold = 0.12;  // a link must be at least this similar
    double merge_cost = 0.03;      // a 2:1 or 1:2 link must earn its keep
    int max_merge = 3;             // most paragraphs on one side of a link
    std::size_t full_cells = 40'000;  // above this, dynamic programming runs in a band
    int band = 16;                 // half-width of that band, in paragraphs
    int edge_reach = 40;           // paragraphs past a rendering's linked edge that may still be article
    double edge_share = 0.3;       // ...when another rendering's edge paragraph is this similar
    double edge_gain = 0.05;       // a paragraph next to a rendering's edge link joins it when the link grows this much closer
    double insertion_join = 0.25;  // paragraphs the base lacks share a row when this similar
    // Across languages: what a link of paragraphs of matching length earns
    // on top of its anchors' similarity (0: same language, length alone
    // proves nothing there).
    double length_weight = 0;
    double across_length_weight = 0.4;
    // ...and paragraphs on one side of a link: one language may paragraph
    // more finely than the other (a 1:5 link is common across languages)
    int across_max_merge = 6;
};

// Across languages most paragraphs share no anchor: between anchored
// links, paragraphs of matching length render each other (Gale and Church,
// 1993). `weight` when one is at least 0.9 times the other's length, down
// to 0 at half of it.
double length_bonus(const Profile& a, const Profile& b, double weight);

// Dynamic programming over paragraphs base[bf..bl] x other[of..ol]: the
// sequence of beads with the largest total (similarity - threshold).
// `anchors` (a chain from locate) steer the band on large inputs. The
// table's 1:1 similarities are computed on `jobs` threads; the result is the
// same for any number.
std::vector<Bead> align_pair(const std::vector<Profile>& base, int bf, int bl,
                             const std::vector<Profile>& other, int of, int ol,
                             const std::vector<Link>& anchors, const AlignOptions& opt = {}, unsigned jobs = 1);

// The sentences of a cell (its paragraphs in order), in reading order.
std::vector<const Sentence*> cell_sentences(const Document& doc, const std::vector<int>& paragraphs);

// Content-word similarity of two runs of sentences in [0, 1]: weighted Dice
// over stems, numbers and capitalised words counting double, damped when
// lengths differ.
double sentence_similarity(const Document& a, const std::vector<const Sentence*>& sa, const Document& b,
                           const std::vector<const Sentence*>& sb);

// Dynamic programming over the two cells' sentences, in order: the links
// 1:1, 1:2, 2:1, 1:0, 0:1 with the largest total (similarity - 0.1, and a
// 2:1 or 1:2 link 0.05 more). Past 250,000 sentence pairs (no paragraph is
// that long) every sentence is left one-sided.
std::vector<SentenceLink> align_sentences(const Document& a, const std::vector<const Sentence*>& sa, const Document& b,
                                          const std::vector<const Sentence*>& sb);

struct Alignment {
    std::vector<Row> rows;
    std::vector<std::vector<Bead>> beads;  // per rendering, against the base
    std::vector<double> coverage;          // per rendering: share of the base's article paragraphs it renders
};

// Aligns every related rendering to the base and folds the pairs into one
// table: a row per group of base paragraphs, plus rows for paragraphs only
// other renderings have. Edge paragraphs no link reaches leave the article.
Alignment align(std::vector<Document>& docs, const Profiles& profiles, const Location& loc,
                const AlignOptions& opt = {}, unsigned jobs = 1);

}  // namespace parallax
