#include "ingest-service/parse/dates.h"

#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "ingest-service/parse/header_words.h"

namespace factwire {
namespace {

int64_t Seconds(absl::string_view line) {
  std::optional<CivilDate> d = ParseDateLine(line);
  return d ? ToUnixSeconds(*d) : -1;
}

TEST(ParseDateLine, Formats) {
  const int64_t feb4 = 1738627200;  // 2025-02-04T00:00:00Z
  EXPECT_EQ(Seconds("04 February 2025"), feb4);
  EXPECT_EQ(Seconds("Feb 04, 2025"), feb4);
  EXPECT_EQ(Seconds("Feb. 4th, 2025"), feb4);
  EXPECT_EQ(Seconds("Tuesday, February 4, 2025"), feb4);
  EXPECT_EQ(Seconds("2025-02-04"), feb4);
  EXPECT_EQ(Seconds("02/04/2025"), feb4);
  EXPECT_EQ(Seconds("Published: Feb 4, 2025 10:30 pm ET"), feb4 + 22 * 3600 + 30 * 60);
  EXPECT_EQ(Seconds("Updated 10:43 PM EST, Tue February 4, 2025"),
            feb4 + 22 * 3600 + 43 * 60);
}

// "Dated 4 February 2025", as a statement or a regional page labels its date,
// with or without a colon; "dated" inside a sentence is no date line.
TEST(ParseDateLine, DatedLabel) {
  const int64_t feb4 = 1738627200;  // 2025-02-04T00:00:00Z
  EXPECT_EQ(Seconds("Dated 4 February 2025"), feb4);
  EXPECT_EQ(Seconds("Dated: Tuesday, 4 February 2025"), feb4);
  EXPECT_EQ(Seconds("The letter was dated 4 February 2025"), -1);
}

// "Last Update: 4 February 2025 09:40 IST": the noun labels an update as
// "Last Updated:" does.
TEST(ParseDateLine, LastUpdateLabel) {
  const int64_t feb4 = 1738627200;  // 2025-02-04T00:00:00Z
  bool update = false;
  const std::optional<CivilDate> d =
      ParseDateLine("Last Update: 4 February 2025 09:40 IST", &update);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(ToUnixSeconds(*d), feb4 + 9 * 3600 + 40 * 60);
  EXPECT_TRUE(update);
}

TEST(ParseDateLine, RejectsText) {
  EXPECT_EQ(Seconds("Health"), -1);
  EXPECT_EQ(Seconds("In May 2025 the council met"), -1);
  EXPECT_EQ(Seconds("Feb 31"), -1);
  EXPECT_EQ(Seconds("10:43 PM EST"), -1);
  EXPECT_EQ(Seconds("10:43 11:00 Feb 4, 2025"), -1);
}

TEST(ParseTimestamp, Iso8601WithZones) {
  const int64_t feb4 = 1738627200;  // 2025-02-04T00:00:00Z
  EXPECT_EQ(ParseTimestamp("2025-02-04"), feb4);
  EXPECT_EQ(ParseTimestamp("2025-02-04T10:30"), feb4 + 37800);
  EXPECT_EQ(ParseTimestamp(" 2025-02-04T10:30:15.250Z "), feb4 + 37815);
  // An offset is checked, not applied: the local time as written.
  EXPECT_EQ(ParseTimestamp("2025-02-04 10:30:15+01:00"), feb4 + 37815);
  EXPECT_EQ(ParseTimestamp("2025-02-04T10:30:15-0500"), feb4 + 37815);
  EXPECT_EQ(ParseTimestamp("2025-02-04T00:30:00+05:30"), feb4 + 1800);
  EXPECT_EQ(ParseTimestamp("2025-02-04T00:30:00+5"), std::nullopt);
}

TEST(ParseTimestamp, FallsBackToDateLines) {
  EXPECT_EQ(ParseTimestamp("Feb 4, 2025 10:30 am"), 1738627200 + 37800);
}

TEST(ParseTimestamp, RejectsOtherText) {
  EXPECT_EQ(ParseTimestamp(""), std::nullopt);
  EXPECT_EQ(ParseTimestamp("2025-13-04"), std::nullopt);
  EXPECT_EQ(ParseTimestamp("2025-02-04T25:00"), std::nullopt);
  EXPECT_EQ(ParseTimestamp("2025-02-04Tnoon"), std::nullopt);
  EXPECT_EQ(ParseTimestamp("yesterday"), std::nullopt);
}

}  // namespace
}  // namespace factwire

