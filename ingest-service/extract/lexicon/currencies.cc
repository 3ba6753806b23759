#include "ingest-service/extract/lexicon/currencies.h"

#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr unsigned kB = kBefore;
constexpr unsigned kA = kAfter;
constexpr unsigned kBA = kBefore | kAfter;
constexpr MoneyKind kMaj = MoneyKind::kMajor;
constexpr MoneyKind kMin = MoneyKind::kMinor;
constexpr MoneyKind kCoin = MoneyKind::kCoin;

// surface, code, places, case-sensitive, kind, factor, acronym, letter,
// also_unit, trailing_sign.
constexpr CurrencyEntry kCurrencies[] = {
    // Symbols.
    {"$", "USD", kBA, false, kMaj, 1},
    {"US$", "USD", kBA, true, kMaj, 1},
    {"U.S.$", "USD", kBA, true, kMaj, 1},
    {"USD$", "USD", kBA, true, kMaj, 1},
    {"C$", "CAD", kBA, true, kMaj, 1},
    {"CA$", "CAD", kBA, true, kMaj, 1},
    {"CAN$", "CAD", kBA, true, kMaj, 1},
    {"CDN$", "CAD", kBA, true, kMaj, 1},
    {"NT$", "TWD", kBA, true, kMaj, 1},
    {"Can$", "CAD", kBA, true, kMaj, 1},
    {"A$", "AUD", kBA, true, kMaj, 1},
    {"AU$", "AUD", kBA, true, kMaj, 1},
    {"NZ$", "NZD", kBA, true, kMaj, 1},
    {"HK$", "HKD", kBA, true, kMaj, 1},
    {"S$", "SGD", kBA, true, kMaj, 1},
    {"R$", "BRL", kBA, true, kMaj, 1},
    {"MX$", "MXN", kBA, true, kMaj, 1},
    // Dollars of the Caribbean, Central America, the Pacific and Africa with
    // their country's letters glued before the sign ("J$2.3 billion", "TT$40m").
    {"J$", "JMD", kBA, true, kMaj, 1},
    {"JA$", "JMD", kBA, true, kMaj, 1},
    {"TT$", "TTD", kBA, true, kMaj, 1},
    {"EC$", "XCD", kBA, true, kMaj, 1},
    {"Bds$", "BBD", kBA, true, kMaj, 1},
    {"BDS$", "BBD", kBA, true, kMaj, 1},
    {"BD$", "BMD", kBA, true, kMaj, 1},
    {"BZ$", "BZD", kBA, true, kMaj, 1},
    {"BS$", "BSD", kBA, true, kMaj, 1},
    {"CI$", "KYD", kBA, true, kMaj, 1},
    {"G$", "GYD", kBA, true, kMaj, 1},
    {"GY$", "GYD", kBA, true, kMaj, 1},
    {"SR$", "SRD", kBA, true, kMaj, 1},
    {"RD$", "DOP", kBA, true, kMaj, 1},
    {"FJ$", "FJD", kBA, true, kMaj, 1},
    {"F$", "FJD", kBA, true, kMaj, 1},  // Fijian press: "F$2.5 million"
    {"SI$", "SBD", kBA, true, kMaj, 1},
    {"WS$", "WST", kBA, true, kMaj, 1},
    {"T$", "TOP", kBA, true, kMaj, 1},
    {"BN$", "BND", kBA, true, kMaj, 1},
    {"N$", "NAD", kBA, true, kMaj, 1},
    {"L$", "LRD", kBA, true, kMaj, 1},
    {"LD$", "LRD", kBA, true, kMaj, 1},
    {"Z$", "ZWL", kBA, true, kMaj, 1},
    {"MOP$", "MOP", kBA, true, kMaj, 1},
    {"\xC2\xA3", "GBP", kBA, false, kMaj, 1},      // £
    {"\xE2\x82\xAC", "EUR", kBA, false, kMaj, 1},  // €
    {"\xE2\x82\xAC"
     "ur",
     "EUR", kBA, false, kMaj, 1},                  // €ur
    {"\xC2\xA5", "JPY", kBA, false, kMaj, 1},      // ¥
    {"\xE2\x82\xB9", "INR", kBA, false, kMaj, 1},  // ₹
    {"\xE2\x82\xA9", "KRW", kBA, false, kMaj, 1},  // ₩
    {"\xE2\x82\xBD", "RUB", kBA, false, kMaj, 1},  // ₽
    {"\xE2\x82\xAA", "ILS", kBA, false, kMaj, 1},  // ₪
    {"\xE2\x82\xBA", "TRY", kBA, false, kMaj, 1},  // ₺
    {"\xE2\x82\xB4", "UAH", kBA, false, kMaj, 1},  // ₴
    {"\xE2\x82\xA6", "NGN", kBA, false, kMaj, 1},  // ₦
    {"\xE2\x82\xB1", "PHP", kBA, false, kMaj, 1},  // ₱
    {"\xE2\x82\xAB", "VND", kBA, false, kMaj, 1},  // ₫
    {"\xE2\x82\xA1", "CRC", kBA, false, kMaj, 1},  // ₡
    {"\xE2\x82\xAE", "MNT", kBA, false, kMaj, 1},  // ₮
    {"\xE2\x82\xAD", "LAK", kBA, false, kMaj, 1},  // ₭
    {"\xE2\x82\xB2", "PYG", kBA, false, kMaj, 1},  // ₲
    {"\xE2\x82\xB8", "KZT", kBA, false, kMaj, 1},  // ₸
    {"\xE2\x82\xBC", "AZN", kBA, false, kMaj, 1},  // ₼
    {"\xE2\x82\xBE", "GEL", kBA, false, kMaj, 1},  // ₾
    // The crowns as the Financial Times writes them before an amount
    // ("SKr4.1bn", "NKr250", "DKr1.2bn").
    {"SKr", "SEK", kB, true, kMaj, 1},
    {"NKr", "NOK", kB, true, kMaj, 1},
    {"DKr", "DKK", kB, true, kMaj, 1},
    {"N", "NGN", kB, true, kMaj, 1, false, true},  // Nigerian press
    {"R", "ZAR", kB, true, kMaj, 1, false, true},  // South African press
    // The loti of Lesotho and the lilangeni of Eswatini: country letters
    // (CurrencyEntry::country_letter).
    {"M", "LSL", kB, true, kMaj, 1, false, false, false, false, false, false,
     true},
    {"E", "SZL", kB, true, kMaj, 1, false, false, false, false, false, false,
     true},
    // The dalasi of the Gambia ("D500", "D1,800 a bag"): a country letter
    // too; the old leone of Sierra Leone ("Le 5,000"): a placed sign
    // (CurrencyEntry::placed_sign).
    {"D", "GMD", kB, true, kMaj, 1, false, false, false, false, false, false,
     true},
    {"Le", "SLE", kB, true, kMaj, 1, false, false, false, false, false, true},
    // The new leone of Sierra Leone ("NLe 2.4 million"), no other sign.
    {"NLe", "SLE", kB, true, kMaj, 1},
    // East and West African press prefixes ("KSh 48", "TSh 2,000", "GH₵ 5").
    {"KSh", "KES", kB, true, kMaj, 1},
    {"Ksh", "KES", kB, true, kMaj, 1},
    {"KShs", "KES", kB, true, kMaj, 1},
    {"Kshs", "KES", kB, true, kMaj, 1},
    {"TSh", "TZS", kB, true, kMaj, 1},
    {"Tsh", "TZS", kB, true, kMaj, 1},
    {"USh", "UGX", kB, true, kMaj, 1},
    // The shilling of Kenya, Tanzania, Uganda or Somalia ("Sh2.4 billion",
    // "Sh2,150 a kilogramme"): the country the text names decides, Kenya's
    // when it names none.
    {"Sh", "shilling", kB, true, kMaj, 1},
    // The kwacha of Zambia or Malawi, or the kina of Papua New Guinea ("K18
    // million"): a letter, so money only before an amount shaped like money;
    // the country the text names decides, Zambia's when it names none.
    {"K", "kwacha", kB, true, kMaj, 1, false, true},
    // The pula of Botswana or the peso of the Philippines ("P2.9 billion"): a
    // letter, so money only before an amount shaped like money; the country
    // the text names decides, the Philippines' when it names none.
    {"P", "P", kB, true, kMaj, 1, false, true},
    {"Shs", "UGX", kB, true, kMaj, 1},  // Ugandan press: "Shs45 billion"
    {"MK", "MWK", kB, true, kMaj, 1},   // Malawian press: "MK1,050", "MK210 billion"
    {"Tk", "BDT", kB, true, kMaj, 1},   // Bangladeshi press: "Tk 1,200 crore"
    {"TL", "TRY", kA, true, kMaj, 1, false, false, false, true},  // "60 TL"
    {"GH\xE2\x82\xB5", "GHS", kB, true, kMaj, 1},  // GH₵
    {"GH\xC2\xA2", "GHS", kB, true, kMaj, 1},      // GH¢
    {"Rp", "IDR", kB, true, kMaj, 1},
    {"Nu", "BTN", kB, true, kMaj, 1},   // Bhutanese press: "Nu 1,200"
    {"Nu.", "BTN", kB, true, kMaj, 1},  // "Nu. 4.8 billion"
    // The rupee of India, Pakistan, Sri Lanka or Nepal: the country the text
    // names decides (kFamilyCodes), India's when it names none.
    {"Rs", "rupee", kBA, true, kMaj, 1},
    {"Rs.", "rupee", kB, true, kMaj, 1},
    {"RM", "MYR", kBA, true, kMaj, 1},
    {"LE", "EGP", kA, true, kMaj, 1},
    {"L.E", "EGP", kA, true, kMaj, 1},
    {"l.e.", "EGP", kA, true, kMaj, 1},
    {"le", "EGP", kA, true, kMaj, 1},
    // ISO 4217 codes.
    {"USD", "USD", kBA, true, kMaj, 1},
    {"CAD", "CAD", kBA, true, kMaj, 1},
    {"CDN", "CAD", kBA, true, kMaj, 1},
    {"TWD", "TWD", kBA, true, kMaj, 1},
    {"EUR", "EUR", kBA, true, kMaj, 1},
    {"GBP", "GBP", kBA, true, kMaj, 1},
    {"JPY", "JPY", kBA, true, kMaj, 1},
    {"CNY", "CNY", kBA, true, kMaj, 1},
    {"RMB", "CNY", kBA, true, kMaj, 1},
    {"INR", "INR", kBA, true, kMaj, 1},
    {"CHF", "CHF", kBA, true, kMaj, 1},
    {"AUD", "AUD", kBA, true, kMaj, 1},
    {"NZD", "NZD", kBA, true, kMaj, 1},
    {"HKD", "HKD", kBA, true, kMaj, 1},
    {"SGD", "SGD", kBA, true, kMaj, 1},
    {"MXN", "MXN", kBA, true, kMaj, 1},
    {"BRL", "BRL", kBA, true, kMaj, 1},
    {"KRW", "KRW", kBA, true, kMaj, 1},
    {"RUB", "RUB", kBA, true, kMaj, 1},
    {"ILS", "ILS", kBA, true, kMaj, 1},
    {"NIS", "ILS", kBA, true, kMaj, 1},
    {"KWD", "KWD", kBA, true, kMaj, 1},
    {"LBP", "LBP", kBA, true, kMaj, 1},
    {"EGP", "EGP", kBA, true, kMaj, 1},
    {"QAR", "QAR", kBA, true, kMaj, 1},
    {"SAR", "SAR", kBA, true, kMaj, 1},
    {"AED", "AED", kBA, true, kMaj, 1},
    {"BGN", "BGN", kBA, true, kMaj, 1},
    {"MYR", "MYR", kBA, true, kMaj, 1},
    {"UAH", "UAH", kBA, true, kMaj, 1},
    {"MNT", "MNT", kBA, true, kMaj, 1},
    {"ZAR", "ZAR", kBA, true, kMaj, 1},
    {"SEK", "SEK", kBA, true, kMaj, 1},
    {"NOK", "NOK", kBA, true, kMaj, 1},
    {"DKK", "DKK", kBA, true, kMaj, 1},
    {"PLN", "PLN", kBA, true, kMaj, 1},
    {"TRY", "TRY", kBA, true, kMaj, 1},
    {"NGN", "NGN", kBA, true, kMaj, 1},
    {"KES", "KES", kBA, true, kMaj, 1},
    {"TZS", "TZS", kBA, true, kMaj, 1},
    {"UGX", "UGX", kBA, true, kMaj, 1},
    {"GHS", "GHS", kBA, true, kMaj, 1},
    {"ZMW", "ZMW", kBA, true, kMaj, 1},
    {"PKR", "PKR", kBA, true, kMaj, 1},
    {"BDT", "BDT", kBA, true, kMaj, 1},
    {"THB", "THB", kBA, true, kMaj, 1},
    {"IDR", "IDR", kBA, true, kMaj, 1},
    {"PHP", "PHP", kBA, true, kMaj, 1, true},
    {"VND", "VND", kBA, true, kMaj, 1},
    {"ARS", "ARS", kBA, true, kMaj, 1},
    {"CLP", "CLP", kBA, true, kMaj, 1},
    {"COP", "COP", kBA, true, kMaj, 1, true},
    {"CZK", "CZK", kBA, true, kMaj, 1},
    {"HUF", "HUF", kBA, true, kMaj, 1},
    {"RON", "RON", kA, true, kMaj, 1},  // before digits: "RON 95" petrol
    {"ISK", "ISK", kBA, true, kMaj, 1},
    // The rest of ISO 4217's codes, written before or after an amount
    // ("RWF 1,500", "KGS 9.2 billion"). Left out: codes that are English words
    // or common acronyms before a number (ALL, AMD, BAM, BOB, BSD, CDF, CRC,
    // CUP, CVE, GEL, IRR, MGA, MOP, NIO, NPR, PEN, SCR, SDG, SOS, SSP, STN, TMT,
    // TOP); their names after the amount still read.
    {"AFN", "AFN", kBA, true, kMaj, 1},
    {"ANG", "ANG", kBA, true, kMaj, 1},
    {"AOA", "AOA", kBA, true, kMaj, 1},
    {"AWG", "AWG", kBA, true, kMaj, 1},
    {"AZN", "AZN", kBA, true, kMaj, 1},
    {"BBD", "BBD", kBA, true, kMaj, 1},
    {"BHD", "BHD", kBA, true, kMaj, 1},
    {"BIF", "BIF", kBA, true, kMaj, 1},
    {"BMD", "BMD", kBA, true, kMaj, 1},
    {"BND", "BND", kBA, true, kMaj, 1},
    {"BTN", "BTN", kBA, true, kMaj, 1},
    {"BWP", "BWP", kBA, true, kMaj, 1},
    {"BYN", "BYN", kBA, true, kMaj, 1},
    {"BZD", "BZD", kBA, true, kMaj, 1},
    {"DJF", "DJF", kBA, true, kMaj, 1},
    {"DOP", "DOP", kBA, true, kMaj, 1},
    {"DZD", "DZD", kBA, true, kMaj, 1},
    {"ERN", "ERN", kBA, true, kMaj, 1},
    {"ETB", "ETB", kBA, true, kMaj, 1},
    {"FJD", "FJD", kBA, true, kMaj, 1},
    {"GMD", "GMD", kBA, true, kMaj, 1},
    {"GNF", "GNF", kBA, true, kMaj, 1},
    {"GTQ", "GTQ", kBA, true, kMaj, 1},
    {"GYD", "GYD", kBA, true, kMaj, 1},
    {"HNL", "HNL", kBA, true, kMaj, 1},
    {"HTG", "HTG", kBA, true, kMaj, 1},
    {"IQD", "IQD", kBA, true, kMaj, 1},
    {"JMD", "JMD", kBA, true, kMaj, 1},
    {"JOD", "JOD", kBA, true, kMaj, 1},
    {"KGS", "KGS", kBA, true, kMaj, 1},
    {"KHR", "KHR", kBA, true, kMaj, 1},
    {"KMF", "KMF", kBA, true, kMaj, 1},
    {"KYD", "KYD", kBA, true, kMaj, 1},
    {"KZT", "KZT", kBA, true, kMaj, 1},
    {"LAK", "LAK", kBA, true, kMaj, 1},
    {"LKR", "LKR", kBA, true, kMaj, 1},
    {"LRD", "LRD", kBA, true, kMaj, 1},
    {"LSL", "LSL", kBA, true, kMaj, 1},
    {"LYD", "LYD", kBA, true, kMaj, 1},
    {"MDL", "MDL", kBA, true, kMaj, 1},
    {"MKD", "MKD", kBA, true, kMaj, 1},
    {"MMK", "MMK", kBA, true, kMaj, 1},
    {"MRU", "MRU", kBA, true, kMaj, 1},
    {"MUR", "MUR", kBA, true, kMaj, 1},
    {"MVR", "MVR", kBA, true, kMaj, 1},
    {"MWK", "MWK", kBA, true, kMaj, 1},
    {"MZN", "MZN", kBA, true, kMaj, 1},
    {"NAD", "NAD", kBA, true, kMaj, 1},
    {"OMR", "OMR", kBA, true, kMaj, 1},
    {"PAB", "PAB", kBA, true, kMaj, 1},
    {"PGK", "PGK", kBA, true, kMaj, 1},
    {"PYG", "PYG", kBA, true, kMaj, 1},
    {"RSD", "RSD", kBA, true, kMaj, 1},
    {"RWF", "RWF", kBA, true, kMaj, 1},
    {"SBD", "SBD", kBA, true, kMaj, 1},
    {"SLE", "SLE", kBA, true, kMaj, 1},
    {"SRD", "SRD", kBA, true, kMaj, 1},
    {"SYP", "SYP", kBA, true, kMaj, 1},
    {"SZL", "SZL", kBA, true, kMaj, 1},
    {"TJS", "TJS", kBA, true, kMaj, 1},
    {"TND", "TND", kBA, true, kMaj, 1},
    {"TTD", "TTD", kBA, true, kMaj, 1},
    {"UYU", "UYU", kBA, true, kMaj, 1},
    {"UZS", "UZS", kBA, true, kMaj, 1},
    {"VES", "VES", kBA, true, kMaj, 1},
    {"VUV", "VUV", kBA, true, kMaj, 1},
    {"WST", "WST", kBA, true, kMaj, 1},
    {"XAF", "XAF", kBA, true, kMaj, 1},
    {"XCD", "XCD", kBA, true, kMaj, 1},
    {"XOF", "XOF", kBA, true, kMaj, 1},
    {"XPF", "XPF", kBA, true, kMaj, 1},
    {"YER", "YER", kBA, true, kMaj, 1},
    {"ZWL", "ZWL", kBA, true, kMaj, 1},
    // Signs central and northern European copy writes after the amount
    // ("110 zł", "55 Kč", "300 lei", "450 Ft"). "kr" is the crown of
    // Norway, Sweden, Denmark or Iceland: the country the text names decides.
    {"kr", "kr", kBA, true, kMaj, 1, false, false, false, true},
    {"kr.", "kr", kBA, true, kMaj, 1, false, false, false, true},
    // The crown as English wire copy names it ("78 crowns a kilogram"), of the
    // country the text names as "kr" is; after digits only, as "won five
    // crowns" is a sporting title.
    {"crowns", "kr", kA, false, kMaj, 1, false, false, false, false, true},
    {"z\xC5\x82", "PLN", kA, false, kMaj, 1},        // zł
    {"K\xC4\x8D", "CZK", kA, true, kMaj, 1},         // Kč
    // The leu of Romania or Moldova: the country the text names decides
    // (kFamilyCodes), Romania's when it names none.
    {"lei", "leu", kA, true, kMaj, 1},
    {"leu", "leu", kA, true, kMaj, 1},
    {"Ft", "HUF", kA, true, kMaj, 1, false, false, true, true},
    {"leva", "BGN", kA, false, kMaj, 1},
    // The crown as Icelandic and Faroese copy write it after the amount:
    // Iceland's, or the Faroe Islands' (Danish kroner) where the text names
    // them (kFamilyCodes).
    {"kr\xC3\xB3na", "krona", kA, false, kMaj, 1},    // króna
    {"kr\xC3\xB3nur", "krona", kA, false, kMaj, 1},   // krónur
    {"kronur", "krona", kA, false, kMaj, 1},
    // Albania's lek (singular and plural "lek", also "lekë"), after the amount.
    {"lek", "ALL", kA, false, kMaj, 1, false, false, false, false, true},
    {"lek\xC3\xAB", "ALL", kA, false, kMaj, 1},       // lekë
    {"BTC", "BTC", kBA, true, kMaj, 1},
    // Names (after the amount). Longer names win: "Canadian dollars" over
    // "dollars".
    // Names shared by several currencies without a country ("dinars") keep the
    // name.
    {"dollar", "USD", kA, false, kMaj, 1},
    {"dollars", "USD", kA, false, kMaj, 1},
    {"buck", "USD", kA, false, kMaj, 1},
    {"bucks", "USD", kA, false, kMaj, 1},
    {"US dollar", "USD", kA, false, kMaj, 1},
    {"US dollars", "USD", kA, false, kMaj, 1},
    {"U.S. dollar", "USD", kA, false, kMaj, 1},
    {"U.S. dollars", "USD", kA, false, kMaj, 1},
    {"American dollars", "USD", kA, false, kMaj, 1},
    {"Canadian dollar", "CAD", kA, false, kMaj, 1},
    {"Canadian dollars", "CAD", kA, false, kMaj, 1},
    {"Australian dollar", "AUD", kA, false, kMaj, 1},
    {"Australian dollars", "AUD", kA, false, kMaj, 1},
    {"New Zealand dollars", "NZD", kA, false, kMaj, 1},
    {"Hong Kong dollars", "HKD", kA, false, kMaj, 1},
    {"Singapore dollars", "SGD", kA, false, kMaj, 1},
    {"Taiwan dollars", "TWD", kA, false, kMaj, 1},
    {"euro", "EUR", kA, false, kMaj, 1},
    {"euros", "EUR", kA, false, kMaj, 1},
    {"pound sterling", "GBP", kA, false, kMaj, 1},
    {"pounds sterling", "GBP", kA, false, kMaj, 1},
    {"sterling", "GBP", kA, false, kMaj, 1},
    {"British pounds", "GBP", kA, false, kMaj, 1},
    {"Egyptian pounds", "EGP", kA, false, kMaj, 1},
    {"Egyptian pound", "EGP", kA, false, kMaj, 1},
    {"egyptianpound", "EGP", kA, false, kMaj, 1},
    {"geneh", "EGP", kA, false, kMaj, 1},
    {"genihat masriya", "EGP", kA, false, kMaj, 1},
    {"Lebanese pounds", "LBP", kA, false, kMaj, 1},
    {"Lebanese pound", "LBP", kA, false, kMaj, 1},
    {"yen", "JPY", kA, false, kMaj, 1},
    {"yuan", "CNY", kA, false, kMaj, 1},
    {"renminbi", "CNY", kA, false, kMaj, 1},
    {"rupee", "rupee", kA, false, kMaj, 1},
    {"rupees", "rupee", kA, false, kMaj, 1},
    {"Pakistani rupees", "PKR", kA, false, kMaj, 1},
    {"Swiss franc", "CHF", kA, false, kMaj, 1},
    {"Swiss francs", "CHF", kA, false, kMaj, 1},
    // The franc of Switzerland, Rwanda, Burundi, Congo or Guinea: the country
    // the text names decides (kFamilyCodes), Switzerland's when none.
    {"franc", "franc", kA, false, kMaj, 1},
    {"francs", "franc", kA, false, kMaj, 1},
    // The peso of Mexico, Argentina, Chile, Colombia, Uruguay, the
    // Philippines, Cuba or the Dominican Republic: the country the text names
    // decides (kFamilyCodes), Mexico's when it names none.
    {"peso", "peso", kA, false, kMaj, 1},
    {"pesos", "peso", kA, false, kMaj, 1},
    {"ruble", "RUB", kA, false, kMaj, 1},
    {"rubles", "RUB", kA, false, kMaj, 1},
    {"rouble", "RUB", kA, false, kMaj, 1},
    {"roubles", "RUB", kA, false, kMaj, 1},
    {"hryvnia", "UAH", kA, false, kMaj, 1},
    {"hryvnias", "UAH", kA, false, kMaj, 1},
    {"shekel", "ILS", kA, false, kMaj, 1},
    {"shekels", "ILS", kA, false, kMaj, 1},
    {"riyal", "riyal", kA, false, kMaj, 1},
    {"riyals", "riyal", kA, false, kMaj, 1},
    {"qatari riyal", "QAR", kA, false, kMaj, 1},
    {"qatari riyals", "QAR", kA, false, kMaj, 1},
    {"saudiriyal", "SAR", kA, false, kMaj, 1},
    {"saudi riyals", "SAR", kA, false, kMaj, 1},
    {"rial", "rial", kA, false, kMaj, 1},
    {"rials", "rial", kA, false, kMaj, 1},
    {"dinar", "dinar", kA, false, kMaj, 1},
    {"dinars", "dinar", kA, false, kMaj, 1},
    {"kuwaiti dinar", "KWD", kA, false, kMaj, 1},
    {"kuwaiti dinars", "KWD", kA, false, kMaj, 1},
    // The dirham of the UAE or of Morocco: the country the text names
    // decides (kFamilyCodes), the UAE's when it names none.
    {"dirham", "dirham", kA, false, kMaj, 1},
    {"dirhams", "dirham", kA, false, kMaj, 1},
    {"Dh", "dirham", kB, true, kMaj, 1},   // "Dh5bn", "Dh250"
    {"Dhs", "dirham", kB, true, kMaj, 1},  // "Dhs1.2 billion", "Dhs 450"
    // The Gulf press's own signs before an amount: "RO 720" (Omani rial),
    // "QR 5 million" (Qatari riyal), "KD 250" (Kuwaiti dinar), "BD10.6
    // million" (Bahraini dinar); placed signs
    // (CurrencyEntry::placed_sign).
    {"RO", "OMR", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"QR", "QAR", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"KD", "KWD", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"BD", "BHD", kB, true, kMaj, 1, false, false, false, false, false, true},
    // Signs of the same kind elsewhere: "JD2.50" (Jordanian dinar), "Rf 150"
    // (Maldivian rufiyaa), "VT 3.1 million" (Vanuatu vatu).
    {"JD", "JOD", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"Rf", "MVR", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"VT", "VUV", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"UAE dirham", "AED", kA, false, kMaj, 1},
    {"UAE dirhams", "AED", kA, false, kMaj, 1},
    {"Emirati dirham", "AED", kA, false, kMaj, 1},
    {"Emirati dirhams", "AED", kA, false, kMaj, 1},
    {"Moroccan dirham", "MAD", kA, false, kMaj, 1},
    {"Moroccan dirhams", "MAD", kA, false, kMaj, 1},
    {"MAD", "MAD", kBA, true, kMaj, 1, true},
    {"Omani rial", "OMR", kA, false, kMaj, 1},
    {"Omani rials", "OMR", kA, false, kMaj, 1},
    {"Iranian rial", "IRR", kA, false, kMaj, 1},
    {"Iranian rials", "IRR", kA, false, kMaj, 1},
    {"Jordanian dinar", "JOD", kA, false, kMaj, 1},
    {"Jordanian dinars", "JOD", kA, false, kMaj, 1},
    {"Iraqi dinar", "IQD", kA, false, kMaj, 1},
    {"Iraqi dinars", "IQD", kA, false, kMaj, 1},
    {"Bahraini dinar", "BHD", kA, false, kMaj, 1},
    {"Bahraini dinars", "BHD", kA, false, kMaj, 1},
    {"Tunisian dinar", "TND", kA, false, kMaj, 1},
    {"Tunisian dinars", "TND", kA, false, kMaj, 1},
    {"Algerian dinar", "DZD", kA, false, kMaj, 1},
    {"Algerian dinars", "DZD", kA, false, kMaj, 1},
    {"ringgit", "MYR", kBA, false, kMaj, 1},
    {"ringgits", "MYR", kBA, false, kMaj, 1},
    {"malaysia ringgit", "MYR", kBA, false, kMaj, 1},
    {"malaysia ringgits", "MYR", kBA, false, kMaj, 1},
    {"malaysian ringgit", "MYR", kBA, false, kMaj, 1},
    {"malaysian ringgits", "MYR", kBA, false, kMaj, 1},
    {"tugrik", "MNT", kA, false, kMaj, 1},
    {"tugriks", "MNT", kA, false, kMaj, 1},
    {"rand", "ZAR", kA, false, kMaj, 1},
    {"krona", "SEK", kA, false, kMaj, 1},
    {"kronor", "SEK", kA, false, kMaj, 1},
    // The krone of Norway, or of Denmark (with Greenland and the Faroes) where
    // the text names it (kFamilyCodes).
    {"krone", "krone", kA, false, kMaj, 1},
    {"kroner", "krone", kA, false, kMaj, 1},
    {"zloty", "PLN", kA, false, kMaj, 1},
    {"zlotys", "PLN", kA, false, kMaj, 1},
    {"zlotych", "PLN", kA, false, kMaj, 1},
    {"z\xC5\x82oty", "PLN", kA, false, kMaj, 1},  // złoty
    {"z\xC5\x82otych", "PLN", kA, false, kMaj, 1},  // złotych
    {"lira", "TRY", kA, false, kMaj, 1},
    {"naira", "NGN", kA, false, kMaj, 1},
    {"cedi", "GHS", kA, false, kMaj, 1},
    {"cedis", "GHS", kA, false, kMaj, 1},
    // The kwacha of Zambia or Malawi: the country the text names decides,
    // Zambia's when it names none (the family the "K" sign shares, whose
    // rows also hold Papua New Guinea's places for the kina's "K"; the kina
    // is written "kina" in words, so a story there rarely says "kwacha").
    {"kwacha", "kwacha", kA, false, kMaj, 1},
    // Currencies named with their country: the country decides.
    {"Indian rupees", "INR", kA, false, kMaj, 1},
    {"Sri Lankan rupees", "LKR", kA, false, kMaj, 1},
    {"Nepalese rupees", "NPR", kA, false, kMaj, 1},
    {"Mexican pesos", "MXN", kA, false, kMaj, 1},
    {"Philippine pesos", "PHP", kA, false, kMaj, 1},
    {"Argentine pesos", "ARS", kA, false, kMaj, 1},
    {"Chilean pesos", "CLP", kA, false, kMaj, 1},
    {"Colombian pesos", "COP", kA, false, kMaj, 1},
    {"Danish kroner", "DKK", kA, false, kMaj, 1},
    {"Faroese kr\xC3\xB3nur", "DKK", kA, false, kMaj, 1},  // Faroese krónur
    {"Faroese kr\xC3\xB3na", "DKK", kA, false, kMaj, 1},
    {"Icelandic kr\xC3\xB3nur", "ISK", kA, false, kMaj, 1},
    {"Norwegian kroner", "NOK", kA, false, kMaj, 1},
    {"Norwegian crowns", "NOK", kA, false, kMaj, 1},
    {"Swedish crowns", "SEK", kA, false, kMaj, 1},
    {"Danish crowns", "DKK", kA, false, kMaj, 1},
    {"Icelandic crowns", "ISK", kA, false, kMaj, 1},
    {"Czech crowns", "CZK", kA, false, kMaj, 1},
    {"Swedish kronor", "SEK", kA, false, kMaj, 1},
    {"Swedish krona", "SEK", kA, false, kMaj, 1},
    {"Turkish lira", "TRY", kA, false, kMaj, 1},
    {"Japanese yen", "JPY", kA, false, kMaj, 1},
    {"Chinese yuan", "CNY", kA, false, kMaj, 1},
    {"South African rand", "ZAR", kA, false, kMaj, 1},
    {"Kenyan shillings", "KES", kA, false, kMaj, 1},
    // The shilling of Kenya, Tanzania, Uganda or Somalia named after the
    // amount ("fetched about 40,000 shillings"): the country the text names
    // decides (kFamilyCodes), Kenya's when none; Britain's has no
    // code.
    {"shilling", "shilling", kA, false, kMaj, 1},
    {"shillings", "shilling", kA, false, kMaj, 1},
    {"Saudi riyal", "SAR", kA, false, kMaj, 1},
    {"baht", "THB", kA, false, kMaj, 1},
    {"rupiah", "IDR", kA, false, kMaj, 1},
    {"reais", "BRL", kA, false, kMaj, 1},
    {"forint", "HUF", kA, false, kMaj, 1},
    {"forints", "HUF", kA, false, kMaj, 1},
    {"koruna", "CZK", kA, false, kMaj, 1},
    {"korunas", "CZK", kA, false, kMaj, 1},
    // Currencies of the rest of the world, by the names English copy gives
    // them (singular and plural), after the amount: "310 million guaranies".
    {"guarani", "PYG", kA, false, kMaj, 1},
    {"guaranis", "PYG", kA, false, kMaj, 1},
    {"guaran\xC3\xAD", "PYG", kA, false, kMaj, 1},          // guaraní
    {"guaran\xC3\xAD" "es", "PYG", kA, false, kMaj, 1},        // guaraníes
    {"guaranies", "PYG", kA, false, kMaj, 1},
    {"pa'anga", "TOP", kA, false, kMaj, 1},
    {"pa\xE2\x80\x99" "anga", "TOP", kA, false, kMaj, 1},     // pa’anga
    {"pula", "BWP", kA, false, kMaj, 1},
    {"tenge", "KZT", kA, false, kMaj, 1},
    {"Kyrgyz som", "KGS", kA, false, kMaj, 1},
    // The som of Kyrgyzstan or Uzbekistan: the country the text names decides
    // (kFamilyCodes); the name when it names none.
    {"som", "som", kA, false, kMaj, 1},
    {"soms", "som", kA, false, kMaj, 1},
    {"Uzbek som", "UZS", kA, false, kMaj, 1},
    {"lari", "GEL", kA, false, kMaj, 1},
    {"dram", "AMD", kA, false, kMaj, 1, false, false, false, false, true},
    {"drams", "AMD", kA, false, kMaj, 1, false, false, false, false, true},
    // The escudo of Cape Verde, the one escudo in use.
    {"escudo", "CVE", kA, false, kMaj, 1},
    {"escudos", "CVE", kA, false, kMaj, 1},
    {"manat", "AZN", kA, false, kMaj, 1},
    {"manats", "AZN", kA, false, kMaj, 1},
    {"denars", "MKD", kA, false, kMaj, 1},
    {"dong", "VND", kA, false, kMaj, 1},
    {"\xC4\x91\xE1\xBB\x93ng", "VND", kA, false, kMaj, 1},  // đồng
    {"kip", "LAK", kA, false, kMaj, 1},
    {"riel", "KHR", kA, false, kMaj, 1},
    {"riels", "KHR", kA, false, kMaj, 1},
    {"kyat", "MMK", kA, false, kMaj, 1},
    {"kyats", "MMK", kA, false, kMaj, 1},
    {"taka", "BDT", kA, false, kMaj, 1},
    {"afghani", "AFN", kA, false, kMaj, 1},
    {"afghanis", "AFN", kA, false, kMaj, 1},
    {"rufiyaa", "MVR", kA, false, kMaj, 1},
    {"ngultrum", "BTN", kA, false, kMaj, 1},
    {"birr", "ETB", kA, false, kMaj, 1},
    {"nakfa", "ERN", kA, false, kMaj, 1},
    {"dalasi", "GMD", kA, false, kMaj, 1},
    {"leones", "SLE", kA, false, kMaj, 1},
    {"ariary", "MGA", kA, false, kMaj, 1},
    {"kwanzas", "AOA", kA, false, kMaj, 1},
    {"meticais", "MZN", kA, false, kMaj, 1},
    {"metical", "MZN", kA, false, kMaj, 1},
    {"emalangeni", "SZL", kA, false, kMaj, 1},
    {"lilangeni", "SZL", kA, false, kMaj, 1},
    {"maloti", "LSL", kA, false, kMaj, 1},
    {"ouguiya", "MRU", kA, false, kMaj, 1},
    {"lempiras", "HNL", kA, false, kMaj, 1},
    {"quetzales", "GTQ", kA, false, kMaj, 1},
    {"colones", "CRC", kA, false, kMaj, 1},
    {"balboas", "PAB", kA, false, kMaj, 1},
    {"soles", "PEN", kA, false, kMaj, 1},
    // South Korea's won and Peru's sol: English words too (CurrencyEntry::
    // scaled_word).
    {"won", "KRW", kA, false, kMaj, 1, false, false, false, false, false, false, false, true},
    {"sol", "PEN", kA, false, kMaj, 1, false, false, false, false, false, false, false, true},
    {"bolivianos", "BOB", kA, false, kMaj, 1},
    {"vatu", "VUV", kA, false, kMaj, 1},
    {"tala", "WST", kA, false, kMaj, 1},
    {"kina", "PGK", kA, false, kMaj, 1},
    {"Rwandan franc", "RWF", kA, false, kMaj, 1},
    {"Rwandan francs", "RWF", kA, false, kMaj, 1},
    {"Burundian francs", "BIF", kA, false, kMaj, 1},
    {"Congolese francs", "CDF", kA, false, kMaj, 1},
    {"Guinean francs", "GNF", kA, false, kMaj, 1},
    {"Djiboutian francs", "DJF", kA, false, kMaj, 1},
    // The CFA franc of West Africa (XOF) or of Central Africa (XAF): the
    // country the text names decides, West Africa's when it names none.
    {"CFA franc", "cfa", kA, false, kMaj, 1},
    {"CFA francs", "cfa", kA, false, kMaj, 1},
    {"somoni", "TJS", kA, false, kMaj, 1},
    {"bitcoin", "BTC", kA, false, kMaj, 1},
    {"bitcoins", "BTC", kA, false, kMaj, 1},
    // Minor units.
    {"cent", "cent", kA, false, kMin, 1},
    {"cents", "cent", kA, false, kMin, 1},
    {"U.S. cents", "cent", kA, false, kMin, 1},  // "71.05 U.S. cents"
    {"US cents", "cent", kA, false, kMin, 1},
    {"euro cents", "cent", kA, false, kMin, 1},
    {"c", "cent", kA, true, kMin, 1},
    {"\xC2\xA2", "cent", kA, false, kMin, 1},  // ¢
    {"penny", "penny", kA, false, kMin, 1},
    {"pennies", "cent", kA, false, kMin, 1},
    {"pence", "penny", kA, false, kMin, 1},
    {"p", "penny", kA, true, kMin, 1},
    {"sen", "sen", kA, false, kMin, 1},
    {"sens", "sen", kA, false, kMin, 1},
    {"kopiyka", "kopiyka", kA, false, kMin, 1},
    {"kopiykas", "kopiyka", kA, false, kMin, 1},
    {"kopecks", "kopeck", kA, false, kMin, 1},
    {"kopeck", "kopeck", kA, false, kMin, 1},
    {"kopeks", "kopeck", kA, false, kMin, 1},
    // The hundredth of the Swedish krona and of the Danish and Norwegian
    // krone ("78 öre per kilowatt hour", "50 øre"), of the rupee ("75
    // paise") and of the peso and real ("50 centavos").
    {"\xC3\xB6re", "\xC3\xB6re", kA, false, kMin, 1},  // öre
    {"\xC3\xB8re", "\xC3\xB8re", kA, false, kMin, 1},  // øre
    {"paise", "paisa", kA, false, kMin, 1},
    {"centavos", "centavo", kA, false, kMin, 1},
    // The hundredths African, Gulf and Asian copy writes after an amount:
    // the naira's kobo, the cedi's pesewas, the dinar's or dirham's fils,
    // the riyal's halalas, the pula's thebe, the loti's lisente, the
    // kwacha's ngwee and tambala, the baht's satang ("50 kobo", "80
    // pesewas").
    {"kobo", "kobo", kA, false, kMin, 1},
    {"pesewas", "pesewa", kA, false, kMin, 1},
    {"fils", "fils", kA, false, kMin, 1},
    {"halalas", "halala", kA, false, kMin, 1},
    {"thebe", "thebe", kA, false, kMin, 1},
    {"lisente", "lisente", kA, false, kMin, 1},
    {"ngwee", "ngwee", kA, false, kMin, 1},
    {"tambala", "tambala", kA, false, kMin, 1},
    {"satang", "satang", kA, false, kMin, 1},
    {"dirams", "diram", kA, false, kMin, 1},  // the somoni's
    // Coins and slang amounts.
    {"nickel", "USD", kA, false, kCoin, 0.05},
    {"nickels", "USD", kA, false, kCoin, 0.05},
    {"dime", "USD", kA, false, kCoin, 0.1},
    {"dimes", "USD", kA, false, kCoin, 0.1},
    {"grand", "USD", kA, false, kCoin, 1000},
};

