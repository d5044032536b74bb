// Small documents made from text, segmented and normalized, for stage tests.
#pragma once

#include <string>
#include <vector>

#include "parallax/normalize.hpp"
#include "parallax/segment.hpp"

inline parallax::Document make_doc(std::string name, std::string text) {
    parallax::Document d;
    d.name = name;
    d.path = name + ".txt";
    d.text = std::move(text);
    parallax::segment(d);
    parallax::normalize(d);
    return d;
}