namespace factwire {
namespace {

// Seconds of `date` at `hour`:`minute` UTC.
int64_t At(int year, int month, int day, int hour = 0, int minute = 0) {
  return ToUnixSeconds(CivilDate{year, month, day, hour, minute, 0});
}

// Site date lines with a time written "HH.MM" (as many British sites write it).
TEST(ParseDateLine, DottedTimes) {
  EXPECT_EQ(Seconds("Sun 7 Jul 2019 18.40 BST"), At(2019, 7, 7, 18, 40));
  EXPECT_EQ(Seconds("First published on Wed 12 Oct 2022 06.05 BST"),
            At(2022, 10, 12, 6, 5));
  EXPECT_EQ(Seconds("Friday 9 February 2018 11.20am"), At(2018, 2, 9, 11, 20));
}

// Day.month.year with dots (the European order) and year/month/day with slashes.
TEST(ParseDateLine, DottedAndYearFirstSlashedDates) {
  EXPECT_EQ(Seconds("Published 21.11.2021"), At(2021, 11, 21));
  EXPECT_EQ(Seconds("07.08.2016"), At(2016, 8, 7));
  EXPECT_EQ(Seconds("2019/12/30 14:05"), At(2019, 12, 30, 14, 5));
  EXPECT_EQ(Seconds("31.13.2020"), -1);
}

// Dotted dates with a two-digit year are read as those with four: day first
// ("27.11.26" is 27 November 2026), with a weekday, a pipe and a time in a
// zone of capitals around them; no month 13.
TEST(ParseDateLine, DottedDatesWithATwoDigitYear) {
  EXPECT_EQ(Seconds("27.11.26"), At(2026, 11, 27));
  EXPECT_EQ(Seconds("Thursday, 27.11.26 | 14:05 SLST"), At(2026, 11, 27, 14, 5));
  EXPECT_EQ(Seconds("Thursday, 27.11.2026 | 14:05 SLST"), At(2026, 11, 27, 14, 5));
  EXPECT_EQ(Seconds("Published 04.03.98"), At(1998, 3, 4));
  EXPECT_EQ(Seconds("27.13.26"), -1);
}

// A zone in capitals in brackets after the time, listed or not ("14:05
// (SLST)", "9:40 am (EAT)"), is read as one without brackets; a bracketed
// word before any time is no zone.
TEST(ParseDateLine, BracketedZoneAfterTheTime) {
  EXPECT_EQ(Seconds("Thursday 27.11.2026, 14:05 (SLST)"), At(2026, 11, 27, 14, 5));
  EXPECT_EQ(Seconds("November 27, 2026 9:40 am (EAT)"), At(2026, 11, 27, 9, 40));
  EXPECT_EQ(Seconds("November 27, 2026 (SLST)"), -1);
}

// A slashed date whose day and month could swap is day first when a zone of a
// country that writes the day first follows the time in capitals, unlisted
// as date noise ("SLST", "EAT"), as it is after a listed one ("BST").
TEST(ParseDateLine, DayFirstZoneAfterTheTime) {
  EXPECT_EQ(Seconds("03/04/2026 14:05 SLST"), At(2026, 4, 3, 14, 5));
  EXPECT_EQ(Seconds("03/04/2026 | 08:40 (EAT)"), At(2026, 4, 3, 8, 40));
  EXPECT_EQ(Seconds("03/04/2026 14:05 BST"), At(2026, 4, 3, 14, 5));
  EXPECT_EQ(Seconds("03/04/2026 14:05 EST"), At(2026, 3, 4, 14, 5));
  EXPECT_EQ(Seconds("03/04/2026 2:05 PM PHT"), At(2026, 3, 4, 14, 5));
}

// "Published <date> Updated <date>": the first date is the publish date.
TEST(ParseDateLine, APublishedAndAnUpdatedDate) {
  EXPECT_EQ(Seconds("Published June 2, 2017 Updated June 3, 2017"), At(2017, 6, 2));
  EXPECT_EQ(Seconds("Mon 14 Nov 2016 09.10 GMT Last modified on Mon 14 Nov 2016 12.00 GMT"),
            At(2016, 11, 14, 9, 10));
  EXPECT_EQ(Seconds("Last Modified: August 30, 2021 4:45 PM"), At(2021, 8, 30, 16, 45));
}

// Reading times and relative update times after a date carry no date.
TEST(ParseDateLine, ReadingTimesAndAgoAfterADate) {
  EXPECT_EQ(Seconds("19 January 2023 \xC2\xB7 6 min read"), At(2023, 1, 19));
  EXPECT_EQ(Seconds("October 4, 2020 / 3:12 PM / Updated 5 hours ago"),
            At(2020, 10, 4, 15, 12));
  EXPECT_EQ(Seconds("Updated 5 hours ago"), -1);
  EXPECT_EQ(Seconds("6 min read"), -1);
  EXPECT_EQ(Seconds("12 people died on 19 January 2023"), -1);
}

// Slashed dates are month first (the US order, which most slashed dates on
// English-language news pages use) unless the first number exceeds 12 or the
// line names a time zone of a day-first country (GMT, BST, CET, IST, AEST…).
TEST(ParseDateLine, AmbiguousSlashedDates) {
  EXPECT_EQ(Seconds("Last updated on 05/06/2022"), At(2022, 5, 6));
  EXPECT_EQ(Seconds("Last updated on 25/06/2022"), At(2022, 6, 25));
  EXPECT_EQ(Seconds("05/06/2022 10:15 BST"), At(2022, 6, 5, 10, 15));
  EXPECT_EQ(Seconds("Updated 05/06/2022 at 10:15 AEST"), At(2022, 6, 5, 10, 15));
  EXPECT_EQ(Seconds("05/06/2022 10:15 EDT"), At(2022, 5, 6, 10, 15));
}

// A time zone is any word of three to five capitals right after a time (or its
// "am"/"pm"), listed or not: East and Central Africa ("EAT", "CAT"), Hong
// Kong, Pakistan; before or after the date, with an offset in brackets. Other
// capitals after a time, and words in capitals that follow no time, are no
// zone.
TEST(ParseDateLine, ZoneInCapitalsAfterATime) {
  EXPECT_EQ(Seconds("Posted on: Wed, 4 Mar 2026 07:15 EAT"), At(2026, 3, 4, 7, 15));
  EXPECT_EQ(Seconds("Updated: 4 March 2026, 6:10 pm CAT"), At(2026, 3, 4, 18, 10));
  EXPECT_EQ(Seconds("07:15 EAT, 4 Mar 2026"), At(2026, 3, 4, 7, 15));
  EXPECT_EQ(Seconds("4 Mar 2026 08:00 EAT (GMT+3)"), At(2026, 3, 4, 8, 0));
  EXPECT_EQ(Seconds("Wednesday March 4, 2026 11:45 AM HKT"), At(2026, 3, 4, 11, 45));
  EXPECT_EQ(Seconds("Updated 17/11/2026, 9:05am EAT"), At(2026, 11, 17, 9, 5));
  EXPECT_EQ(Seconds("4 Mar 2026 08:00 COUNCIL"), -1);
  EXPECT_EQ(Seconds("4 Mar 2026 EAT"), -1);
  EXPECT_EQ(Seconds("07:15 EAT"), -1);
  EXPECT_TRUE(IsTimeLine("07:15 EAT"));
}

// "5:48 a.m. NT", "9:12 AM AT": a zone of two capitals after a time, listed
// or not, is a zone too; the date before it is kept.
TEST(ParseDateLine, ShortZoneAfterATime) {
  EXPECT_EQ(Seconds("Nov. 24, 2026 5:48 a.m. NT"), At(2026, 11, 24, 5, 48));
  EXPECT_EQ(Seconds("Posted: Nov. 24, 2026 5:48 a.m. NT | Last updated: 9:12 a.m. NT"),
            At(2026, 11, 24, 5, 48));
  EXPECT_EQ(Seconds("24 November 2026, 9:12 AM AT"), At(2026, 11, 24, 9, 12));
  EXPECT_EQ(Seconds("24 November 2026 NT"), -1);
  EXPECT_EQ(Seconds("24 November 2026, 9:12 AM N"), -1);
  EXPECT_TRUE(IsTimeLine("9:12 a.m. NT"));
  // A zone's offset after a time alone: "9:15 AM GMT+6".
  EXPECT_TRUE(IsTimeLine("9:15 AM GMT+6"));
  EXPECT_TRUE(IsTimeLine("09:15 UTC+05:30"));
}

// Numeric dates joined by hyphens read as slashed ones do ("17-11-2026" is 17
// November; "11-17-2026" 17 November too).
TEST(ParseDateLine, HyphenatedNumericDates) {
  EXPECT_EQ(Seconds("Updated on 17-11-2026 09:05"), At(2026, 11, 17, 9, 5));
  EXPECT_EQ(Seconds("Published: 11-17-2026"), At(2026, 11, 17));
  EXPECT_EQ(Seconds("04-03-2026 10:15 IST"), At(2026, 3, 4, 10, 15));
  EXPECT_EQ(Seconds("Call 555-12-2026"), -1);
}

// A day, its month and the year may be joined by hyphens ("17-Nov-2026", as
// many Indian and Kenyan sites print it) or the day and month by "of" ("17th
// of November 2026").
TEST(ParseDateLine, DayMonthYearJoinedByHyphensOrOf) {
  EXPECT_EQ(Seconds("17-Nov-2026 08:40"), At(2026, 11, 17, 8, 40));
  EXPECT_EQ(Seconds("Updated: 04-Mar-2026, 10:15 IST"), At(2026, 3, 4, 10, 15));
  EXPECT_EQ(Seconds("17th of November 2026"), At(2026, 11, 17));
  EXPECT_EQ(Seconds("Tuesday 4th of March 2026 at 9:05am"), At(2026, 3, 4, 9, 5));
  EXPECT_EQ(Seconds("17-Nov"), -1);
  EXPECT_EQ(Seconds("3 of 4 March 2026"), -1);
}

// Month names of the common European languages, with their diacritics
// ("février", "Şubat", "März"), their weekdays, and the "de" of Portuguese and
// Spanish dates ("12 de fevereiro de 2026"), read as English ones are; a
// line of other words stays no date.
TEST(ParseDateLine, EuropeanMonthNames) {
  EXPECT_EQ(Seconds("12 de fevereiro de 2026"), At(2026, 2, 12));
  EXPECT_EQ(Seconds("Sexta-feira, 12 de Fevereiro de 2026"), At(2026, 2, 12));
  EXPECT_EQ(Seconds("12 de febrero de 2026, 10:15"), At(2026, 2, 12, 10, 15));
  EXPECT_EQ(Seconds("Jueves 12 febrero 2026"), At(2026, 2, 12));
  EXPECT_EQ(Seconds("12 f\xC3\xA9vrier 2026 10h15"), At(2026, 2, 12, 10, 15));
  EXPECT_EQ(Seconds("12 februarie 2026, 10:15"), At(2026, 2, 12, 10, 15));
  EXPECT_EQ(Seconds("Joi, 3 decembrie 2026"), At(2026, 12, 3));
  EXPECT_EQ(Seconds("3 dicembre 2026"), At(2026, 12, 3));
  EXPECT_EQ(Seconds("3 grudnia 2026"), At(2026, 12, 3));
  EXPECT_EQ(Seconds("3 \xC5\x9E" "ubat 2026"), At(2026, 2, 3));
  EXPECT_EQ(Seconds("3 augustus 2026"), At(2026, 8, 3));
  EXPECT_EQ(Seconds("4. M\xC3\xA4rz 2026"), At(2026, 3, 4));
  EXPECT_EQ(Seconds("Marco de Souza 2026"), -1);
  EXPECT_EQ(Seconds("12 de Souza 2026"), -1);
}

// The article before a date and the word before its time in the languages
// whose months are read: "Publié le 3 mars 2026 à 9h40", "Publicado el 3 de
// marzo de 2026 a las 9:40", "às 9h40", "alle ore 9:40", "ora 9:40".
TEST(ParseDateLine, EuropeanArticlesAndTimeWords) {
  EXPECT_EQ(Seconds("3 mars 2026 \xC3\xA0 9h40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("Publi\xC3\xA9 le 3 mars 2026 \xC3\xA0 9h40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("Mis \xC3\xA0 jour le 3 mars 2026 \xC3\xA0 9h40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("Publicado el 3 de marzo de 2026 a las 9:40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("3 de mar\xC3\xA7o de 2026 \xC3\xA0s 9h40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("Pubblicato il 3 marzo 2026 alle ore 9:40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("3 martie 2026, ora 9:40"), At(2026, 3, 3, 9, 40));
  EXPECT_EQ(Seconds("Publicado em 3 de mar\xC3\xA7o de 2026"), At(2026, 3, 3));
  EXPECT_EQ(Seconds("Le Monde 2026"), -1);
}

// A slashed date may print its year in two digits ("17/11/26", as a social
// post's stamp does); a note in brackets may say whose clock the time is on.
TEST(ParseDateLine, TwoDigitYearsAndLocalTimeNotes) {
  EXPECT_EQ(Seconds("17/11/26"), At(2026, 11, 17));
  EXPECT_EQ(Seconds("Posted 03/04/98"), At(1998, 3, 4));
  EXPECT_EQ(Seconds("17-11-26"), -1);
  EXPECT_EQ(Seconds("Updated 9.15am (Nairobi time), Monday 30 November 2026"),
            At(2026, 11, 30, 9, 15));
  EXPECT_EQ(Seconds("30 November 2026, 18:40 (local time)"), At(2026, 11, 30, 18, 40));
  EXPECT_EQ(Seconds("30 November 2026 (opinion)"), -1);
}

// A relative stamp may be rounded ("about 2 hours ago"), counted with an
// article ("an hour ago") or written short ("2h ago", "3d ago"), beside a date
// or alone.
TEST(ParseDateLine, RoundedAndShortRelativeStamps) {
  EXPECT_EQ(Seconds("Published November 3, 2025 Updated about 2 hours ago"),
            At(2025, 11, 3));
  EXPECT_EQ(Seconds("3 Nov 2025 | Updated an hour ago"), At(2025, 11, 3));
  EXPECT_TRUE(IsTimeLine("Posted 2h ago"));
  EXPECT_TRUE(IsTimeLine("An hour ago"));
  EXPECT_TRUE(IsTimeLine("Updated about 3 weeks ago"));
  EXPECT_FALSE(IsTimeLine("A man ago"));
  EXPECT_FALSE(IsTimeLine("About the council"));
  EXPECT_EQ(Seconds("A day in Kisumu, 3 Nov 2025"), -1);
}

// A page's stamps copied as plain text may run together: the year glued to
// the time or to the next stamp's day is read as a year.
TEST(ParseDateLine, YearGluedToTheTimeOrTheNextDay) {
  EXPECT_EQ(Seconds("November 3, 20253:41 PM GMT+1Updated 2 hours ago"),
            At(2025, 11, 3, 15, 41));
  EXPECT_EQ(Seconds("Published On 3 Nov 20253 Nov 2025"), At(2025, 11, 3));
  EXPECT_EQ(Seconds("3 Nov 2025 12345 people"), -1);
  EXPECT_EQ(Seconds("Nov 3, 202512:41"), At(2025, 11, 3, 12, 41));
}

// A published and a modified stamp on one line, and the page's own "last
// updated" stamp, date the story by their first date.
TEST(ParseDateLine, PublishedAndModifiedStampsAndPageUpdated) {
  EXPECT_EQ(Seconds("Monday 3 November 2025 14.32 GMT Last modified on Monday 3 November "
                    "2025 16.10 GMT"),
            At(2025, 11, 3, 14, 32));
  EXPECT_EQ(Seconds("Page last updated at 14:32 GMT, Monday, 3 November 2025"),
            At(2025, 11, 3, 14, 32));
  EXPECT_EQ(Seconds("Page 14"), -1);
}

// "14h30": hours and minutes joined by "h", as French and much African copy
// writes the time.
TEST(ParseDateLine, HoursAndMinutesJoinedByH) {
  EXPECT_EQ(Seconds("Thursday 19 November 2026 | 14h30 CAT"), At(2026, 11, 19, 14, 30));
  EXPECT_EQ(Seconds("19 November 2026, 9h05"), At(2026, 11, 19, 9, 5));
  EXPECT_EQ(Seconds("14h30"), -1);
}

// An update's stamp printed before the first publication's: the published date
// dates the story, with its own time; an update after a published date, or
// alone, keeps its place.
TEST(ParseDateLine, PublishedDateAfterAnUpdateWins) {
  EXPECT_EQ(Seconds("Updated March 15, 2026 11:02 AM \xC2\xB7 Originally published March 14, "
                    "2026 9:40 AM"),
            At(2026, 3, 14, 9, 40));
  EXPECT_EQ(Seconds("Last updated: 15 March 2026 | First published: 14 March 2026"),
            At(2026, 3, 14));
  EXPECT_EQ(Seconds("Modified: 15 Mar 2026 Created: 14 Mar 2026"), At(2026, 3, 14));
  EXPECT_EQ(Seconds("Published 14 March 2026 | Updated 15 March 2026"), At(2026, 3, 14));
  EXPECT_EQ(Seconds("Issued: 14 March 2026"), At(2026, 3, 14));
  bool update = false;
  EXPECT_TRUE(ParseDateLine("Updated: 15 March 2026 at 09:40 CET", &update).has_value());
  EXPECT_TRUE(update);
  EXPECT_TRUE(ParseDateLine("Posted 14 March 2026", &update).has_value());
  EXPECT_FALSE(update);
}

// "Filed: 14 March 2026" is a date line; "local time" after the time, in
// brackets or not, says whose clock it is.
TEST(ParseDateLine, FiledLabelAndLocalTime) {
  EXPECT_EQ(Seconds("Filed: 14 March 2026"), At(2026, 3, 14));
  EXPECT_EQ(Seconds("March 14, 2026 6:12 p.m. local time"), At(2026, 3, 14, 18, 12));
  EXPECT_EQ(Seconds("Filed from Suva"), -1);
}

// After an update's date, a date with no label of its own is the published
// one; "Release date:" labels a press release's date.
TEST(ParseDateLine, UnlabelledDateAfterAnUpdateAndReleaseDate) {
  EXPECT_EQ(Seconds("Updated March 15, 2026 \xC2\xB7 March 14, 2026"), At(2026, 3, 14));
  EXPECT_EQ(Seconds("Updated: 15 March 2026 | Last modified: 16 March 2026"), At(2026, 3, 15));
  EXPECT_EQ(Seconds("Release date: 14 March 2026"), At(2026, 3, 14));
}

// Stamps relative to now: a time line with no date, so no standfirst.
TEST(IsTimeLine, RelativeDaysAndLongerStamps) {
  EXPECT_TRUE(IsTimeLine("Yesterday at 9:40"));
  EXPECT_TRUE(IsTimeLine("Yesterday, 21:40"));
  EXPECT_TRUE(IsTimeLine("Just now"));
  EXPECT_TRUE(IsTimeLine("Published yesterday"));
  EXPECT_TRUE(IsTimeLine("Published 12 minutes ago | Updated 2 minutes ago"));
  EXPECT_FALSE(IsTimeLine("Yesterday the council met"));
  EXPECT_EQ(Seconds("Yesterday, 14 March 2026"), At(2026, 3, 14));
}

// A dotted date with the year first, as East Asian and Hungarian sites print
// it; a dotted version number is no date.
TEST(ParseDateLine, DottedYearFirstDates) {
  EXPECT_EQ(Seconds("2026.03.14"), At(2026, 3, 14));
  EXPECT_EQ(Seconds("2026.03.14 09:40"), At(2026, 3, 14, 9, 40));
  EXPECT_EQ(Seconds("2026.13.14"), -1);
}

// A dotted date is day first, with or without a space after each dot, but a
// second number over 12 can be no month: the first is then the month. A
// 24-hour time closed by "hrs" may take its zone after it.
TEST(ParseDateLine, DottedDayFirstDatesAndHours) {
  EXPECT_EQ(Seconds("Published: 04.03.2026"), At(2026, 3, 4));
  EXPECT_EQ(Seconds("Published: 4. 3. 2026 \xE2\x80\x93 09:40 CET"), At(2026, 3, 4, 9, 40));
  EXPECT_EQ(Seconds("Published 3.14.2026"), At(2026, 3, 14));
  EXPECT_EQ(Seconds("Updated: 04.03.2026 - 09:40 hrs WAT"), At(2026, 3, 4, 9, 40));
  EXPECT_EQ(Seconds("14.14.2026"), -1);
}

// The date reader and the header's update labels read one list of stamp
// words: each update word labels an update's date on a date line and is an
// update label alone or after "Last"; no word of first publication is.
TEST(StampWords, OneListForDatesAndLabels) {
  for (absl::string_view word : UpdateStampWords()) {
    const std::string label(word);
    EXPECT_TRUE(IsUpdateLabel(label)) << label;
    EXPECT_TRUE(IsUpdateLabel("Last " + label)) << label;
    bool update = false;
    EXPECT_EQ(Seconds(label + ": 15 March 2026"), Seconds("15 March 2026")) << label;
    ASSERT_TRUE(ParseDateLine(label + ": 15 March 2026", &update).has_value()) << label;
    EXPECT_TRUE(update) << label;
  }
  for (absl::string_view word : PublishStampWords()) {
    const std::string label(word);
    EXPECT_FALSE(IsUpdateLabel(label)) << label;
    bool update = true;
    ASSERT_TRUE(ParseDateLine(label + " 14 March 2026", &update).has_value()) << label;
    EXPECT_FALSE(update) << label;
  }
}

}  // namespace
}  // namespace factwire
