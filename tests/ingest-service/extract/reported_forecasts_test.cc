// Forecasts, estimates and other reported shapes of business and local news:
// "The treasury has forecast growth of 2%" reports the treasury's figure; "the
// weather forecast for Sunday" and "Growth is forecast to slow" report nothing;
// "Residents of Kilby said" is the residents' claim.
#include <string>

#include "gtest/gtest.h"
#include "tests/ingest-service/extract/extract_test_support.h"

namespace factwire {
namespace {

using ::factwire::testing_extract::Extract;
using ::factwire::testing_extract::FindClaim;
using ::factwire::testing_extract::SourceNameOf;

struct Case {
  const char* text;
  const char* claim;   // words of the claim
  const char* source;  // its source's name
};

// "forecast" and "forecasts" as verbs: with an object or a that-clause, after
// "has"/"have" or alone, the subject's forecast is its claim.
TEST(ReportedForecasts, AForecastVerbReportsForItsSubject) {
  const Case cases[] = {
      {"The Central Bank of Ireland has forecast growth of 2.4% for next year.",
       "growth of 2.4% for next year", "Central Bank of Ireland"},
      {"The Bureau of Meteorology forecast that the dry spell would last into April.",
       "the dry spell would last into April", "Bureau of Meteorology"},
      {"Halden Breweries forecasts sales of 40 million litres this summer.",
       "sales of 40 million litres", "Halden Breweries"},
      {"The Met Office has forecast heavy snow for the hills on Friday.",
       "heavy snow for the hills", "Met Office"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    ASSERT_NE(FindClaim(doc, k.claim), nullptr);
    EXPECT_EQ(FindClaim(doc, k.claim)->cue().rfind("forecast", 0), 0u);
    EXPECT_NE(SourceNameOf(doc, k.claim).find(k.source), std::string::npos)
        << SourceNameOf(doc, k.claim);
  }
}

// A forecast named as a noun ("the forecast", "Monday's forecast", "the
// weather forecast for Sunday") or a passive one ("is forecast to slow")
// reports nothing.
TEST(ReportedForecasts, AForecastNounOrPassiveReportsNothing) {
  const char* const texts[] = {
      "The weather forecast for the bank holiday is dry and mild.",
      "Inflation is forecast to fall below 3% by the autumn.",
      "Tuesday's forecast was revised after the storm moved north.",
      "The forecast for the final round looks grim for the leaders.",
      "Revenue forecasts were cut twice in the spring.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) {
      EXPECT_NE(c.cue().rfind("forecast", 0), 0u) << c.text();
    }
  }
}

// "Residents of Kilby and Marsh End said", "Shop owners on Castle Street told
// the council": a plural group of people placed by a preposition speaks, not
// the place named after it; people at an organisation still speak for it.
TEST(ReportedForecasts, APluralGroupPlacedByAPrepositionSpeaksNotThePlace) {
  const Case cases[] = {
      {"Residents of Kilby and Marsh End said the tap water was brown for three days.",
       "the tap water was brown", "Residents"},
      {"Ferry operators in Orkney say bookings are down by a third.",
       "bookings are down by a third", "Ferry operators"},
      {"Shop owners on Castle Street told the council that trade had halved.",
       "trade had halved", "Shop owners"},
      {"Economists at the Bank of Norland said the slowdown would be brief.",
       "the slowdown would be brief", "Bank of Norland"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "<claim>, X said after the council meeting.", "<claim>, X said on Tuesday,
// blaming ...": the saying's time or a participle of the speaker's after it
// ends the attribution; the words before it are X's.
TEST(ReportedForecasts, TheSayingsTimeOrParticipleAfterAFrontedClaimEndsIt) {
  const Case cases[] = {
      {"The market will close at 6pm from April, Mayor Ruth Okonjo said after the "
       "council meeting.",
       "The market will close at 6pm from April", "Ruth Okonjo"},
      {"Harbour Mills will shut its Leith bakery in June, Gordon Pryce said before the "
       "vote.",
       "will shut its Leith bakery in June", "Gordon Pryce"},
      {"Tarn Valley Ales will raise the price of its bitter by 6%, Sara Lind said on "
       "Tuesday, blaming the cost of malt.",
       "will raise the price of its bitter by 6%", "Sara Lind"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    const v1::Claim* c = FindClaim(doc, k.claim);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->text().find(" said"), std::string::npos) << c->text();
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "according to figures published by the regulator Ofwat", "according to
// figures seen by the Northfield Courier": the name ending the participle's
// "by" phrase made or holds the document and is the claim's source.
TEST(ReportedForecasts, ADocumentsMakerNamedAfterItsParticipleIsTheSource) {
  const Case cases[] = {
      {"The utility wastes 60 million litres a day, according to figures published by "
       "the regulator Ofwat.",
       "wastes 60 million litres a day", "Ofwat"},
      {"Three wards will close over the summer, according to plans seen by the Dunmore "
       "Gazette.",
       "Three wards will close over the summer", "Dunmore Gazette"},
  };
  for (const Case& k : cases) {
    SCOPED_TRACE(k.text);
    v1::Document doc = Extract(k.text);
    EXPECT_EQ(SourceNameOf(doc, k.claim), k.source);
  }
}

// "forecasts" before another cue, or before a participle and its preposition,
// is a noun, even after a name: it reports nothing itself.
TEST(ReportedForecasts, ForecastsBeforeAVerbOfTheirOwnReportNothing) {
  for (const char* text :
       {"Treasury forecasts published on Monday showed that growth would slow.",
        "OBR forecasts show borrowing will rise.",
        "Fed forecasts released on Wednesday showed rates falling to 3.4% by 2026."}) {
    v1::Document doc = Extract(text);
    for (const v1::Claim& c : doc.claims()) {
      EXPECT_NE(c.cue(), "forecasts") << text;
      EXPECT_EQ(c.text().find("published"), std::string::npos) << text;
      EXPECT_EQ(c.text().find("show borrowing"), std::string::npos) << text;
    }
  }
}

}  // namespace
}  // namespace factwire