// The places naming the country of a currency (`code`: ISO 4217, or a name
// with no code such as Britain's "shilling"): the country, its people's
// adjective and its cities, lowercase, Latin-1 letters folded to ASCII. A
// shared name (kFamilyCodes) takes the code of the country the text names;
// a letter or a sign needing its country ("R21.90", "M4.6 million", "RO
// 720", "D500") is money where the text names one of its code's places.
struct CountryPlace {
  const char* code;
  const char* place;
};
constexpr CountryPlace kCountryPlaces[] = {
    // the United Arab Emirates
    {"AED", "uae"}, {"AED", "emirates"}, {"AED", "emirati"},
    {"AED", "emiratis"}, {"AED", "dubai"}, {"AED", "dhabi"}, {"AED", "sharjah"},
    {"AED", "ajman"},
    // Morocco
    {"MAD", "morocco"}, {"MAD", "moroccan"}, {"MAD", "moroccans"},
    {"MAD", "rabat"}, {"MAD", "casablanca"}, {"MAD", "marrakech"},
    {"MAD", "marrakesh"}, {"MAD", "tangier"}, {"MAD", "fez"}, {"MAD", "agadir"},
    // Saudi Arabia
    {"SAR", "saudi"}, {"SAR", "saudis"}, {"SAR", "riyadh"}, {"SAR", "jeddah"},
    {"SAR", "mecca"},
    // Qatar
    {"QAR", "qatar"}, {"QAR", "qatari"}, {"QAR", "qataris"}, {"QAR", "doha"},
    {"QAR", "lusail"},
    // Yemen
    {"YER", "yemen"}, {"YER", "yemeni"}, {"YER", "sanaa"},
    // Oman
    {"OMR", "oman"}, {"OMR", "omani"}, {"OMR", "muscat"}, {"OMR", "omanis"},
    {"OMR", "salalah"}, {"OMR", "sohar"}, {"OMR", "nizwa"},
    // Iran
    {"IRR", "iran"}, {"IRR", "iranian"}, {"IRR", "tehran"}, {"IRR", "iranians"},
    // Kuwait
    {"KWD", "kuwait"}, {"KWD", "kuwaiti"}, {"KWD", "kuwaitis"},
    // Iraq
    {"IQD", "iraq"}, {"IQD", "iraqi"}, {"IQD", "iraqis"}, {"IQD", "baghdad"},
    {"IQD", "basra"}, {"IQD", "erbil"},
    // Jordan
    {"JOD", "jordan"}, {"JOD", "jordanian"}, {"JOD", "jordanians"},
    {"JOD", "amman"}, {"JOD", "irbid"}, {"JOD", "zarqa"}, {"JOD", "aqaba"},
    // Bahrain
    {"BHD", "bahrain"}, {"BHD", "bahraini"}, {"BHD", "manama"},
    {"BHD", "muharraq"}, {"BHD", "riffa"},
    // Tunisia
    {"TND", "tunisia"}, {"TND", "tunisian"}, {"TND", "tunisians"},
    {"TND", "tunis"},
    // Algeria
    {"DZD", "algeria"}, {"DZD", "algerian"}, {"DZD", "algerians"},
    {"DZD", "algiers"},
    // Libya
    {"LYD", "libya"}, {"LYD", "libyan"}, {"LYD", "libyans"},
    {"LYD", "benghazi"},
    // Serbia
    {"RSD", "serbia"}, {"RSD", "serbian"}, {"RSD", "belgrade"},
    {"RSD", "novi sad"}, {"RSD", "kragujevac"}, {"RSD", "subotica"},
    // Pakistan
    {"PKR", "pakistan"}, {"PKR", "pakistani"}, {"PKR", "pakistanis"},
    {"PKR", "pkr"}, {"PKR", "karachi"}, {"PKR", "lahore"}, {"PKR", "islamabad"},
    {"PKR", "rawalpindi"}, {"PKR", "peshawar"}, {"PKR", "quetta"},
    {"PKR", "multan"}, {"PKR", "faisalabad"},
    // Sri Lanka
    {"LKR", "lanka"}, {"LKR", "lankan"}, {"LKR", "lankans"}, {"LKR", "lkr"},
    {"LKR", "colombo"}, {"LKR", "kandy"}, {"LKR", "jaffna"},
    // Nepal
    {"NPR", "nepal"}, {"NPR", "nepali"}, {"NPR", "nepalese"}, {"NPR", "npr"},
    {"NPR", "kathmandu"}, {"NPR", "pokhara"},
    // Mauritius
    {"MUR", "mauritius"}, {"MUR", "mauritian"}, {"MUR", "mauritians"},
    {"MUR", "port louis"}, {"MUR", "curepipe"},
    // the Seychelles
    {"SCR", "seychelles"}, {"SCR", "seychellois"},
    // India
    {"INR", "india"}, {"INR", "indian"}, {"INR", "indians"}, {"INR", "inr"},
    {"INR", "delhi"}, {"INR", "mumbai"}, {"INR", "kolkata"}, {"INR", "chennai"},
    {"INR", "bengaluru"},
    // Norway
    {"NOK", "norway"}, {"NOK", "norwegian"}, {"NOK", "norwegians"},
    {"NOK", "nok"}, {"NOK", "oslo"}, {"NOK", "bergen"}, {"NOK", "trondheim"},
    {"NOK", "stavanger"},
    // Sweden
    {"SEK", "sweden"}, {"SEK", "swedish"}, {"SEK", "swedes"}, {"SEK", "sek"},
    {"SEK", "stockholm"}, {"SEK", "gothenburg"}, {"SEK", "uppsala"},
    // Denmark, Greenland and the Faroes
    {"DKK", "denmark"}, {"DKK", "danish"}, {"DKK", "danes"}, {"DKK", "dkk"},
    {"DKK", "copenhagen"}, {"DKK", "aarhus"}, {"DKK", "odense"},
    {"DKK", "greenland"}, {"DKK", "greenlandic"}, {"DKK", "nuuk"},
    {"DKK", "faroe"}, {"DKK", "faroese"}, {"DKK", "faroes"},
    {"DKK", "t\xC3\xB3rshavn"}, {"DKK", "torshavn"}, {"DKK", "klaksv\xC3\xADk"},
    // Iceland
    {"ISK", "iceland"}, {"ISK", "icelandic"}, {"ISK", "isk"},
    {"ISK", "reykjavik"},
    // the Czech Republic
    {"CZK", "czech"}, {"CZK", "prague"},
    // Kenya
    {"KES", "kenya"}, {"KES", "kenyan"}, {"KES", "kenyans"}, {"KES", "nairobi"},
    {"KES", "mombasa"}, {"KES", "kisumu"}, {"KES", "nakuru"},
    {"KES", "eldoret"},
    // Tanzania
    {"TZS", "tanzania"}, {"TZS", "tanzanian"}, {"TZS", "tanzanians"},
    {"TZS", "dodoma"}, {"TZS", "dar"}, {"TZS", "arusha"}, {"TZS", "mwanza"},
    {"TZS", "zanzibar"}, {"TZS", "mtwara"}, {"TZS", "tanga"},
    // Uganda
    {"UGX", "uganda"}, {"UGX", "ugandan"}, {"UGX", "ugandans"},
    {"UGX", "kampala"}, {"UGX", "entebbe"},
    // Somalia
    {"SOS", "somalia"}, {"SOS", "somali"}, {"SOS", "mogadishu"},
    // Britain, whose shilling was a coin until 1971: no code, and no Kenyan
    // one ("in London a pint cost 2 shillings")
    {"shilling", "britain"}, {"shilling", "british"}, {"shilling", "britons"},
    {"shilling", "uk"}, {"shilling", "england"}, {"shilling", "london"},
    {"shilling", "scotland"}, {"shilling", "wales"},
    // Zambia
    {"ZMW", "zambia"}, {"ZMW", "zambian"}, {"ZMW", "zambians"},
    {"ZMW", "lusaka"}, {"ZMW", "ndola"}, {"ZMW", "kitwe"},
    {"ZMW", "copperbelt"}, {"ZMW", "kabwe"}, {"ZMW", "chingola"},
    {"ZMW", "livingstone"},
    // Malawi
    {"MWK", "malawi"}, {"MWK", "malawian"}, {"MWK", "malawians"},
    {"MWK", "lilongwe"}, {"MWK", "blantyre"}, {"MWK", "mzuzu"},
    {"MWK", "zomba"},
    // Papua New Guinea
    {"PGK", "papua"}, {"PGK", "moresby"}, {"PGK", "lae"},
    // Moldova
    {"MDL", "moldova"}, {"MDL", "moldovan"}, {"MDL", "moldovans"},
    {"MDL", "chisinau"}, {"MDL", "balti"}, {"MDL", "cahul"}, {"MDL", "orhei"},
    {"MDL", "comrat"},
    // Kyrgyzstan
    {"KGS", "kyrgyzstan"}, {"KGS", "kyrgyz"}, {"KGS", "bishkek"},
    {"KGS", "osh"},
    // Uzbekistan
    {"UZS", "uzbekistan"}, {"UZS", "uzbek"}, {"UZS", "uzbeks"},
    {"UZS", "tashkent"}, {"UZS", "samarkand"}, {"UZS", "bukhara"},
    // Rwanda
    {"RWF", "rwanda"}, {"RWF", "rwandan"}, {"RWF", "rwandans"},
    {"RWF", "kigali"},
    // Burundi
    {"BIF", "burundi"}, {"BIF", "burundian"}, {"BIF", "bujumbura"},
    {"BIF", "gitega"},
    // the DR Congo
    {"CDF", "congolese"}, {"CDF", "kinshasa"}, {"CDF", "lubumbashi"},
    // Guinea
    {"GNF", "guinea"}, {"GNF", "guinean"}, {"GNF", "conakry"},
    // Djibouti
    {"DJF", "djibouti"}, {"DJF", "djiboutian"},
    // Botswana
    {"BWP", "botswana"}, {"BWP", "batswana"}, {"BWP", "motswana"},
    {"BWP", "gaborone"}, {"BWP", "francistown"}, {"BWP", "maun"},
    {"BWP", "kasane"}, {"BWP", "selebi"},
    // the Philippines
    {"PHP", "philippines"}, {"PHP", "philippine"}, {"PHP", "filipino"},
    {"PHP", "filipinos"}, {"PHP", "manila"}, {"PHP", "cebu"}, {"PHP", "davao"},
    {"PHP", "quezon"},
    // Mexico
    {"MXN", "mexico"}, {"MXN", "mexican"}, {"MXN", "mexicans"},
    {"MXN", "guadalajara"}, {"MXN", "monterrey"},
    // Argentina (not "Mendoza" or "Rosario", which are also people's names)
    {"ARS", "argentina"}, {"ARS", "argentine"}, {"ARS", "argentines"},
    {"ARS", "argentinian"}, {"ARS", "buenos aires"}, {"ARS", "patagonia"},
    {"ARS", "chubut"}, {"ARS", "neuquen"},
    // Chile
    {"CLP", "chile"}, {"CLP", "chilean"}, {"CLP", "chileans"},
    {"CLP", "valparaiso"}, {"CLP", "antofagasta"},
    // Colombia
    {"COP", "colombia"}, {"COP", "colombian"}, {"COP", "colombians"},
    {"COP", "bogota"}, {"COP", "medellin"}, {"COP", "barranquilla"},
    // Uruguay
    {"UYU", "uruguay"}, {"UYU", "uruguayan"}, {"UYU", "montevideo"},
    // Cuba
    {"CUP", "cuba"}, {"CUP", "cuban"}, {"CUP", "havana"},
    // the Dominican Republic
    {"DOP", "dominican"}, {"DOP", "santo domingo"},
    // South Africa (two words: "Africa" alone is the continent, "the
    // African Union")
    {"ZAR", "south africa"}, {"ZAR", "south african"},
    {"ZAR", "south africans"}, {"ZAR", "johannesburg"}, {"ZAR", "pretoria"},
    {"ZAR", "durban"}, {"ZAR", "soweto"}, {"ZAR", "gauteng"},
    {"ZAR", "sandton"}, {"ZAR", "tshwane"}, {"ZAR", "bloemfontein"},
    {"ZAR", "polokwane"}, {"ZAR", "limpopo"}, {"ZAR", "kwazulu"},
    // Nigeria
    {"NGN", "nigeria"}, {"NGN", "nigerian"}, {"NGN", "nigerians"},
    {"NGN", "lagos"}, {"NGN", "abuja"}, {"NGN", "kano"}, {"NGN", "ibadan"},
    {"NGN", "enugu"},
    // Lesotho
    {"LSL", "lesotho"}, {"LSL", "basotho"}, {"LSL", "mosotho"},
    {"LSL", "maseru"}, {"LSL", "leribe"}, {"LSL", "mafeteng"},
    {"LSL", "teyateyaneng"},
    // Eswatini
    {"SZL", "eswatini"}, {"SZL", "swaziland"}, {"SZL", "swazi"},
    {"SZL", "swazis"}, {"SZL", "mbabane"}, {"SZL", "manzini"},
    // the Maldives
    {"MVR", "maldives"}, {"MVR", "maldivian"}, {"MVR", "maldivians"},
    {"MVR", "addu"}, {"MVR", "hulhumale"},
    // Vanuatu
    {"VUV", "vanuatu"}, {"VUV", "port vila"}, {"VUV", "luganville"},
    {"VUV", "ni-vanuatu"},
    // the Central African CFA zone
    {"XAF", "cameroon"}, {"XAF", "cameroonian"}, {"XAF", "douala"},
    {"XAF", "yaounde"}, {"XAF", "gabon"}, {"XAF", "gabonese"},
    {"XAF", "libreville"}, {"XAF", "chad"}, {"XAF", "chadian"},
    {"XAF", "bangui"}, {"XAF", "malabo"}, {"XAF", "brazzaville"},
    {"XAF", "central african"},
    // the West African CFA zone
    {"XOF", "senegal"}, {"XOF", "senegalese"}, {"XOF", "dakar"},
    {"XOF", "abidjan"}, {"XOF", "ivorian"}, {"XOF", "bamako"},
    {"XOF", "malian"}, {"XOF", "ouagadougou"}, {"XOF", "burkina"},
    {"XOF", "niamey"}, {"XOF", "cotonou"}, {"XOF", "benin"}, {"XOF", "togo"},
    {"XOF", "lome"},
    // the Gambia
    {"GMD", "gambia"}, {"GMD", "gambian"}, {"GMD", "gambians"},
    {"GMD", "banjul"}, {"GMD", "serrekunda"}, {"GMD", "brikama"},
    // Sierra Leone
    {"SLE", "sierra leone"}, {"SLE", "sierra leonean"},
    {"SLE", "sierra leoneans"}, {"SLE", "freetown"}, {"SLE", "kenema"},
    {"SLE", "makeni"},
};

