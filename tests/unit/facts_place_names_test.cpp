// Place names with more than one spelling in use (lib/src/facts/postal_names.cpp):
// Chinese postal romanization against pinyin. One place under two names is a
// variant; a place of the table against another place is another name; only
// whole names count. Sources (facts only, as in postal_names.cpp): Wikipedia,
// "Chinese postal romanization" (mirror https://en-academic.com/dic.nsf/enwiki/179341),
// http://chinaforeignrelations.net/romanization_table (Aihun / Aigun, Beiping /
// Peiping).
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "facts/postal_names.hpp"
#include "parallax/facts.hpp"

using namespace parallax;
using facts_detail::compare_places;
using facts_detail::place_key;
using facts_detail::place_named;
using facts_detail::PlaceMatch;

namespace {

using Pair = std::pair<const char*, const char*>;

// every row of the postal table: {postal form, pinyin}
const std::vector<Pair> postal = {
    {"Anhwei", "Anhui"}, {"Chekiang", "Zhejiang"}, {"Fukien", "Fujian"}, {"Honan", "Henan"}, {"Hopeh", "Hebei"},
    {"Hopei", "Hebei"}, {"Hupeh", "Hubei"}, {"Hupei", "Hubei"}, {"Kansu", "Gansu"}, {"Kiangsi", "Jiangxi"},
    {"Kiangsu", "Jiangsu"}, {"Kwangsi", "Guangxi"}, {"Kwangtung", "Guangdong"}, {"Kweichow", "Guizhou"},
    {"Shansi", "Shanxi"}, {"Shensi", "Shaanxi"}, {"Shantung", "Shandong"}, {"Szechwan", "Sichuan"},
    {"Szechuan", "Sichuan"}, {"Sinkiang", "Xinjiang"}, {"Tsinghai", "Qinghai"}, {"Chinghai", "Qinghai"},
    {"Kirin", "Jilin"}, {"Heilungkiang", "Heilongjiang"}, {"Jehol", "Rehe"}, {"Ningsia", "Ningxia"},
    {"Sikang", "Xikang"}, {"Fengtien", "Fengtian"}, {"Peking", "Beijing"}, {"Peiping", "Beiping"},
    {"Nanking", "Nanjing"}, {"Tientsin", "Tianjin"}, {"Tsingtao", "Qingdao"}, {"Canton", "Guangzhou"},
    {"Kwangchow", "Guangzhou"}, {"Amoy", "Xiamen"}, {"Foochow", "Fuzhou"}, {"Swatow", "Shantou"},
    {"Chungking", "Chongqing"}, {"Chengtu", "Chengdu"}, {"Hankow", "Hankou"}, {"Hangchow", "Hangzhou"},
    {"Soochow", "Suzhou"}, {"Sian", "Xi'an"}, {"Lanchow", "Lanzhou"}, {"Kweiyang", "Guiyang"}, {"Kweilin", "Guilin"},
    {"Tsinan", "Jinan"}, {"Loyang", "Luoyang"}, {"Ningpo", "Ningbo"}, {"Wenchow", "Wenzhou"},
    {"Kiukiang", "Jiujiang"}, {"Ichang", "Yichang"}, {"Chinkiang", "Zhenjiang"}, {"Paoting", "Baoding"},
    {"Shanhaikwan", "Shanhaiguan"}, {"Aigun", "Aihui"}, {"Aihun", "Aihui"}, {"Shumchun", "Shenzhen"},
    {"Kiaochow", "Jiaozhou"}, {"Chinwangtao", "Qinhuangdao"}, {"Yenan", "Yan'an"}, {"Tatung", "Datong"},
    {"Paotow", "Baotou"}, {"Sining", "Xining"}, {"Yangchow", "Yangzhou"}, {"Hsuchow", "Xuzhou"}, {"Wusih", "Wuxi"},
    {"Hoihow", "Haikou"}, {"Wuchow", "Wuzhou"}, {"Chaochow", "Chaozhou"}, {"Shiukwan", "Shaoguan"},
    {"Tsitsihar", "Qiqihar"}, {"Yingkow", "Yingkou"}, {"Newchwang", "Niuzhuang"}, {"Tihwa", "Dihua"},
    {"Kaohsiung", "Gaoxiong"}, {"Chefoo", "Yantai"},
};

// a name of one place against another place of the tables
const std::vector<Pair> other_place = {
    {"Peking", "Nanjing"},   {"Nanking", "Beijing"},   {"Tientsin", "Qingdao"}, {"Shensi", "Shanxi"},
    {"Shansi", "Shaanxi"},   {"Kiangsu", "Jiangxi"},   {"Kiangsi", "Jiangsu"},  {"Hupeh", "Hebei"},
    {"Hopeh", "Hubei"},      {"Beijing", "Beiping"},   {"Canton", "Guangxi"},  {"Amoy", "Fuzhou"},
};

}  // namespace

TEST_CASE("places: postal romanization and pinyin of one place are variants", "[facts]") {
    const Pair p = GENERATE(from_range(postal));
    CAPTURE(p.first, p.second);
    CHECK(compare_places(p.first, p.second) == PlaceMatch::same);
    NameMatch m = relate_names(p.first, p.second);
    CHECK(std::string(to_string(m.relation)) == "variant");
    CHECK(relate_names(p.second, p.first).relation == NameRelation::variant);
}

TEST_CASE("places: another place of the tables is another name", "[facts]") {
    const Pair p = GENERATE(from_range(other_place));
    CAPTURE(p.first, p.second);
    CHECK(compare_places(p.first, p.second) == PlaceMatch::different);
    CHECK(relate_names(p.first, p.second).relation == NameRelation::different);
    CHECK(relate_names(p.second, p.first).relation == NameRelation::different);
}

TEST_CASE("places: whole names only, never a part of one", "[facts]") {
    CHECK(place_named("Peking").size() > 0);
    CHECK(place_named("Peking University").empty());
    CHECK(place_named("University of Peking").empty());
    CHECK(place_named("Pekingese").empty());
    CHECK(place_named("Oral exam").empty());
    CHECK(place_named("").empty());
    CHECK(place_named("北京").empty());       // nothing Latin: no key
    CHECK(place_named("Пекин").empty());  // Cyrillic is not in the table
    CHECK(place_named("- '").empty());
    CHECK(compare_places("Peking University", "Beijing University") == PlaceMatch::unknown);
    CHECK(compare_places("Peking", "Beijing University") == PlaceMatch::unknown);
    CHECK(compare_places("Peking", "Paris") == PlaceMatch::unknown);
    // "Peking University" is still that university's English name: against
    // "Beijing University" it is no table's variant and never the same name
    NameMatch m = relate_names("Peking University", "Beijing University");
    CHECK(m.relation != NameRelation::same);
    CHECK(m.relation != NameRelation::fuller_form);
    CHECK(relate_names("Peking", "Beijing University").relation != NameRelation::same);
}

TEST_CASE("places: folding ignores case, marks, spaces, hyphens, apostrophes", "[facts]") {
    CHECK(place_key("Nan-king") == "nanking");
    CHECK(place_key("Xi'an") == "xian");
    CHECK(place_key("Ch’ung-ch’ing") == "chungching");
    CHECK(place_key("Ürümqi") == "urumqi");
    CHECK(place_named("Xi'an") == place_named("Sian"));
    CHECK(place_named("Yan'an") == place_named("Yenan"));
}
