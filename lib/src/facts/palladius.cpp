// The Palladius syllable table, Cyrillic → toneless pinyin, lower case.
// Data: the standard Palladius–pinyin correspondence ("Транскрипционная
// система Палладия", ru.wikipedia.org; the same table as listed at
// orthodox.cn/localchurch/pinyin-pallad_en.htm), one row per pinyin syllable
// of wade_giles.cpp's list. ü is "u" as the Han characters' Latin-ASCII
// pinyin writes it (люй "lu"). Variants the Russian press also prints: е
// for э after г, к, х, ж, ш, ч, чж (ке "ke": no pinyin syllable is written
// so otherwise), юе for юэ (цзюе "jue"), хуэй for хуй.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "palladius.hpp"

namespace parallax::facts_detail {

namespace {

// Sorted by bytes, for binary search.
constexpr std::pair<std::string_view, std::string_view> syllables[] = {
    {"а", "a"}, {"ай", "ai"}, {"ан", "ang"}, {"ань", "an"}, {"ао", "ao"}, {"ба", "ba"}, {"бай", "bai"},
    {"бан", "bang"}, {"бань", "ban"}, {"бао", "bao"}, {"бе", "bie"}, {"би", "bi"}, {"бин", "bing"}, {"бинь", "bin"},
    {"бо", "bo"}, {"бу", "bu"}, {"бэй", "bei"}, {"бэн", "beng"}, {"бэнь", "ben"}, {"бянь", "bian"}, {"бяо", "biao"},
    {"ва", "wa"}, {"вай", "wai"}, {"ван", "wang"}, {"вань", "wan"}, {"во", "wo"}, {"вэй", "wei"}, {"вэн", "weng"},
    {"вэнь", "wen"}, {"га", "ga"}, {"гай", "gai"}, {"ган", "gang"}, {"гань", "gan"}, {"гао", "gao"}, {"ге", "ge"},
    {"гей", "gei"}, {"ген", "geng"}, {"гень", "gen"}, {"го", "guo"}, {"гоу", "gou"}, {"гу", "gu"}, {"гуа", "gua"},
    {"гуай", "guai"}, {"гуан", "guang"}, {"гуань", "guan"}, {"гуй", "gui"}, {"гун", "gong"}, {"гунь", "gun"},
    {"гэ", "ge"}, {"гэй", "gei"}, {"гэн", "geng"}, {"гэнь", "gen"}, {"да", "da"}, {"дай", "dai"}, {"дан", "dang"},
    {"дань", "dan"}, {"дао", "dao"}, {"де", "die"}, {"ди", "di"}, {"дин", "ding"}, {"до", "duo"}, {"доу", "dou"},
    {"ду", "du"}, {"дуань", "duan"}, {"дуй", "dui"}, {"дун", "dong"}, {"дунь", "dun"}, {"дэ", "de"}, {"дэй", "dei"},
    {"дэн", "deng"}, {"дэнь", "den"}, {"дю", "diu"}, {"дян", "diang"}, {"дянь", "dian"}, {"дяо", "diao"}, {"е", "ye"},
    {"жан", "rang"}, {"жань", "ran"}, {"жао", "rao"}, {"же", "re"}, {"жен", "reng"}, {"жень", "ren"}, {"жи", "ri"},
    {"жо", "ruo"}, {"жоу", "rou"}, {"жу", "ru"}, {"жуань", "ruan"}, {"жуй", "rui"}, {"жун", "rong"}, {"жунь", "run"},
    {"жэ", "re"}, {"жэн", "reng"}, {"жэнь", "ren"}, {"и", "yi"}, {"ин", "ying"}, {"инь", "yin"}, {"ка", "ka"},
    {"кай", "kai"}, {"кан", "kang"}, {"кань", "kan"}, {"као", "kao"}, {"ке", "ke"}, {"кен", "keng"}, {"кень", "ken"},
    {"ко", "kuo"}, {"коу", "kou"}, {"ку", "ku"}, {"куа", "kua"}, {"куай", "kuai"}, {"куан", "kuang"},
    {"куань", "kuan"}, {"куй", "kui"}, {"кун", "kong"}, {"кунь", "kun"}, {"кэ", "ke"}, {"кэн", "keng"},
    {"кэнь", "ken"}, {"ла", "la"}, {"лай", "lai"}, {"лан", "lang"}, {"лань", "lan"}, {"лао", "lao"}, {"ле", "lie"},
    {"ли", "li"}, {"лин", "ling"}, {"линь", "lin"}, {"ло", "luo"}, {"лоу", "lou"}, {"лу", "lu"}, {"луань", "luan"},
    {"лун", "long"}, {"лунь", "lun"}, {"лэ", "le"}, {"лэй", "lei"}, {"лэн", "leng"}, {"лю", "liu"}, {"люань", "luan"},
    {"люе", "lue"}, {"люй", "lu"}, {"люнь", "lun"}, {"люэ", "lue"}, {"ля", "lia"}, {"лян", "liang"}, {"лянь", "lian"},
    {"ляо", "liao"}, {"ма", "ma"}, {"май", "mai"}, {"ман", "mang"}, {"мань", "man"}, {"мао", "mao"}, {"ме", "mie"},
    {"ми", "mi"}, {"мин", "ming"}, {"минь", "min"}, {"мо", "mo"}, {"моу", "mou"}, {"му", "mu"}, {"мэ", "me"},
    {"мэй", "mei"}, {"мэн", "meng"}, {"мэнь", "men"}, {"мю", "miu"}, {"мянь", "mian"}, {"мяо", "miao"}, {"на", "na"},
    {"най", "nai"}, {"нан", "nang"}, {"нань", "nan"}, {"нао", "nao"}, {"не", "nie"}, {"ни", "ni"}, {"нин", "ning"},
    {"нинь", "nin"}, {"но", "nuo"}, {"ноу", "nou"}, {"ну", "nu"}, {"нуань", "nuan"}, {"нун", "nong"}, {"нунь", "nun"},
    {"нэ", "ne"}, {"нэй", "nei"}, {"нэн", "neng"}, {"нэнь", "nen"}, {"ню", "niu"}, {"нюе", "nue"}, {"нюй", "nu"},
    {"нюэ", "nue"}, {"ня", "nia"}, {"нян", "niang"}, {"нянь", "nian"}, {"няо", "niao"}, {"о", "o"}, {"оу", "ou"},
    {"па", "pa"}, {"пай", "pai"}, {"пан", "pang"}, {"пань", "pan"}, {"пао", "pao"}, {"пе", "pie"}, {"пи", "pi"},
    {"пин", "ping"}, {"пинь", "pin"}, {"по", "po"}, {"поу", "pou"}, {"пу", "pu"}, {"пэй", "pei"}, {"пэн", "peng"},
    {"пэнь", "pen"}, {"пянь", "pian"}, {"пяо", "piao"}, {"са", "sa"}, {"сай", "sai"}, {"сан", "sang"},
    {"сань", "san"}, {"сао", "sao"}, {"се", "xie"}, {"си", "xi"}, {"син", "xing"}, {"синь", "xin"}, {"со", "suo"},
    {"соу", "sou"}, {"су", "su"}, {"суань", "suan"}, {"суй", "sui"}, {"сун", "song"}, {"сунь", "sun"}, {"сы", "si"},
    {"сэ", "se"}, {"сэй", "sei"}, {"сэн", "seng"}, {"сэнь", "sen"}, {"сю", "xiu"}, {"сюань", "xuan"}, {"сюе", "xue"},
    {"сюй", "xu"}, {"сюн", "xiong"}, {"сюнь", "xun"}, {"сюэ", "xue"}, {"ся", "xia"}, {"сян", "xiang"},
    {"сянь", "xian"}, {"сяо", "xiao"}, {"та", "ta"}, {"тай", "tai"}, {"тан", "tang"}, {"тань", "tan"}, {"тао", "tao"},
    {"те", "tie"}, {"ти", "ti"}, {"тин", "ting"}, {"то", "tuo"}, {"тоу", "tou"}, {"ту", "tu"}, {"туань", "tuan"},
    {"туй", "tui"}, {"тун", "tong"}, {"тунь", "tun"}, {"тэ", "te"}, {"тэн", "teng"}, {"тянь", "tian"},
    {"тяо", "tiao"}, {"у", "wu"}, {"фа", "fa"}, {"фан", "fang"}, {"фань", "fan"}, {"фо", "fo"}, {"фоу", "fou"},
    {"фу", "fu"}, {"фэй", "fei"}, {"фэн", "feng"}, {"фэнь", "fen"}, {"ха", "ha"}, {"хай", "hai"}, {"хан", "hang"},
    {"хань", "han"}, {"хао", "hao"}, {"хе", "he"}, {"хей", "hei"}, {"хен", "heng"}, {"хень", "hen"}, {"хо", "huo"},
    {"хоу", "hou"}, {"ху", "hu"}, {"хуа", "hua"}, {"хуай", "huai"}, {"хуан", "huang"}, {"хуань", "huan"},
    {"хуй", "hui"}, {"хун", "hong"}, {"хунь", "hun"}, {"хуэй", "hui"}, {"хэ", "he"}, {"хэй", "hei"}, {"хэн", "heng"},
    {"хэнь", "hen"}, {"ца", "ca"}, {"цай", "cai"}, {"цан", "cang"}, {"цань", "can"}, {"цао", "cao"}, {"це", "qie"},
    {"цза", "za"}, {"цзай", "zai"}, {"цзан", "zang"}, {"цзань", "zan"}, {"цзао", "zao"}, {"цзе", "jie"},
    {"цзи", "ji"}, {"цзин", "jing"}, {"цзинь", "jin"}, {"цзо", "zuo"}, {"цзоу", "zou"}, {"цзу", "zu"},
    {"цзуань", "zuan"}, {"цзуй", "zui"}, {"цзун", "zong"}, {"цзунь", "zun"}, {"цзы", "zi"}, {"цзэ", "ze"},
    {"цзэй", "zei"}, {"цзэн", "zeng"}, {"цзэнь", "zen"}, {"цзю", "jiu"}, {"цзюань", "juan"}, {"цзюе", "jue"},
    {"цзюй", "ju"}, {"цзюн", "jiong"}, {"цзюнь", "jun"}, {"цзюэ", "jue"}, {"цзя", "jia"}, {"цзян", "jiang"},
    {"цзянь", "jian"}, {"цзяо", "jiao"}, {"ци", "qi"}, {"цин", "qing"}, {"цинь", "qin"}, {"цо", "cuo"},
    {"цоу", "cou"}, {"цу", "cu"}, {"цуань", "cuan"}, {"цуй", "cui"}, {"цун", "cong"}, {"цунь", "cun"}, {"цы", "ci"},
    {"цэ", "ce"}, {"цэн", "ceng"}, {"цэнь", "cen"}, {"цю", "qiu"}, {"цюань", "quan"}, {"цюе", "que"}, {"цюй", "qu"},
    {"цюн", "qiong"}, {"цюнь", "qun"}, {"цюэ", "que"}, {"ця", "qia"}, {"цян", "qiang"}, {"цянь", "qian"},
    {"цяо", "qiao"}, {"ча", "cha"}, {"чай", "chai"}, {"чан", "chang"}, {"чань", "chan"}, {"чао", "chao"},
    {"че", "che"}, {"чен", "cheng"}, {"чень", "chen"}, {"чжа", "zha"}, {"чжай", "zhai"}, {"чжан", "zhang"},
    {"чжань", "zhan"}, {"чжао", "zhao"}, {"чже", "zhe"}, {"чжей", "zhei"}, {"чжен", "zheng"}, {"чжень", "zhen"},
    {"чжи", "zhi"}, {"чжо", "zhuo"}, {"чжоу", "zhou"}, {"чжу", "zhu"}, {"чжуа", "zhua"}, {"чжуай", "zhuai"},
    {"чжуан", "zhuang"}, {"чжуань", "zhuan"}, {"чжуй", "zhui"}, {"чжун", "zhong"}, {"чжунь", "zhun"}, {"чжэ", "zhe"},
    {"чжэй", "zhei"}, {"чжэн", "zheng"}, {"чжэнь", "zhen"}, {"чи", "chi"}, {"чо", "chuo"}, {"чоу", "chou"},
    {"чу", "chu"}, {"чуа", "chua"}, {"чуай", "chuai"}, {"чуан", "chuang"}, {"чуань", "chuan"}, {"чуй", "chui"},
    {"чун", "chong"}, {"чунь", "chun"}, {"чэ", "che"}, {"чэн", "cheng"}, {"чэнь", "chen"}, {"ша", "sha"},
    {"шай", "shai"}, {"шан", "shang"}, {"шань", "shan"}, {"шао", "shao"}, {"ше", "she"}, {"шей", "shei"},
    {"шен", "sheng"}, {"шень", "shen"}, {"ши", "shi"}, {"шо", "shuo"}, {"шоу", "shou"}, {"шу", "shu"},
    {"шуа", "shua"}, {"шуай", "shuai"}, {"шуан", "shuang"}, {"шуань", "shuan"}, {"шуй", "shui"}, {"шун", "shong"},
    {"шунь", "shun"}, {"шэ", "she"}, {"шэй", "shei"}, {"шэн", "sheng"}, {"шэнь", "shen"}, {"э", "e"}, {"эй", "ei"},
    {"эн", "eng"}, {"энь", "en"}, {"эр", "er"}, {"ю", "you"}, {"юань", "yuan"}, {"юе", "yue"}, {"юй", "yu"},
    {"юн", "yong"}, {"юнь", "yun"}, {"юэ", "yue"}, {"я", "ya"}, {"ян", "yang"}, {"янь", "yan"}, {"яо", "yao"},
};

constexpr std::size_t max_syllable_bytes = 12;  // "чжуань": six Cyrillic letters

std::string_view pinyin_of(std::string_view cyrillic) {
    auto it = std::lower_bound(std::begin(syllables), std::end(syllables), cyrillic,
                               [](const auto& row, std::string_view key) { return row.first < key; });
    return it != std::end(syllables) && it->first == cyrillic ? it->second : std::string_view{};
}

// ё as е; a hard sign or apostrophe stays, as a syllable boundary.
std::string plain(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.compare(i, 2, "ё") == 0) {
            out += "е";
            ++i;
            continue;
        }
        out += word[i];
    }
    return out;
}