// The codes a name several countries' currencies share may stand for
// ("dinar": Kuwait's, Iraq's, ..., Serbia's); the text's places decide
// (kCountryPlaces). Each code is also a family of its own (a sign's or a
// letter's, "OMR" for "RO").
struct FamilyCode {
  const char* family;
  const char* code;
};
constexpr FamilyCode kFamilyCodes[] = {
    {"dirham", "AED"}, {"dirham", "MAD"},
    {"riyal", "SAR"}, {"riyal", "QAR"}, {"riyal", "YER"}, {"riyal", "OMR"},
    {"riyal", "IRR"},
    {"rial", "OMR"}, {"rial", "IRR"}, {"rial", "YER"}, {"rial", "SAR"},
    {"rial", "QAR"},
    {"dinar", "KWD"}, {"dinar", "IQD"}, {"dinar", "JOD"}, {"dinar", "BHD"},
    {"dinar", "TND"}, {"dinar", "DZD"}, {"dinar", "LYD"}, {"dinar", "RSD"},
    {"rupee", "PKR"}, {"rupee", "LKR"}, {"rupee", "NPR"}, {"rupee", "MUR"},
    {"rupee", "SCR"}, {"rupee", "INR"},
    {"kr", "NOK"}, {"kr", "SEK"}, {"kr", "DKK"}, {"kr", "ISK"}, {"kr", "CZK"},
    {"krone", "NOK"}, {"krone", "DKK"},
    {"krona", "DKK"},
    {"shilling", "KES"}, {"shilling", "TZS"}, {"shilling", "UGX"},
    {"shilling", "SOS"}, {"shilling", "shilling"},
    {"kwacha", "ZMW"}, {"kwacha", "MWK"}, {"kwacha", "PGK"},
    {"leu", "MDL"},
    {"som", "KGS"}, {"som", "UZS"},
    {"franc", "RWF"}, {"franc", "BIF"}, {"franc", "CDF"}, {"franc", "GNF"},
    {"franc", "DJF"}, {"franc", "XAF"}, {"franc", "XOF"},
    {"P", "BWP"}, {"P", "PHP"},
    {"peso", "MXN"}, {"peso", "ARS"}, {"peso", "CLP"}, {"peso", "COP"},
    {"peso", "UYU"}, {"peso", "PHP"}, {"peso", "CUP"}, {"peso", "DOP"},
    {"cfa", "XAF"},
};

