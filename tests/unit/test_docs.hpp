// Small documents made from text, segmented and normalized, for stage tests.
#pragma once

#include <string>
#include <vector>

#include "parallax/error.hpp"
#include "parallax/normalize.hpp"
#include "parallax/read.hpp"
#include "parallax/segment.hpp"

// A document as read, before any stage: for tests that run the whole engine.
inline parallax::Document read_doc(std::string name, std::string text) {
    parallax::Document d;
    d.name = name;
    d.path = name + ".txt";
    d.text = std::move(text);
    return d;
}

inline parallax::Document make_doc(std::string name, std::string text) {
    parallax::Document d;
    d.name = name;
    d.path = name + ".txt";
    d.text = std::move(text);
    parallax::segment(d);
    parallax::normalize(d);
    return d;
}

// A discrepancy as a renderer receives it: fields plus its composed message.
inline parallax::Discrepancy make_finding(parallax::Kind k, parallax::Severity sev, std::vector<parallax::SpanRef> spans,
                                          std::string message) {
    parallax::Discrepancy d;
    d.kind = k;
    d.severity = sev;
    d.spans = std::move(spans);
    d.message = std::move(message);
    return d;
}

// The discrepancies of one finding, in report order.
inline std::vector<const parallax::Discrepancy*> with(const parallax::Comparison& c, parallax::Finding f) {
    std::vector<const parallax::Discrepancy*> out;
    for (const auto& d : c.discrepancies)
        if (d.finding == f) out.push_back(&d);
    return out;
}

// The message read_bytes refuses `bytes` with, or "" when it reads them.
inline std::string message_of(const std::string& path, std::string bytes) {
    try {
        parallax::read_bytes(path, std::move(bytes));
    } catch (const parallax::Error& e) {
        return e.what();
    }
    return "";
}