bool boundary_at(std::string_view w, std::size_t pos) {
    return w.compare(pos, 2, "ъ") == 0 || w.compare(pos, 1, "'") == 0 || w.compare(pos, 3, "’") == 0;
}

std::size_t boundary_size(std::string_view w, std::size_t pos) {
    if (w.compare(pos, 2, "ъ") == 0) return 2;
    if (w.compare(pos, 1, "'") == 0) return 1;
    return 3;
}

// Depth-first, longest syllable first: the first complete split wins.
bool split(std::string_view w, std::size_t pos, std::vector<std::string_view>& out) {
    if (pos == w.size()) return !out.empty();
    if (!out.empty() && boundary_at(w, pos)) return split(w, pos + boundary_size(w, pos), out);
    for (std::size_t n = std::min(max_syllable_bytes, w.size() - pos); n >= 2; n -= 2) {
        std::string_view p = pinyin_of(w.substr(pos, n));
        if (p.empty()) continue;
        out.push_back(p);
        if (split(w, pos + n, out)) return true;
        out.pop_back();
    }
    return false;
}

}  // namespace

std::vector<std::string_view> palladius_syllables(std::string_view word) {
    std::string w = plain(word);
    std::vector<std::string_view> out;
    if (!split(w, 0, out)) out.clear();
    return out;
}

std::string palladius_pinyin(std::string_view word) {
    std::string out;
    for (std::string_view s : palladius_syllables(word)) out += s;
    return out;
}

}  // namespace parallax::facts_detail