// The currency families a country decides (kFamilyCodes), each with the code it
// takes when the text names no country of it: the family's own name where
// there is no usual one ("riyal": Saudi, Qatari, Yemeni...).
struct RegionalFamily {
  absl::string_view family;
  absl::string_view fallback;
};
constexpr RegionalFamily kRegionalFamilies[] = {
    {"dirham", "AED"},   {"riyal", "riyal"},  {"rial", "rial"},
    {"dinar", "dinar"},  {"rupee", "INR"},    {"kr", "kr"},
    {"shilling", "KES"}, {"kwacha", "ZMW"},   {"franc", "CHF"},
    {"P", "PHP"},        {"leu", "RON"},      {"som", "som"},
    {"krona", "ISK"},    {"peso", "MXN"},     {"krone", "NOK"},
    {"cfa", "XOF"},
};

// Words of a sentence quoting a market or an exchange rate, where a currency
// letter's cents are a price ("shares closed at R21.02").
constexpr absl::string_view kMarketCueWords[] = {
    "shares", "stock",   "stocks", "traded", "trades",
    "trading", "bourse", "currency", "forex"};

// Verbs of a day's price before "at" ("closed at R21.02", "opened at").
constexpr absl::string_view kClosingPriceVerbs[] = {
    "closed", "opened", "ended", "finished", "settled"};

