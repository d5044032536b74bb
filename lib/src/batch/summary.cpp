// batch: a set's summary, the unit the index is built from. It is written as
// OUTDIR/<set>/summary.json and read back by batch-index, so the index of a
// run and the index rebuilt from disk are the same bytes.
#include <nlohmann/json.hpp>

#include "parallax/batch.hpp"
#include "parallax/error.hpp"
#include "summary_json.hpp"

namespace parallax::batch {

using json = nlohmann::ordered_json;

const char* to_string(SetStatus s) {
    switch (s) {
        case SetStatus::agree: return "agree";
        case SetStatus::differ: return "differ";
        case SetStatus::incomplete: return "incomplete";
        case SetStatus::error: return "error";
    }
    return "error";
}

namespace detail {

std::string link_of(const SetSummary& s) {
    if (s.reports.empty()) return "";
    std::string file = s.reports.front();
    for (const auto& r : s.reports)
        if (r == "report.html") file = r;
    return s.id + "/" + file;
}

json to_json(const SetSummary& s) {
    json j;
    j["id"] = s.id;
    j["status"] = to_string(s.status);
    j["renderings"] = s.renderings;
    j["files"] = s.files;
    j["counts"] = json{{"high", s.high}, {"medium", s.medium}, {"low", s.low}};
    j["unrelated"] = s.unrelated;
    if (s.worst_severity.empty()) j["worst"] = nullptr;
    else j["worst"] = json{{"severity", s.worst_severity}, {"kind", s.worst_kind}, {"message", s.worst_message}};
    j["reports"] = s.reports;
    std::string link = link_of(s);
    if (link.empty()) j["link"] = nullptr;
    else j["link"] = link;
    if (s.status == SetStatus::error) j["error"] = s.error;
    return j;
}

}  // namespace detail

std::string summary_to_json(const SetSummary& s) {
    // Invalid UTF-8 in a message or path is replaced, never a throw.
    return detail::to_json(s).dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

// A count in a summary someone may have corrupted: only a JSON integer in
// range is one. get<size_t>() would cast a float (1e300: undefined behaviour)
// or wrap a negative (-1 findings read as 18446744073709551615).
std::size_t count_at(const json& j, const char* key, const std::string& where) {
    const json& v = j.at(key);
    if (!v.is_number_unsigned())
        throw Error(where, std::string("not a set summary: \"") + key + "\" is not a non-negative integer");
    return v.get<std::size_t>();
}

}  // namespace

SetSummary summary_from_json(std::string_view text, const std::string& where) {
    try {
        json j = json::parse(text);
        SetSummary s;
        s.id = j.at("id").get<std::string>();
        check_set_id(s.id, where);
        std::string status = j.at("status").get<std::string>();
        if (status == "agree") s.status = SetStatus::agree;
        else if (status == "differ") s.status = SetStatus::differ;
        else if (status == "incomplete") s.status = SetStatus::incomplete;
        else if (status == "error") s.status = SetStatus::error;
        else throw Error(where, "unknown status '" + status + "'");
        s.renderings = j.at("renderings").get<std::vector<std::string>>();
        s.files = j.at("files").get<std::vector<std::string>>();
        const json& counts = j.at("counts");
        s.high = count_at(counts, "high", where);
        s.medium = count_at(counts, "medium", where);
        s.low = count_at(counts, "low", where);
        s.unrelated = count_at(j, "unrelated", where);
        const json& worst = j.at("worst");
        if (!worst.is_null()) {
            s.worst_severity = worst.at("severity").get<std::string>();
            // only a severity the engine writes: anything else would be
            // written back as no worst finding at all
            if (s.worst_severity != "high" && s.worst_severity != "medium" && s.worst_severity != "low")
                throw Error(where, "not a set summary: \"worst\" has no severity high, medium or low");
            s.worst_kind = worst.at("kind").get<std::string>();
            s.worst_message = worst.at("message").get<std::string>();
        }
        s.reports = j.at("reports").get<std::vector<std::string>>();
        if (s.status == SetStatus::error) s.error = j.at("error").get<std::string>();
        return s;
    } catch (const json::exception& e) {
        throw Error(where, std::string("not a set summary: ") + e.what());
    }
}

SetStatus overall(const std::vector<SetStatus>& statuses) {
    // Ranked by what the caller must hear first.
    auto rank = [](SetStatus s) {
        switch (s) {
            case SetStatus::agree: return 0;
            case SetStatus::incomplete: return 1;
            case SetStatus::differ: return 2;
            case SetStatus::error: return 3;
        }
        return 3;
    };
    SetStatus worst = SetStatus::agree;
    for (SetStatus s : statuses)
        if (rank(s) > rank(worst)) worst = s;
    return worst;
}

SetStatus overall(const std::vector<SetSummary>& sets) {
    std::vector<SetStatus> statuses;
    for (const auto& s : sets) statuses.push_back(s.status);
    return overall(statuses);
}

}  // namespace parallax::batch
