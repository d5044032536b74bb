// batch internals: a summary as a JSON value, for the index and the stream.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "parallax/batch.hpp"

namespace parallax::batch::detail {

nlohmann::ordered_json to_json(const SetSummary& s);

// OUTDIR-relative path of the report the index links to: the HTML report if
// there is one, else the first; "" for a set without reports.
std::string link_of(const SetSummary& s);

}  // namespace parallax::batch::detail