// A count of drink measures below this is a serving ("2 drams each"); a
// price in drams is at least this much.
constexpr double kDrinkServingCountLimit = 10;

// Words after a small count of drink measures that share them out ("poured 2
// drams each").
constexpr const char* kDrinkServingWords[] = {"each", "apiece"};

}  // namespace

absl::Span<const CurrencyEntry> Currencies() { return kCurrencies; }

bool IsDrinkServing(double value, absl::string_view next) {
  return value < kDrinkServingCountLimit &&
         InWordLists<kDrinkServingWords>(next);
}

bool IsMarketCueWord(absl::string_view word) {
  return InWordLists<kMarketCueWords>(word);
}

bool IsClosingPriceVerb(absl::string_view word) {
  return InWordLists<kClosingPriceVerbs>(word);
}

namespace {

using FamilyKey = std::pair<absl::string_view, absl::string_view>;

// kFamilyCodes and kCountryPlaces indexed once: the code of each (family,
// place), and each (family, code) pair a place gives.
struct RegionalIndex {
  absl::flat_hash_map<FamilyKey, absl::string_view> code_of_place;
  absl::flat_hash_set<FamilyKey> family_codes;
};

// The index, built on first use and kept for the process (a
// leaked static: no destructor runs at exit).
const RegionalIndex& Regional() {
  static const RegionalIndex* const index = [] {
    auto* built = new RegionalIndex;
    // each place of `code`'s country gives `code` to `family`
    auto add = [built](absl::string_view family, absl::string_view code) {
      built->family_codes.emplace(family, code);
      for (const CountryPlace& p : kCountryPlaces) {
        if (p.code != code) continue;
        built->code_of_place.emplace(FamilyKey(family, p.place), code);
      }
    };
    for (const FamilyCode& f : kFamilyCodes) add(f.family, f.code);
    for (const CountryPlace& p : kCountryPlaces) {  // each code its own family
      if (built->family_codes.contains(FamilyKey(p.code, p.code))) continue;
      add(p.code, p.code);
    }
    return built;
  }();
  return *index;
}

}  // namespace

absl::string_view RegionalPlaceCode(absl::string_view family,
                                    absl::string_view place) {
  const auto& map = Regional().code_of_place;
  const auto it = map.find(FamilyKey(family, place));
  return it == map.end() ? absl::string_view() : it->second;
}

bool WritesCurrency(absl::string_view family, absl::string_view code) {
  return family == code ||
         Regional().family_codes.contains(FamilyKey(family, code));
}

bool IsRegionalCurrency(absl::string_view code) {
  for (const RegionalFamily& f : kRegionalFamilies) {
    if (f.family == code) return true;
  }
  return false;
}

absl::string_view RegionalDefault(absl::string_view family) {
  for (const RegionalFamily& f : kRegionalFamilies) {
    if (f.family == family) return f.fallback;
  }
  return family;
}

}  // namespace lexicon
}  // namespace factwire
