// Place names with more than one spelling in use: a table of facts, each
// row {a name folded by place_key, the place it names folded the same way}.
// Sorted by name (checked at compile time), one row per name.
#include "postal_names.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

#include "plain_letters.hpp"

namespace parallax::facts_detail {

namespace {

using Row = std::pair<std::string_view, std::string_view>;

// Chinese postal romanization (the Imperial Post Office's system of 1906,
// with the conventional names it kept: Peking, Canton, Amoy) against pinyin:
// provinces, major cities and historic names. Source: Wikipedia, "Chinese
// postal romanization" (its lists of provinces and cities), read in the
// mirrors https://en-academic.com/dic.nsf/enwiki/179341 and
// https://howlingpixel.com/i-en/Chinese_postal_romanization; Aihun / Aigun
// and Beiping / Peiping as http://chinaforeignrelations.net/romanization_table
// gives them. Each pinyin name also names itself.
constexpr Row postal_names[] = {
    {"aigun", "aihui"}, {"aihui", "aihui"}, {"aihun", "aihui"}, {"amoy", "xiamen"}, {"anhui", "anhui"},
    {"anhwei", "anhui"}, {"baoding", "baoding"}, {"baotou", "baotou"}, {"beijing", "beijing"},
    {"beiping", "beiping"}, {"canton", "guangzhou"}, {"chaochow", "chaozhou"}, {"chaozhou", "chaozhou"},
    {"chefoo", "yantai"}, {"chekiang", "zhejiang"}, {"chengdu", "chengdu"}, {"chengtu", "chengdu"},
    {"chinghai", "qinghai"}, {"chinkiang", "zhenjiang"}, {"chinwangtao", "qinhuangdao"}, {"chongqing", "chongqing"},
    {"chungking", "chongqing"}, {"datong", "datong"}, {"dihua", "dihua"}, {"fengtian", "fengtian"},
    {"fengtien", "fengtian"}, {"foochow", "fuzhou"}, {"fujian", "fujian"}, {"fukien", "fujian"},
    {"fuzhou", "fuzhou"}, {"gansu", "gansu"}, {"gaoxiong", "gaoxiong"}, {"guangdong", "guangdong"},
    {"guangxi", "guangxi"}, {"guangzhou", "guangzhou"}, {"guilin", "guilin"}, {"guiyang", "guiyang"},
    {"guizhou", "guizhou"}, {"haikou", "haikou"}, {"hangchow", "hangzhou"}, {"hangzhou", "hangzhou"},
    {"hankou", "hankou"}, {"hankow", "hankou"}, {"hebei", "hebei"}, {"heilongjiang", "heilongjiang"},
    {"heilungkiang", "heilongjiang"}, {"henan", "henan"}, {"hoihow", "haikou"}, {"honan", "henan"},
    {"hopeh", "hebei"}, {"hopei", "hebei"}, {"hsuchow", "xuzhou"}, {"hubei", "hubei"}, {"hupeh", "hubei"},
    {"hupei", "hubei"}, {"ichang", "yichang"}, {"jehol", "rehe"}, {"jiangsu", "jiangsu"}, {"jiangxi", "jiangxi"},
    {"jiaozhou", "jiaozhou"}, {"jilin", "jilin"}, {"jinan", "jinan"}, {"jiujiang", "jiujiang"}, {"kansu", "gansu"},
    {"kaohsiung", "gaoxiong"}, {"kiangsi", "jiangxi"}, {"kiangsu", "jiangsu"}, {"kiaochow", "jiaozhou"},
    {"kirin", "jilin"}, {"kiukiang", "jiujiang"}, {"kwangchow", "guangzhou"}, {"kwangsi", "guangxi"},
    {"kwangtung", "guangdong"}, {"kweichow", "guizhou"}, {"kweilin", "guilin"}, {"kweiyang", "guiyang"},
    {"lanchow", "lanzhou"}, {"lanzhou", "lanzhou"}, {"loyang", "luoyang"}, {"luoyang", "luoyang"},
    {"nanjing", "nanjing"}, {"nanking", "nanjing"}, {"newchwang", "niuzhuang"}, {"ningbo", "ningbo"},
    {"ningpo", "ningbo"}, {"ningsia", "ningxia"}, {"ningxia", "ningxia"}, {"niuzhuang", "niuzhuang"},
    {"paoting", "baoding"}, {"paotow", "baotou"}, {"peiping", "beiping"}, {"peking", "beijing"},
    {"qingdao", "qingdao"}, {"qinghai", "qinghai"}, {"qinhuangdao", "qinhuangdao"}, {"qiqihar", "qiqihar"},
    {"rehe", "rehe"}, {"shaanxi", "shaanxi"}, {"shandong", "shandong"}, {"shanhaiguan", "shanhaiguan"},
    {"shanhaikwan", "shanhaiguan"}, {"shansi", "shanxi"}, {"shantou", "shantou"}, {"shantung", "shandong"},
    {"shanxi", "shanxi"}, {"shaoguan", "shaoguan"}, {"shensi", "shaanxi"}, {"shenzhen", "shenzhen"},
    {"shiukwan", "shaoguan"}, {"shumchun", "shenzhen"}, {"sian", "xian"}, {"sichuan", "sichuan"},
    {"sikang", "xikang"}, {"sining", "xining"}, {"sinkiang", "xinjiang"}, {"soochow", "suzhou"},
    {"suzhou", "suzhou"}, {"swatow", "shantou"}, {"szechuan", "sichuan"}, {"szechwan", "sichuan"},
    {"tatung", "datong"}, {"tianjin", "tianjin"}, {"tientsin", "tianjin"}, {"tihwa", "dihua"}, {"tsinan", "jinan"},
    {"tsinghai", "qinghai"}, {"tsingtao", "qingdao"}, {"tsitsihar", "qiqihar"}, {"wenchow", "wenzhou"},
    {"wenzhou", "wenzhou"}, {"wuchow", "wuzhou"}, {"wusih", "wuxi"}, {"wuxi", "wuxi"}, {"wuzhou", "wuzhou"},
    {"xiamen", "xiamen"}, {"xian", "xian"}, {"xikang", "xikang"}, {"xining", "xining"}, {"xinjiang", "xinjiang"},
    {"xuzhou", "xuzhou"}, {"yanan", "yanan"}, {"yangchow", "yangzhou"}, {"yangzhou", "yangzhou"},
    {"yantai", "yantai"}, {"yenan", "yanan"}, {"yichang", "yichang"}, {"yingkou", "yingkou"}, {"yingkow", "yingkou"},
    {"zhejiang", "zhejiang"}, {"zhenjiang", "zhenjiang"},
};

constexpr bool sorted_unique(const Row* first, const Row* last) {
    for (const Row* r = first; r + 1 < last; ++r)
        if (!(r->first < (r + 1)->first)) return false;
    return true;
}
static_assert(sorted_unique(std::begin(postal_names), std::end(postal_names)));

std::string_view lookup(const Row* first, const Row* last, std::string_view key) {
    const Row* r = std::lower_bound(first, last, key, [](const Row& row, std::string_view k) { return row.first < k; });
    return r != last && r->first == key ? r->second : std::string_view{};
}

}  // namespace

std::string place_key(std::string_view name) {
    std::string out;
    for (char ch : plain_letters(name))
        if (ch >= 'a' && ch <= 'z') out += ch;
        else if (ch >= 'A' && ch <= 'Z') out += static_cast<char>(ch - 'A' + 'a');
    return out;
}

std::string_view place_named(std::string_view name) {
    std::string key = place_key(name);
    if (key.empty()) return {};
    return lookup(std::begin(postal_names), std::end(postal_names), key);
}

PlaceForm place_form(std::string_view name) { return {place_key(name), place_named(name)}; }

PlaceMatch compare_places(const PlaceForm& a, const PlaceForm& b) {
    // the same letters, spaced or hyphenated otherwise: no other name at all
    if (a.key == b.key) return PlaceMatch::unknown;
    if (a.named.empty() || b.named.empty()) return PlaceMatch::unknown;
    return a.named == b.named ? PlaceMatch::same : PlaceMatch::different;
}

PlaceMatch compare_places(std::string_view a, std::string_view b) { return compare_places(place_form(a), place_form(b)); }

}  // namespace parallax::facts_detail
